// SPDX-License-Identifier: MIT
#include "charts/FigureRequest.h"

namespace eb {
namespace {

QString figureTitle(FigureKind kind, const QString &what)
{
    return (kind == FigureKind::Forest ? QStringLiteral("Forest plot · ")
                                       : QStringLiteral("Response rates · ")) +
           (what.isEmpty() ? QStringLiteral("All studies") : what);
}

QString tooManyRows(int rows, int rowsPerPage, int pages)
{
    return QStringLiteral("This selection gives %1 forest-plot rows, more than the %2 drawn at "
                          "once. Narrow it (a condition, a design, a treatment, a study, an "
                          "endpoint or a word), or draw it a page at a time (export-forest "
                          "--page 1 to %3).")
        .arg(QString::number(rows), QString::number(rowsPerPage), QString::number(pages));
}

} // namespace

FigureOutcome buildFigure(const DatasetView &view, const FigureRequest &request)
{
    const Dataset &dataset = view.dataset();
    const QString title = figureTitle(request.kind, request.selection.describe(dataset));
    if (request.kind == FigureKind::Rates) {
        const RatePlan plan = planRates(view, request.selection);
        if (plan.isEmpty())
            return {std::nullopt, noRateExplanation(dataset, request.selection)};
        if (plan.barCount() > maxRateBars)
            return {std::nullopt,
                    QStringLiteral("This selection gives %1 response-rate bars, more than the %2 "
                                   "drawn at once. Narrow it (a condition, a design, a "
                                   "treatment, a study, an endpoint or a word).")
                        .arg(QString::number(plan.barCount()), QString::number(maxRateBars))};
        return {FigureDocument::rates(plan, title), QString()};
    }
    ForestPlan plan = planForest(view, request.selection, request.pooling);
    if (plan.isEmpty())
        return {std::nullopt, noEffectExplanation(dataset, request.selection)};
    const int pages = forestPageCount(plan, request.rowsPerPage);
    if (request.page == 0 && pages > 1)
        return {std::nullopt, tooManyRows(plan.rowCount(), request.rowsPerPage, pages)};
    if (request.page > pages)
        return {std::nullopt,
                QStringLiteral("There is no page %1: this selection's %2 rows fill "
                               "%3 pages of %4.")
                    .arg(QString::number(request.page), QString::number(plan.rowCount()),
                         QString::number(pages), QString::number(request.rowsPerPage))};
    if (request.page == 0)
        return {FigureDocument::forest(plan, title, request.pooling), QString()};
    return {FigureDocument::forest(
                forestPage(plan, request.page, request.rowsPerPage),
                title + QStringLiteral(" · page %1 of %2")
                            .arg(QString::number(request.page), QString::number(pages)),
                request.pooling),
            QString()};
}

FigureDocument buildForestOfEstimates(const std::vector<StudyEstimate> &studies, Measure measure,
                                      const PoolingOptions &pooling, const QString &fileName,
                                      const Comparison &comparison)
{
    FigureDocument figure =
        FigureDocument::forest(planForestFromEstimates(studies, measure, pooling, comparison),
                               figureTitle(FigureKind::Forest, fileName), pooling);
    figure.sources = {fileName};
    return figure;
}

} // namespace eb
