// SPDX-License-Identifier: MIT
#include "core/forest/AxisScale.h"

#include <algorithm>
#include <cmath>

namespace eb {
namespace {

// Candidate ticks m x 10^k for the given mantissas, between the smallest and largest ratio.
QList<double> candidates(const QList<double> &mantissas)
{
    QList<double> values;
    for (int exponent = -2; exponent <= 2; ++exponent)
        for (double mantissa : mantissas) {
            // Rounded so that 0.1 * 3 prints as 0.3, not 0.30000000000000004.
            const double value = std::round(mantissa * std::pow(10.0, exponent) * 1e6) / 1e6;
            if (value >= AxisScale::smallestRatio && value <= AxisScale::largestRatio)
                values.append(value);
        }
    return values;
}

QList<double> ticksWithin(const QList<double> &values, double low, double high)
{
    QList<double> ticks;
    for (double value : values)
        if (value >= low - 1e-12 && value <= high + 1e-12)
            ticks.append(value);
    return ticks;
}

} // namespace

AxisScale AxisScale::forRatios(double dataLow, double dataHigh)
{
    // At least one step on each side of 1, so both "favours" labels have room.
    const double low = std::clamp(std::min(dataLow, 0.5), smallestRatio, 1.0);
    const double high = std::clamp(std::max(dataHigh, 2.0), 1.0, largestRatio);
    const QList<double> coarse = candidates({1, 2, 5});
    AxisScale scale;
    scale.m_log = true;
    // The axis ends on the 1-2-5 steps just outside the data.
    scale.m_minimum = smallestRatio;
    for (double value : coarse)
        if (value <= low + 1e-12)
            scale.m_minimum = value;
    scale.m_maximum = largestRatio;
    for (auto it = coarse.crbegin(); it != coarse.crend(); ++it)
        if (*it >= high - 1e-12)
            scale.m_maximum = *it;
    scale.m_ticks = ticksWithin(coarse, scale.m_minimum, scale.m_maximum);
    if (scale.m_ticks.size() > 9) // a wide range: powers of ten only
        scale.m_ticks = ticksWithin(candidates({1}), scale.m_minimum, scale.m_maximum);
    if (scale.m_ticks.size() < 3) // a narrow range: finer steps
        scale.m_ticks =
            ticksWithin(candidates({1, 1.5, 2, 3, 5, 7}), scale.m_minimum, scale.m_maximum);
    return scale;
}

AxisScale AxisScale::forDifferences(double dataLow, double dataHigh)
{
    AxisScale scale;
    scale.m_log = false;
    // A risk difference stays within -1..1; a mean difference (a review's MD) may be any size.
    const double extent =
        std::max({std::abs(std::min(dataLow, 0.0)), std::max(dataHigh, 0.0), 0.05});
    // Symmetric around 0 in steps of a "nice" size: 1, 2, 2.5 or 5 times a power of ten.
    const double power = std::pow(10.0, std::floor(std::log10(extent)) - 1);
    double step = 50 * power;
    for (double candidate : {0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0})
        if (extent / (candidate * power) <= 4) {
            step = candidate * power;
            break;
        }
    const double limit = std::ceil(extent / step - 1e-9) * step;
    scale.m_minimum = -limit;
    scale.m_maximum = limit;
    for (double tick = -limit; tick <= limit + step * 1e-6; tick += step)
        scale.m_ticks.append(std::round(tick / step) * step);
    return scale;
}

double AxisScale::fraction(double value) const
{
    if (m_log)
        return (std::log(value) - std::log(m_minimum)) /
               (std::log(m_maximum) - std::log(m_minimum));
    return (value - m_minimum) / (m_maximum - m_minimum);
}

QString AxisScale::tickLabel(double tick)
{
    return QString::number(tick, 'g', 6);
}

} // namespace eb
