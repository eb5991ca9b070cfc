// SPDX-License-Identifier: MIT
#include "core/forest/RatePlan.h"

#include "core/format/EvidenceText.h"

#include <QHash>
#include <QSet>

namespace eb {
namespace {

QString groupKey(const QString &endpointId)
{
    return endpointId.startsWith(QStringLiteral("hbv-dna")) ? QStringLiteral("hbv-dna")
                                                            : endpointId;
}

QString groupTitle(const QString &key, const Dataset &dataset)
{
    if (key == u"hbv-dna")
        return QStringLiteral("HBV DNA clearance / suppression");
    const Endpoint *endpoint = dataset.findEndpoint(key);
    return endpoint ? endpoint->label : key;
}

std::optional<RateBar> barOf(const Study &study, const Arm &arm, const Outcome &outcome)
{
    RateBar bar;
    bar.studyId = study.id;
    bar.label = arm.label;
    QStringList detail{format::studyName(study)};
    if (outcome.timepoint)
        detail.append(outcome.timepoint->label.toLower());
    if (!outcome.method.isEmpty())
        detail.append(outcome.method);
    bar.detail = detail.join(QStringLiteral(" · "));
    if (outcome.events && outcome.total) {
        bar.wilson = wilsonInterval(*outcome.events, *outcome.total);
        bar.percent = 100.0 * *outcome.events / *outcome.total;
    } else if (outcome.percent) {
        bar.percent = outcome.percent->value;
    } else if (outcome.percentLow && outcome.percentHigh) {
        bar.rangeLow = outcome.percentLow->value;
        bar.rangeHigh = outcome.percentHigh->value;
    } else {
        return std::nullopt;
    }
    bar.valueText = format::outcome(outcome);
    bar.accessibleDescription = QStringLiteral("%1, %2: %3%4")
                                    .arg(bar.label, bar.detail, bar.valueText,
                                         bar.wilson ? QStringLiteral(", Wilson 95% CI %1 to %2")
                                                          .arg(format::percent(bar.wilson->low),
                                                               format::percent(bar.wilson->high))
                                                    : QString());
    return bar;
}

// The bars of one study, time point and method together, sets in first-seen order.
QList<RateBar> adjacentBySet(const QList<RateBar> &bars)
{
    QStringList order;
    for (const RateBar &bar : bars)
        if (!order.contains(bar.detail))
            order.append(bar.detail);
    QList<RateBar> sorted;
    for (const QString &set : order)
        for (const RateBar &bar : bars)
            if (bar.detail == set)
                sorted.append(bar);
    return sorted;
}

} // namespace

int RatePlan::barCount() const
{
    int count = 0;
    for (const RateGroup &group : groups)
        count += int(group.bars.size());
    return count;
}

RatePlan planRates(const DatasetView &view, const StudySelection &selection)
{
    const Dataset &dataset = view.dataset();
    const QuoteIndex &quotes = view.quotes();
    RatePlan plan;
    QHash<QString, qsizetype> groupIndex;
    QHash<QString, QSet<QString>> studiesInGroup;
    for (const Study *selected : view.selectedStudies(selection)) {
        const Study &study = *selected;
        for (const Arm &arm : study.arms)
            for (const Outcome &outcome : arm.outcomes) {
                if (!selection.matchesEndpoint(outcome.endpointId))
                    continue;
                std::optional<RateBar> bar = barOf(study, arm, outcome);
                if (!bar)
                    continue;
                QStringList tooltip;
                for (const Citation &citation : outcome.citations) {
                    const auto [quote, source] = quotes.value(citation.quoteId);
                    if (!quote)
                        continue;
                    tooltip.append(format::quotation(*quote, *source));
                    if (!plan.sourcesCited.contains(source->shortName()))
                        plan.sourcesCited.append(source->shortName());
                }
                for (const Caveat &caveat : outcome.caveats) {
                    tooltip.append(QStringLiteral("⚠ ") + caveat.text);
                    bar->caveats.append(caveat.text);
                }
                bar->tooltip = tooltip.join(u'\n');
                const QString key = groupKey(outcome.endpointId);
                if (!groupIndex.contains(key)) {
                    groupIndex.insert(key, plan.groups.size());
                    plan.groups.append({groupTitle(key, dataset), {}, false});
                }
                RateGroup &group = plan.groups[groupIndex.value(key)];
                group.bars.append(*bar);
                studiesInGroup[key].insert(study.id);
                group.indirect = studiesInGroup[key].size() > 1;
            }
    }
    for (RateGroup &group : plan.groups)
        group.bars = adjacentBySet(group.bars);
    return plan;
}

QString noRateExplanation(const Dataset &dataset, const StudySelection &selection)
{
    return QStringLiteral("%1 gives an arm-level rate (a percentage, or events out of a total), "
                          "so there are no response-rate bars to draw. Contrast-level effects, "
                          "where the source gives them, are in the forest plot.")
        .arg(noStudyIn(dataset, selection));
}

} // namespace eb
