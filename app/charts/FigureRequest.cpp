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

} // namespace

FigureOutcome buildFigure(const DatasetView &view, const FigureRequest &request)
{
    const Dataset &dataset = view.dataset();
    const QString title = figureTitle(request.kind, request.selection.describe(dataset));
    if (request.kind == FigureKind::Rates) {
        const RatePlan plan = planRates(view, request.selection);
        if (plan.isEmpty())
            return {std::nullopt, noRateExplanation(dataset, request.selection)};
        return {FigureDocument::rates(plan, title), QString()};
    }
    const ForestPlan plan = planForest(view, request.selection, request.pooling);
    if (plan.isEmpty())
        return {std::nullopt, noEffectExplanation(dataset, request.selection)};
    return {FigureDocument::forest(plan, title, request.pooling), QString()};
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
