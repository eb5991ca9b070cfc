// SPDX-License-Identifier: MIT
#include "core/forest/ForestPlan.h"

#include "core/format/EvidenceText.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <cmath>
#include <stdexcept>

namespace eb {
namespace {

QString timepointKey(const std::optional<Timepoint> &timepoint)
{
    if (!timepoint)
        return QStringLiteral("not stated");
    return timepoint->anchor + u'|' +
           (timepoint->amount ? QString::number(*timepoint->amount) : QString()) + u'|' +
           timepoint->unit;
}

QString favoursText(double estimate, double low, double high, double nullValue, Direction direction,
                    const QString &comparator)
{
    if (low <= nullValue && high >= nullValue)
        return QStringLiteral("the confidence interval includes no effect");
    const bool below = estimate < nullValue;
    const bool favoursTreatment = below == lowerFavoursTreatment(direction);
    return QStringLiteral("favours %1")
        .arg(favoursTreatment ? QStringLiteral("thymosin alpha-1") : comparator);
}

ForestRow rowOf(const Study &study, const Effect &effect, const Endpoint *endpoint,
                const QuoteIndex &quotes)
{
    const Measure measure = *measureFromCode(effect.measure);
    ForestRow row;
    row.studyId = study.id;
    row.effectId = effect.id;
    row.isMetaAnalysis = study.kind == u"meta_analysis";
    row.label = study.name;
    row.estimate = effect.estimate->value;
    row.ciLow = effect.ciLow->value;
    row.ciHigh = effect.ciHigh->value;
    row.estimateText = format::estimateWithCi(effect);

    const Arm *treatment = study.findArm(effect.treatmentArmId);
    const Arm *comparator = study.findArm(effect.comparatorArmId);
    QStringList arms;
    if (treatment && comparator)
        arms.append(treatment->label + QStringLiteral(" vs ") + comparator->label);
    if (study.size)
        arms.append(QStringLiteral("n=") + study.size->printed);
    row.armsText = arms.join(QStringLiteral(" · "));

    QStringList tooltip;
    for (const Citation &citation : effect.citations) {
        const auto [quote, source] = quotes.value(citation.quoteId);
        if (!quote || !source)
            continue;
        tooltip.append(QStringLiteral("“%1” — %2").arg(quote->text, source->shortName()));
        if (!row.sourceNames.contains(source->shortName()))
            row.sourceNames.append(source->shortName());
    }
    for (const Caveat &caveat : effect.caveats + study.caveats)
        tooltip.append(QStringLiteral("⚠ ") + caveat.text);
    row.tooltip = tooltip.join(u'\n');

    const double nullValue = isRatio(measure) ? 1.0 : 0.0;
    row.accessibleDescription =
        QStringLiteral("%1: %2 %3, %4 %5 to %6, %7")
            .arg(study.name, measureName(measure).toLower(), format::number(*effect.estimate),
                 format::ciLevel(effect.ciLevel), format::number(*effect.ciLow),
                 format::number(*effect.ciHigh),
                 favoursText(row.estimate, row.ciLow, row.ciHigh, nullValue,
                             endpoint ? endpoint->direction : Direction::HigherIsBetter,
                             comparator ? comparator->label.toLower()
                                        : QStringLiteral("the comparator")));
    return row;
}

QString poolingNote(const PoolingOptions &options)
{
    return QStringLiteral("Pooled: %1%2")
        .arg(poolingMethodCode(options.method),
             options.hartungKnapp ? QStringLiteral(" with HKSJ") : QString());
}

// Pools into the subgroup, or says in its note why the numbers cannot be pooled (every
// estimate the same under Hartung-Knapp, ...): a figure is drawn either way.
bool poolInto(ForestSubgroup &subgroup, const std::vector<StudyEstimate> &estimates,
              const PoolingOptions &options)
{
    try {
        subgroup.pooled = poolEstimates(estimates, options);
    } catch (const std::invalid_argument &error) {
        subgroup.poolingNote =
            QStringLiteral("Not pooled: %1.").arg(QString::fromUtf8(error.what()));
        return false;
    }
    subgroup.poolingNote = poolingNote(options);
    return true;
}

// Pools the primary studies of a subgroup when there are at least two distinct ones with a
// stated CI level; records why not otherwise.
void poolSubgroup(ForestSubgroup &subgroup, const QHash<QString, std::optional<double>> &levels,
                  const PoolingOptions &options)
{
    std::vector<StudyEstimate> estimates;
    QList<qsizetype> pooledRows;
    QSet<QString> studies;
    bool duplicateStudy = false;
    bool unknownLevel = false;
    for (qsizetype i = 0; i < subgroup.rows.size(); ++i) {
        const ForestRow &row = subgroup.rows.at(i);
        if (row.isMetaAnalysis)
            continue;
        const std::optional<double> level = levels.value(row.effectId);
        if (!level) {
            unknownLevel = true;
            continue;
        }
        if (studies.contains(row.studyId))
            duplicateStudy = true;
        studies.insert(row.studyId);
        estimates.push_back(
            isRatio(subgroup.measure)
                ? estimateFromReportedRatio(row.label, row.estimate, row.ciLow, row.ciHigh, *level)
                : estimateFromReportedDifference(row.label, row.estimate, row.ciLow, row.ciHigh,
                                                 *level));
        pooledRows.append(i);
    }
    if (duplicateStudy) {
        subgroup.poolingNote =
            QStringLiteral("Not pooled: one study reports more than one result here.");
        return;
    }
    if (estimates.size() < 2) {
        if (unknownLevel)
            subgroup.poolingNote = QStringLiteral("Not pooled: a CI level is not stated.");
        return;
    }
    if (!poolInto(subgroup, estimates, options))
        return;
    for (qsizetype j = 0; j < pooledRows.size(); ++j)
        subgroup.rows[pooledRows[j]].weightPercent = subgroup.pooled->weightPercent[size_t(j)];
}

} // namespace

bool lowerFavoursTreatment(Direction direction)
{
    return direction == Direction::HigherIsWorse;
}

int ForestPlan::rowCount() const
{
    int count = 0;
    for (const ForestSubgroup &subgroup : subgroups)
        count += int(subgroup.rows.size());
    return count;
}

namespace {

QStringList integrityNotes(const DatasetView &view, const Effect &effect)
{
    QStringList notes;
    for (const IntegrityFinding &finding : view.findingsOf(QStringLiteral("effect"), effect.id))
        if (finding.checkId != u"differs-from-primary")
            notes.append(finding.explanation);
    return notes;
}

} // namespace

ForestPlan planForest(const DatasetView &view, const StudySelection &selection,
                      const PoolingOptions &options)
{
    const Dataset &dataset = view.dataset();
    QMap<QString, qsizetype> subgroupIndex; // keeps first-seen order through the vector
    ForestPlan plan;
    QHash<QString, std::optional<double>> levels;
    for (const Study *selected : view.selectedStudies(selection)) {
        const Study &study = *selected;
        for (const Effect &effect : study.effects) {
            if (!effect.estimate || !effect.ciLow || !effect.ciHigh || effect.measure.isEmpty())
                continue;
            if (!selection.matchesEndpoint(effect.endpointId))
                continue;
            const Endpoint *endpoint = dataset.findEndpoint(effect.endpointId);
            const QString key =
                effect.endpointId + u'|' + effect.measure + u'|' + timepointKey(effect.timepoint);
            if (!subgroupIndex.contains(key)) {
                ForestSubgroup subgroup;
                subgroup.endpointId = effect.endpointId;
                subgroup.measure = *measureFromCode(effect.measure);
                subgroup.direction = endpoint ? endpoint->direction : Direction::HigherIsBetter;
                subgroup.title =
                    QStringLiteral("%1 · %2 · %3")
                        .arg(endpoint ? endpoint->label : effect.endpointId,
                             measureName(subgroup.measure).toLower(),
                             effect.timepoint ? effect.timepoint->label.toLower()
                                              : QStringLiteral("time point not stated"));
                subgroupIndex.insert(key, plan.subgroups.size());
                plan.subgroups.append(subgroup);
            }
            ForestRow row = rowOf(study, effect, endpoint, view.quotes());
            row.integrityNotes = integrityNotes(view, effect);
            if (!row.integrityNotes.isEmpty())
                row.tooltip +=
                    QStringLiteral("\n⚑ Integrity check: ") + row.integrityNotes.join(u' ');
            for (const QString &name : row.sourceNames)
                if (!plan.sourcesCited.contains(name))
                    plan.sourcesCited.append(name);
            levels.insert(effect.id, effect.ciLevel);
            plan.subgroups[subgroupIndex.value(key)].rows.append(row);
        }
    }
    for (ForestSubgroup &subgroup : plan.subgroups)
        poolSubgroup(subgroup, levels, options);
    return plan;
}

ForestPlan planForestFromEstimates(const std::vector<StudyEstimate> &studies, Measure measure,
                                   const PoolingOptions &options)
{
    ForestPlan plan;
    ForestSubgroup subgroup;
    subgroup.measure = measure;
    subgroup.title =
        QStringLiteral("%1 · %2 studies").arg(measureName(measure)).arg(studies.size());
    const double z = normalCriticalValue(0.95);
    for (const StudyEstimate &study : studies) {
        ForestRow row;
        row.label = study.study;
        const double se = std::sqrt(study.vi);
        const auto scale = [measure](double x) {
            return isRatio(measure) ? std::exp(x) : x;
        };
        row.estimate = scale(study.yi);
        row.ciLow = scale(study.yi - z * se);
        row.ciHigh = scale(study.yi + z * se);
        row.estimateText = format::estimateWithCi(row.estimate, row.ciLow, row.ciHigh);
        row.accessibleDescription =
            QStringLiteral("%1: %2 %3, 95% CI %4 to %5")
                .arg(row.label, measureName(measure).toLower(),
                     QString::number(row.estimate, 'f', 2), QString::number(row.ciLow, 'f', 2),
                     QString::number(row.ciHigh, 'f', 2));
        row.tooltip = study.zeroCellCorrected
                          ? QStringLiteral("0.5 added to every cell (a zero cell)")
                          : QString();
        subgroup.rows.append(row);
    }
    if ((studies.size() >= 2 || options.method == PoolingMethod::FixedEffect) &&
        poolInto(subgroup, studies, options))
        for (size_t i = 0; i < studies.size(); ++i)
            subgroup.rows[qsizetype(i)].weightPercent = subgroup.pooled->weightPercent[i];
    plan.subgroups.append(subgroup);
    return plan;
}

QString noEffectExplanation(const Dataset &dataset, const StudySelection &selection)
{
    return QStringLiteral("%1 reports a contrast-level effect with numbers (an odds, risk or "
                          "hazard ratio, or a risk difference, with its confidence interval), so "
                          "there is no forest plot to draw. Arm-level rates, where the source "
                          "gives them, are in the response-rate bars.")
        .arg(noStudyIn(dataset, selection));
}

QString noStudyIn(const Dataset &dataset, const StudySelection &selection)
{
    const QString what = selection.describe(dataset);
    return what.isEmpty() ? QStringLiteral("No study") : QStringLiteral("No study in ") + what;
}

} // namespace eb
