// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace eb {

// The x axis of a forest plot. Ratio measures use a log axis whose ticks are chosen in
// ratio units from 1-2-5 steps (0.1, 0.2, 0.5, 1, 2, 5, 10), never fewer than two and
// always with the null value 1; a risk difference uses a linear axis with 0. The range
// is limited so that one extreme interval cannot squash the others: a bound beyond it is
// drawn as an arrow, and its true value is printed in the text column.
class AxisScale
{
public:
    static AxisScale forRatios(double dataLow, double dataHigh);
    static AxisScale forDifferences(double dataLow, double dataHigh);

    bool isLog() const { return m_log; }
    double minimum() const { return m_minimum; } // in ratio (or difference) units
    double maximum() const { return m_maximum; }
    const QList<double> &ticks() const { return m_ticks; }
    double nullValue() const { return m_log ? 1.0 : 0.0; }

    // Where a value sits, 0 at the minimum and 1 at the maximum (log spaced for ratios).
    double fraction(double value) const;
    bool isBelowRange(double value) const { return value < m_minimum; }
    bool isAboveRange(double value) const { return value > m_maximum; }

    static QString tickLabel(double tick);

    // The widest ratio range drawn; beyond it bounds become arrows.
    static constexpr double smallestRatio = 0.01;
    static constexpr double largestRatio = 100.0;

private:
    bool m_log = true;
    double m_minimum = 0.1;
    double m_maximum = 10.0;
    QList<double> m_ticks;
};

} // namespace eb
