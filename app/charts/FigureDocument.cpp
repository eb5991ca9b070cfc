// SPDX-License-Identifier: MIT
#include "charts/FigureDocument.h"

#include "charts/ForestFigure.h"
#include "charts/RateFigure.h"

namespace eb {

FigureDocument FigureDocument::forest(const ForestPlan &plan, const QString &title,
                                      const PoolingOptions &options)
{
    const ForestFigure figure(plan, title, options);
    return {title, [figure](const FigureLayoutOptions &layout) { return figure.render(layout); },
            figure.rowsJson(), plan.sourcesCited};
}

FigureDocument FigureDocument::rates(const RatePlan &plan, const QString &title)
{
    const RateFigure figure(plan, title);
    return {title, [figure](const FigureLayoutOptions &layout) { return figure.render(layout); },
            figure.rowsJson(), plan.sourcesCited};
}

FigureMetadata FigureDocument::metadata() const
{
    return {title, QStringLiteral("%1 (%2 rows) from Evidence Browser").arg(title).arg(rows.size()),
            sources.join(QStringLiteral("; ")), FigureExporter::fingerprint(rows)};
}

} // namespace eb
