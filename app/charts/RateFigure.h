// SPDX-License-Identifier: MIT
#pragma once

#include "charts/ForestFigure.h"
#include "core/forest/RatePlan.h"

#include <QJsonArray>

class QGraphicsScene;

namespace eb {

// Response-rate bars: per endpoint, one horizontal bar per arm-level rate on a 0–100% axis,
// the value printed beside it; a reported range drawn as a range; a Wilson 95% CI whisker
// only where events and totals are known; "indirect comparison — different studies" where a
// group's bars come from different studies.
class RateFigure
{
public:
    RateFigure(const RatePlan &plan, const QString &title);

    std::unique_ptr<QGraphicsScene> render(const FigureLayoutOptions &layout) const;
    QJsonArray rowsJson() const;
    const RatePlan &plan() const { return m_plan; }

private:
    QStringList caveats() const;

    RatePlan m_plan;
    QString m_title;
};

} // namespace eb
