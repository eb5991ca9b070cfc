// SPDX-License-Identifier: MIT
#pragma once

#include "core/forest/AxisScale.h"
#include "core/forest/ForestPlan.h"

#include <QJsonArray>

class QGraphicsScene;

namespace eb {

struct FigureLayoutOptions
{
    double width = 643.0;    // scene units (1/96 inch): 170 mm
    double fontPixels = 9.0; // body text
};

// Lays out a forest plot: per subgroup a header, one row per effect (square sized by
// weight, 95% CI whisker, arrows where a bound leaves the axis, a diamond for a
// meta-analysis's own result), the pooled diamond with its heterogeneity line; a log axis
// (Qt Charts) with ticks in ratio units, the line of no effect, the measure as the axis
// title, and which side favours thymosin alpha-1.
class ForestFigure
{
public:
    ForestFigure(const ForestPlan &plan, const QString &title, const PoolingOptions &options);

    // A new scene, owned by the caller.
    std::unique_ptr<QGraphicsScene> render(const FigureLayoutOptions &layout) const;

    // The rows as canonical JSON: the same rows always give the same fingerprint.
    QJsonArray rowsJson() const;
    const ForestPlan &plan() const { return m_plan; }
    AxisScale scale() const;
    QString axisTitle() const;
    // Which label goes left and right of the null line, or empty when the subgroups'
    // outcome directions disagree (then each subgroup header says it).
    QStringList favoursLabels() const;

private:
    ForestPlan m_plan;
    QString m_title;
    PoolingOptions m_options;
};

} // namespace eb
