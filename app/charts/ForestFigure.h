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

class FigureCanvas;

// Lays out a forest plot as one panel per comparison and outcome (so outcomes whose good
// direction differs never share an axis): per panel its title, the study, design and each
// group's n/N, a square sized by weight with its CI whisker (arrows where a bound leaves the
// axis; a diamond for a meta-analysis's own result), the estimate as printed with its CI
// level, the pooled diamond with heterogeneity and the test for overall effect as RevMan
// prints them; its own axis (log for ratios, Qt Charts for grid and line of no effect) and,
// under it, what each side means, naming the groups compared.
class ForestFigure
{
public:
    ForestFigure(const ForestPlan &plan, const QString &title, const PoolingOptions &options);

    std::unique_ptr<QGraphicsScene> render(const FigureLayoutOptions &layout) const;

    // The rows as canonical JSON: the same rows always give the same fingerprint.
    QJsonArray rowsJson() const;
    const ForestPlan &plan() const { return m_plan; }
    static AxisScale scaleOf(const ForestSubgroup &panel);
    static QString axisTitleOf(const ForestSubgroup &panel);

private:
    QString subtitle() const;
    QStringList notes() const;
    void renderPanel(FigureCanvas &canvas, const ForestSubgroup &panel) const;

    ForestPlan m_plan;
    QString m_title;
    PoolingOptions m_options;
};

} // namespace eb
