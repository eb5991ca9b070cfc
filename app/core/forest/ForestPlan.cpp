// SPDX-License-Identifier: MIT
#include "core/forest/ForestPlan.h"

#include "core/StudyClassification.h"
#include "core/format/EvidenceText.h"
#include "core/integrity/PrintedValue.h"
#include "core/stats/StudyPooling.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
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

// In a sentence: "favours thymosin alpha-1", or what the interval says when it spans no effect.
QString favoursText(const ForestRow &row, double nullValue, const ForestSubgroup &subgroup)
{
    if (row.ciLow <= nullValue && row.ciHigh >= nullValue)
        return QStringLiteral("the confidence interval includes no effect");
    const auto [left, right] = subgroup.sideLabels();
    return (row.estimate < nullValue ? left : right).toLower();
}

QString groupKey(const Arm &arm)
{
    QStringList ids = arm.interventionIds;
    ids.sort();
    return ids.isEmpty() ? arm.label : ids.join(u',');
}

QString designText(const Study &study)
{
    const QString design = designCategoryLabel(designCategory(study));
    return study.size ? design + QStringLiteral(" · n=") + study.size->printed : design;
}

// The arm's events/total for an endpoint and time point, when the source gives both.
const Outcome *countsOf(const Arm *arm, const QString &endpointId,
                        const std::optional<Timepoint> &timepoint)
{
    if (!arm)
        return nullptr;
    for (const Outcome &outcome : arm->outcomes)
        if (outcome.endpointId == endpointId && outcome.events && outcome.total &&
            timepointKey(outcome.timepoint) == timepointKey(timepoint))
            return &outcome;
    return nullptr;
}

QString countsText(const Outcome *outcome)
{
    return outcome ? QStringLiteral("%1/%2").arg(*outcome->events).arg(*outcome->total) : QString();
}

void appendCited(ForestRow &row, QStringList &tooltip, const QList<Citation> &citations,
                 const QuoteIndex &quotes)
{
    for (const Citation &citation : citations) {
        const auto [quote, source] = quotes.value(citation.quoteId);
        if (!quote || !source)
            continue;
        tooltip.append(format::quotation(*quote, *source));
        if (!row.sourceNames.contains(source->shortName()))
            row.sourceNames.append(source->shortName());
    }
}

// What a row shares with the study: name, design, the arms' counts.
ForestRow studyRow(const Study &study, const Arm *treatment, const Arm *control,
                   const QString &endpointId, const std::optional<Timepoint> &timepoint)
{
    ForestRow row;
    row.studyId = study.id;
    row.isMetaAnalysis = study.kind == u"meta_analysis";
    row.label = format::studyName(study);
    row.design = designText(study);
    row.treatmentCounts = countsText(countsOf(treatment, endpointId, timepoint));
    row.controlCounts = countsText(countsOf(control, endpointId, timepoint));
    return row;
}

ForestRow rowOf(const Study &study, const Effect &effect, const QuoteIndex &quotes)
{
    ForestRow row =
        studyRow(study, study.findArm(effect.treatmentArmId), study.findArm(effect.comparatorArmId),
                 effect.endpointId, effect.timepoint);
    row.effectId = effect.id;
    row.estimate = effect.estimate->value;
    row.ciLow = effect.ciLow->value;
    row.ciHigh = effect.ciHigh->value;
    row.estimateText = format::estimateWithCi(effect);
    row.ciLevelStated = effect.ciLevel.has_value();
    QStringList tooltip;
    appendCited(row, tooltip, effect.citations, quotes);
    for (const Caveat &caveat : effect.caveats + study.caveats)
        tooltip.append(QStringLiteral("⚠ ") + caveat.text);
    row.tooltip = tooltip.join(u'\n');
    row.accessibleDescription =
        QStringLiteral("%1: %2 %3, %4 %5 to %6")
            .arg(study.name, measureName(*measureFromCode(effect.measure)).toLower(),
                 format::number(*effect.estimate), format::ciLevel(effect.ciLevel),
                 format::number(*effect.ciLow), format::number(*effect.ciHigh));
    return row;
}

// A computed estimate on the figure's scale (ratios back from the log) with its 95% CI,
// written to two decimals.
void placeComputed(ForestRow &row, const StudyEstimate &computed, Measure measure)
{
    const auto scale = [measure](double x) {
        return isRatio(measure) ? std::exp(x) : x;
    };
    const double halfWidth = normalCriticalValue(0.95) * std::sqrt(computed.vi);
    row.estimate = scale(computed.yi);
    row.ciLow = scale(computed.yi - halfWidth);
    row.ciHigh = scale(computed.yi + halfWidth);
    row.estimateText = format::estimateWithCi(row.estimate, row.ciLow, row.ciHigh);
}

// A contrast computed from two arms' counts (or, for a review's continuous outcome, means and
// SDs), as metafor's escalc() computes it, with a 95% CI: the odds ratio, or the review's
// own measure for a review's outcome.
ForestRow computedRow(const Study &study, const Arm &treatment, const Arm &control,
                      const Outcome &treated, const Outcome &controlled, const QuoteIndex &quotes,
                      Measure measure)
{
    ForestRow row = studyRow(study, &treatment, &control, treated.endpointId, treated.timepoint);
    const bool means = !treated.events;
    if (means) {
        const auto meanText = [](const Outcome &o) {
            return QStringLiteral("%1 (SD %2), n=%3")
                .arg(o.mean->printed, o.sd->printed)
                .arg(*o.total);
        };
        row.treatmentCounts = meanText(treated);
        row.controlCounts = meanText(controlled);
    }
    const StudyEstimate computed =
        means ? estimateFromMeans(study.name, measure,
                                  {treated.mean->value, treated.sd->value, *treated.total,
                                   controlled.mean->value, controlled.sd->value, *controlled.total})
              : estimateFromCounts(
                    study.name, measure,
                    {*treated.events, *treated.total, *controlled.events, *controlled.total});
    placeComputed(row, computed, measure);
    row.computedFromCounts = true;
    QStringList tooltip{
        QStringLiteral(
            "%1 computed by Evidence Browser from the reported %2 %3 vs %4 (95% CI, metafor's "
            "escalc conventions%5); the source prints no effect for this comparison.")
            .arg(measureName(measure), means ? QStringLiteral("means") : QStringLiteral("counts"),
                 row.treatmentCounts, row.controlCounts,
                 computed.zeroCellCorrected ? QStringLiteral(", 0.5 added to every cell")
                                            : QString())};
    appendCited(row, tooltip, treated.citations + controlled.citations, quotes);
    for (const Caveat &caveat : treated.caveats + controlled.caveats + study.caveats)
        tooltip.append(QStringLiteral("⚠ ") + caveat.text);
    row.tooltip = tooltip.join(u'\n');
    row.accessibleDescription =
        QStringLiteral("%1: %2 %3, 95% CI %4 to %5, computed from the reported %6")
            .arg(study.name, measureName(measure).toLower(), format::fixed(row.estimate, 2),
                 format::fixed(row.ciLow, 2), format::fixed(row.ciHigh, 2),
                 means ? QStringLiteral("means") : QStringLiteral("counts"));
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

QString groupInSentence(const QString &group)
{
    static const QString without = QStringLiteral("without ");
    static const QString plus = QStringLiteral(" + ");
    QStringList parts = group.split(plus); // each treatment of a combination
    for (QString &part : parts)
        part = integrity::labelInSentence(part);
    const QString name = parts.join(plus);
    return name.startsWith(without, Qt::CaseInsensitive)
               ? QStringLiteral("no ") + name.mid(without.size())
               : name;
}

QString groupName(const Arm &arm, const Dataset &dataset, bool shortName)
{
    static const QRegularExpression alias(QStringLiteral("\\s*\\([^)]*\\)$"));
    QStringList names;
    for (const QString &id : arm.interventionIds)
        if (const Intervention *intervention = dataset.findIntervention(id))
            names.append(shortName && !intervention->shortLabel.isEmpty()
                             ? intervention->shortLabel
                             : QString(intervention->label).remove(alias));
    return names.isEmpty() || names.size() != arm.interventionIds.size()
               ? arm.label
               : names.join(QStringLiteral(" + "));
}

QString questionKey(const Arm *treatment, const Arm *control, const QString &endpointId,
                    const std::optional<Timepoint> &timepoint)
{
    return (treatment ? groupKey(*treatment) : QString()) + u'|' +
           (control ? groupKey(*control) : QString()) + u'|' + endpointId + u'|' +
           timepointKey(timepoint);
}

bool sameTimepoint(const std::optional<Timepoint> &a, const std::optional<Timepoint> &b)
{
    return timepointKey(a) == timepointKey(b);
}

PoolingOptions poolingOptionsOf(const ReviewAnalysis &analysis)
{
    PoolingOptions options;
    const bool random = analysis.model == u"random";
    if (analysis.method == u"MH") {
        options.method = PoolingMethod::MantelHaenszel;
        options.mantelHaenszelRandom = random;
    } else if (analysis.method == u"PETO") {
        options.method = PoolingMethod::Peto;
    } else {
        options.method = random ? PoolingMethod::DerSimonianLaird : PoolingMethod::FixedEffect;
    }
    return options;
}

QString reviewMethodLabel(const ReviewAnalysis &analysis)
{
    const bool random = analysis.model == u"random";
    return QStringLiteral("%1, %2").arg(
        analysis.method, random ? (analysis.method == u"IV" ? QStringLiteral("random effects (DL)")
                                                            : QStringLiteral("random effects"))
                                : QStringLiteral("fixed effect"));
}

Measure measureOfReview(const ReviewAnalysis &analysis)
{
    return measureFromCode(analysis.measure == u"PETO_OR" ? QStringLiteral("OR") : analysis.measure)
        .value_or(Measure::OddsRatio);
}

bool lowerFavoursTreatment(Direction direction)
{
    return direction == Direction::HigherIsWorse;
}

std::pair<QString, QString> ForestSubgroup::sideLabels() const
{
    if (review && !review->graphLabel1.isEmpty() && !review->graphLabel2.isEmpty())
        return {review->graphLabel1, review->graphLabel2};
    const QString treatment = groupInSentence(comparison.treatment);
    const QString control = groupInSentence(comparison.control);
    if (!comparison.direction)
        return {QStringLiteral("Lower in ") + treatment, QStringLiteral("Higher in ") + treatment};
    const QString favoursTreatment = QStringLiteral("Favours ") + treatment;
    const QString favoursControl = QStringLiteral("Favours ") + control;
    if (lowerFavoursTreatment(*comparison.direction))
        return {favoursTreatment, favoursControl};
    return {favoursControl, favoursTreatment};
}

bool ForestPlan::anyPooled() const
{
    for (const ForestSubgroup &subgroup : subgroups)
        if (subgroup.pooled)
            return true;
    return false;
}

int ForestPlan::rowCount() const
{
    int count = 0;
    for (const ForestSubgroup &subgroup : subgroups)
        count += int(subgroup.rows.size());
    return count;
}

int forestPageCount(const ForestPlan &plan, int rowsPerPage)
{
    return std::max(1, (plan.rowCount() + rowsPerPage - 1) / rowsPerPage);
}

ForestPlan forestPage(const ForestPlan &plan, int page, int rowsPerPage)
{
    ForestPlan paged;
    paged.sourcesCited = plan.sourcesCited;
    const qsizetype first = qsizetype(page - 1) * rowsPerPage;
    const qsizetype end = first + rowsPerPage;
    qsizetype start = 0; // of the current panel, in the whole plan
    for (const ForestSubgroup &subgroup : plan.subgroups) {
        const qsizetype size = subgroup.rows.size();
        const qsizetype from = std::max(first, start) - start;
        const qsizetype to = std::min(end, start + size) - start;
        start += size;
        if (from >= to)
            continue;
        ForestSubgroup part = subgroup;
        if (from > 0 || to < size) {
            part.rows = subgroup.rows.mid(from, to - from);
            part.title +=
                QStringLiteral(" · rows %1–%2 of %3")
                    .arg(QString::number(from + 1), QString::number(to), QString::number(size));
            if (to < size && subgroup.pooled) {
                part.pooled.reset();
                part.poolingNote = QStringLiteral("The pooled estimate of all %1 rows is under "
                                                  "the panel's last row.")
                                       .arg(size);
            }
        }
        paged.subgroups.append(part);
    }
    return paged;
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

// Collects rows into panels keyed by comparison, endpoint, measure and time point, in
// first-seen order.
class PanelBuilder
{
public:
    explicit PanelBuilder(const Dataset &dataset)
        : m_dataset(dataset)
    {}

    // A row of a review's outcome: pooled as the review pools, from the same input.
    void addReviewRow(const Arm &treatment, const Arm &control, const ReviewAnalysis &review,
                      const std::optional<Timepoint> &timepoint, const ForestRow &row,
                      const StudyEstimate &estimate, const std::optional<ArmCounts> &counts)
    {
        add(&treatment, &control, review.endpointId, measureOfReview(review), timepoint, row, 0.95);
        const QString key = questionKey(&treatment, &control, review.endpointId, timepoint) + u'|' +
                            measureCode(measureOfReview(review));
        ReviewInput &input = m_reviewInputs[m_index.value(key)];
        input.analysis = review;
        input.pooling.studies.push_back(estimate);
        if (counts)
            input.pooling.counts.push_back(*counts);
    }

    void add(const Arm *treatment, const Arm *control, const QString &endpointId, Measure measure,
             const std::optional<Timepoint> &timepoint, ForestRow row,
             std::optional<double> ciLevel)
    {
        const QString question = questionKey(treatment, control, endpointId, timepoint);
        const QString key = question + u'|' + measureCode(measure);
        if (!m_index.contains(key)) {
            m_index.insert(key, m_plan.subgroups.size());
            m_plan.subgroups.append(panel(treatment, control, endpointId, measure, timepoint));
            m_plan.subgroups.last().questionKey = question;
            m_armLabels.append(
                {treatment ? treatment->label : QString(), control ? control->label : QString()});
        }
        const qsizetype index = m_index.value(key);
        // Rows of studies that label their arms alike keep those labels; otherwise the panel
        // names the treatments.
        if (m_armLabels[index].first != (treatment ? treatment->label : QString()) ||
            m_armLabels[index].second != (control ? control->label : QString()))
            m_armLabels[index] = {QString(), QString()};
        for (const QString &name : row.sourceNames)
            if (!m_plan.sourcesCited.contains(name))
                m_plan.sourcesCited.append(name);
        if (row.effectId.isEmpty())
            row.effectId = QStringLiteral("computed:%1:%2").arg(row.studyId).arg(rowCount());
        m_levels.insert(row.effectId, ciLevel);
        m_plan.subgroups[index].rows.append(row);
    }

    ForestPlan finish(const PoolingOptions &options)
    {
        for (qsizetype i = 0; i < m_plan.subgroups.size(); ++i) {
            ForestSubgroup &subgroup = m_plan.subgroups[i];
            if (!m_armLabels[i].first.isEmpty() && !m_armLabels[i].second.isEmpty()) {
                subgroup.comparison.treatment = m_armLabels[i].first;
                subgroup.comparison.control = m_armLabels[i].second;
            }
            subgroup.title.prepend(subgroup.comparison.treatment + QStringLiteral(" vs ") +
                                   groupInSentence(subgroup.comparison.control) +
                                   QStringLiteral(" · "));
            if (const auto review = m_reviewInputs.constFind(i); review != m_reviewInputs.cend())
                poolAsTheReview(subgroup, *review);
            else
                poolSubgroup(subgroup, m_levels, options);
            const double nullValue = isRatio(subgroup.measure) ? 1.0 : 0.0;
            for (ForestRow &row : subgroup.rows)
                row.accessibleDescription +=
                    QStringLiteral(", ") + favoursText(row, nullValue, subgroup);
        }
        return m_plan;
    }

private:
    ForestSubgroup panel(const Arm *treatment, const Arm *control, const QString &endpointId,
                         Measure measure, const std::optional<Timepoint> &timepoint) const
    {
        const Endpoint *endpoint = m_dataset.findEndpoint(endpointId);
        ForestSubgroup subgroup;
        subgroup.endpointId = endpointId;
        subgroup.measure = measure;
        if (treatment) {
            subgroup.comparison.treatment = groupName(*treatment, m_dataset, false);
            subgroup.comparison.treatmentShort = groupName(*treatment, m_dataset, true);
        }
        if (control) {
            subgroup.comparison.control = groupName(*control, m_dataset, false);
            subgroup.comparison.controlShort = groupName(*control, m_dataset, true);
        }
        subgroup.comparison.direction = endpoint ? endpoint->direction : std::optional<Direction>();
        subgroup.title =
            QStringLiteral("%1 · %2 · %3")
                .arg(endpoint ? endpoint->label : endpointId, measureName(measure).toLower(),
                     timepoint ? timepoint->label.toLower()
                               : QStringLiteral("time point not stated"));
        return subgroup;
    }

    struct ReviewInput
    {
        ReviewAnalysis analysis;
        PoolingInput pooling;
    };

    // Our recomputation with the review's method, beside the result the review stored.
    static void poolAsTheReview(ForestSubgroup &subgroup, const ReviewInput &input)
    {
        subgroup.review = input.analysis;
        subgroup.methodLabel = reviewMethodLabel(input.analysis);
        if (input.pooling.studies.size() < 2)
            return;
        try {
            subgroup.pooled =
                poolStudies(input.pooling, subgroup.measure, poolingOptionsOf(input.analysis));
        } catch (const std::invalid_argument &error) {
            subgroup.poolingNote =
                QStringLiteral("Not pooled: %1.").arg(QString::fromUtf8(error.what()));
            return;
        }
        subgroup.poolingNote = QStringLiteral("Pooled: ") + subgroup.methodLabel;
        for (qsizetype j = 0; j < subgroup.rows.size(); ++j)
            subgroup.rows[j].weightPercent = subgroup.pooled->weightPercent[size_t(j)];
    }

    int rowCount() const { return m_plan.rowCount(); }

    QHash<qsizetype, ReviewInput> m_reviewInputs; // by panel
    const Dataset &m_dataset;
    ForestPlan m_plan;
    QHash<QString, qsizetype> m_index;
    QList<std::pair<QString, QString>> m_armLabels; // per panel; empty when rows differ
    QHash<QString, std::optional<double>> m_levels;
};

// The review's outcome an arm's result belongs to (a subgroup's parent: the panel is the
// outcome's), or nothing when the database does not hold it.
const ReviewAnalysis *outcomeAnalysis(const Dataset &dataset, const QString &analysisId)
{
    const ReviewAnalysis *analysis = dataset.findReviewAnalysis(analysisId);
    if (analysis && analysis->isSubgroup())
        analysis = dataset.findReviewAnalysis(analysis->parentId);
    return analysis;
}

// A study's result in a review's outcome, in the review's measure, with its control arm's
// result in the same analysis.
void addReviewRow(PanelBuilder &panels, const DatasetView &view, const Study &study,
                  const Arm &treatment, const Arm &control, const Outcome &treated,
                  const StudySelection &selection)
{
    const ReviewAnalysis *review = outcomeAnalysis(view.dataset(), treated.analysisId);
    if (!review || !selection.matchesEndpoint(treated.endpointId))
        return;
    const Outcome *controlled = nullptr;
    for (const Outcome &outcome : control.outcomes)
        if (outcome.analysisId == treated.analysisId)
            controlled = &outcome;
    const bool counts =
        treated.events && treated.total && controlled && controlled->events && controlled->total;
    const bool means = treated.mean && treated.sd && treated.total && controlled &&
                       controlled->mean && controlled->sd && controlled->total;
    const Measure measure = measureOfReview(*review);
    if (!(counts && isDichotomous(measure)) && !(means && isContinuous(measure)))
        return;
    const ForestRow row =
        computedRow(study, treatment, control, treated, *controlled, view.quotes(), measure);
    std::optional<ArmCounts> table;
    StudyEstimate estimate;
    if (counts) {
        table = ArmCounts{*treated.events, *treated.total, *controlled->events, *controlled->total};
        estimate = estimateFromCounts(study.name, measure, *table);
    } else {
        estimate =
            estimateFromMeans(study.name, measure,
                              {treated.mean->value, treated.sd->value, *treated.total,
                               controlled->mean->value, controlled->sd->value, *controlled->total});
    }
    panels.addReviewRow(treatment, control, *review, treated.timepoint, row, estimate, table);
}

// The studies' effects with numbers, then their arm counts where no effect is printed.
void addStudyRows(PanelBuilder &panels, const DatasetView &view, const Study &study,
                  const StudySelection &selection)
{
    QSet<QString> printed; // endpoint|time point pairs with an effect
    for (const Effect &effect : study.effects) {
        if (!effect.estimate || !effect.ciLow || !effect.ciHigh || effect.measure.isEmpty() ||
            !selection.matchesEndpoint(effect.endpointId))
            continue;
        printed.insert(effect.endpointId + u'|' + timepointKey(effect.timepoint));
        ForestRow row = rowOf(study, effect, view.quotes());
        row.integrityNotes = integrityNotes(view, effect);
        if (!row.integrityNotes.isEmpty())
            row.tooltip += QStringLiteral("\n⚑ Integrity check: ") + row.integrityNotes.join(u' ');
        panels.add(study.findArm(effect.treatmentArmId), study.findArm(effect.comparatorArmId),
                   effect.endpointId, *measureFromCode(effect.measure), effect.timepoint, row,
                   effect.ciLevel);
    }
    for (const Arm &treatment : study.arms) {
        if (treatment.role != u"treatment")
            continue;
        for (const Arm &control : study.arms) {
            if (control.role != u"comparator")
                continue;
            for (const Outcome &treated : treatment.outcomes) {
                if (!treated.analysisId.isEmpty()) {
                    addReviewRow(panels, view, study, treatment, control, treated, selection);
                    continue;
                }
                const Outcome *controlled =
                    countsOf(&control, treated.endpointId, treated.timepoint);
                if (!treated.events || !treated.total || !controlled ||
                    !selection.matchesEndpoint(treated.endpointId) ||
                    printed.contains(treated.endpointId + u'|' + timepointKey(treated.timepoint)))
                    continue;
                panels.add(&treatment, &control, treated.endpointId, Measure::OddsRatio,
                           treated.timepoint,
                           computedRow(study, treatment, control, treated, *controlled,
                                       view.quotes(), Measure::OddsRatio),
                           0.95);
            }
        }
    }
}

} // namespace

ForestPlan planForest(const DatasetView &view, const StudySelection &selection,
                      const PoolingOptions &options)
{
    PanelBuilder panels(view.dataset());
    for (const Study *study : view.selectedStudies(selection))
        addStudyRows(panels, view, *study, selection);
    return panels.finish(options);
}

ForestPlan planForestFromEstimates(const std::vector<StudyEstimate> &studies, Measure measure,
                                   const PoolingOptions &options, const Comparison &comparison)
{
    ForestPlan plan;
    ForestSubgroup subgroup;
    subgroup.measure = measure;
    subgroup.comparison = comparison;
    subgroup.title = QStringLiteral("%1 vs %2 · %3 · %4 studies")
                         .arg(comparison.treatment, comparison.control, measureName(measure))
                         .arg(studies.size());
    for (const StudyEstimate &study : studies) {
        ForestRow row;
        row.label = study.study;
        placeComputed(row, study, measure);
        row.accessibleDescription =
            QStringLiteral("%1: %2 %3, 95% CI %4 to %5")
                .arg(row.label, measureName(measure).toLower(), format::fixed(row.estimate, 2),
                     format::fixed(row.ciLow, 2), format::fixed(row.ciHigh, 2));
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
