// SPDX-License-Identifier: MIT
#pragma once

#include "charts/FigureExporter.h"
#include "core/forest/ForestPlan.h"
#include "core/forest/RatePlan.h"

#include <QJsonArray>
#include <QStringList>

namespace eb {

// A figure ready to be shown or written: how to lay it out, the rows it plots, the sources
// it cites, and from those what an exported file says about itself.
struct FigureDocument
{
    QString title;
    FigureRenderer render;
    QJsonArray rows;
    QStringList sources;

    static FigureDocument forest(const ForestPlan &plan, const QString &title,
                                 const PoolingOptions &options);
    static FigureDocument rates(const RatePlan &plan, const QString &title);

    FigureMetadata metadata() const;
};

} // namespace eb
