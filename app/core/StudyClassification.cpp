// SPDX-License-Identifier: MIT
#include "core/StudyClassification.h"

#include "core/format/EvidenceText.h"
#include "core/integrity/PrintedValue.h"

namespace eb {

DesignCategory designCategory(const Study &study)
{
    if (study.kind == u"meta_analysis")
        return DesignCategory::MetaAnalysis;
    if (study.kind == u"cohort")
        return DesignCategory::Observational;
    if (study.kind == u"trial" &&
        study.design.contains(QStringLiteral("random"), Qt::CaseInsensitive))
        return DesignCategory::RandomizedTrial;
    return DesignCategory::Other;
}

QString designCategoryId(DesignCategory category)
{
    switch (category) {
    case DesignCategory::RandomizedTrial:
        return QStringLiteral("rct");
    case DesignCategory::MetaAnalysis:
        return QStringLiteral("meta-analysis");
    case DesignCategory::Observational:
        return QStringLiteral("observational");
    case DesignCategory::Other:
        return QStringLiteral("other");
    }
    return QString();
}

QString designCategoryLabel(DesignCategory category)
{
    switch (category) {
    case DesignCategory::RandomizedTrial:
        return QStringLiteral("Randomised trial");
    case DesignCategory::MetaAnalysis:
        return QStringLiteral("Meta-analysis");
    case DesignCategory::Observational:
        return QStringLiteral("Observational");
    case DesignCategory::Other:
        return QStringLiteral("Other / not stated");
    }
    return QString();
}

QList<DesignCategory> allDesignCategories()
{
    return {DesignCategory::RandomizedTrial, DesignCategory::MetaAnalysis,
            DesignCategory::Observational, DesignCategory::Other};
}

QList<TreatmentCategory> treatmentCategories()
{
    return {{QStringLiteral("thymosin-alpha-1"), QStringLiteral("Thymosin alpha-1")},
            {QStringLiteral("interferon-alpha"), QStringLiteral("Interferon-alpha")},
            {QStringLiteral("entecavir"), QStringLiteral("Entecavir")},
            {QStringLiteral("nucleos(t)ide-analogue"), QStringLiteral("Nucleos(t)ide analogues")}};
}

QStringList treatmentCategoryIds(const Study &study, const Dataset &dataset)
{
    QStringList ids;
    const auto add = [&ids](const QString &id) {
        if (!ids.contains(id))
            ids.append(id);
    };
    for (const Arm &arm : study.arms)
        for (const QString &interventionId : arm.interventionIds) {
            add(interventionId);
            const Intervention *intervention = dataset.findIntervention(interventionId);
            if (intervention &&
                intervention->drugClass.contains(QStringLiteral("analogue"), Qt::CaseInsensitive))
                add(QStringLiteral("nucleos(t)ide-analogue"));
        }
    return ids;
}

EvidenceLevel evidenceLevel(const Study &study)
{
    switch (designCategory(study)) {
    case DesignCategory::MetaAnalysis:
        return {u'A', QStringLiteral("meta-analysis of randomised trials")};
    case DesignCategory::RandomizedTrial:
        return {u'B', QStringLiteral("randomised trial")};
    case DesignCategory::Observational:
        return {u'C', QStringLiteral("observational study")};
    case DesignCategory::Other:
        break;
    }
    return {u'D', QStringLiteral("summary statement or design not stated")};
}

namespace {

// "Tα1", "IFN-α": the short name of the one treatment an arm received, with its dose where
// another arm got the same; a single arm, a combination or an arm without a named treatment
// goes by its label ("Tα1 + entecavir").
QString armShortName(const Study &study, const Arm &arm, const Dataset &dataset)
{
    const auto names = [&dataset](const Arm &of) -> QString {
        QStringList shortLabels;
        for (const QString &id : of.interventionIds)
            if (const Intervention *intervention = dataset.findIntervention(id))
                shortLabels.append(intervention->shortLabel);
        return shortLabels.join(QStringLiteral(" + "));
    };
    const QString name = names(arm);
    if (arm.interventionIds.size() != 1 || arm.role == u"single_arm")
        return integrity::labelInSentence(arm.label);
    for (const Arm &other : study.arms)
        if (other.id != arm.id && names(other) == name && arm.dose)
            return name + u' ' + arm.dose->printed +
                   (arm.dose->printed.contains(u' ') ? QString() : u' ' + arm.doseUnit);
    return name;
}

QString timepointPhrase(const std::optional<Timepoint> &timepoint)
{
    return timepoint ? integrity::labelInSentence(timepoint->label)
                     : QStringLiteral("time point not reported");
}

QString timepointId(const std::optional<Timepoint> &timepoint)
{
    return timepoint ? timepoint->id : QString();
}

// Which side of no effect an estimate lies on: +1, -1, or 0 on the null value.
int sideOfNull(const Effect &effect)
{
    const double null = effect.measure == u"RD" ? 0.0 : 1.0;
    return effect.estimate->value > null ? 1 : (effect.estimate->value < null ? -1 : 0);
}

QString effectPhrase(const Study &study, const Effect &effect, const Dataset &dataset)
{
    const Arm *treatment = study.findArm(effect.treatmentArmId);
    const Arm *comparator = study.findArm(effect.comparatorArmId);
    const QString arms = treatment && comparator
                             ? QStringLiteral(" %1 vs %2")
                                   .arg(armShortName(study, *treatment, dataset),
                                        armShortName(study, *comparator, dataset))
                             : QString();
    return format::effectShort(effect) + arms + QStringLiteral(", ") +
           timepointPhrase(effect.timepoint);
}

// The arm-level values of one endpoint at one time point, arm by arm.
struct OutcomeRow
{
    QStringList values;           // "Tα1 31.0%"
    std::optional<double> first;  // percent of the first arm, to see a reversal
    std::optional<double> second; // percent of the second arm
};

std::optional<double> percentOf(const Outcome &outcome)
{
    if (outcome.percent)
        return outcome.percent->value;
    if (outcome.events && outcome.total)
        return 100.0 * *outcome.events / *outcome.total;
    return std::nullopt;
}

OutcomeRow outcomeRow(const Study &study, const QString &endpointId, const QString &timepoint,
                      const Dataset &dataset)
{
    OutcomeRow row;
    for (const Arm &arm : study.arms)
        for (const Outcome &outcome : arm.outcomes)
            if (outcome.endpointId == endpointId && timepointId(outcome.timepoint) == timepoint &&
                !format::outcomeShort(outcome).isEmpty()) {
                row.values.append(armShortName(study, arm, dataset) + u' ' +
                                  format::outcomeShort(outcome));
                (row.values.size() == 1 ? row.first : row.second) = percentOf(outcome);
            }
    return row;
}

bool reverses(const OutcomeRow &a, const OutcomeRow &b)
{
    if (!a.first || !a.second || !b.first || !b.second)
        return false;
    return (*a.first - *a.second) * (*b.first - *b.second) < 0;
}

} // namespace

QString keyResult(const Study &study, const Dataset &dataset)
{
    const auto endpointLabel = [&dataset](const QString &endpointId) -> QString {
        const Endpoint *endpoint = dataset.findEndpoint(endpointId);
        return endpoint ? endpoint->label + QStringLiteral(": ") : QString();
    };
    for (const Effect &effect : study.effects)
        if (effect.estimate) {
            QString text = endpointLabel(effect.endpointId) + effectPhrase(study, effect, dataset);
            // A result that reverses at a later time point is shown with it.
            for (const Effect &later : study.effects)
                if (later.estimate && later.endpointId == effect.endpointId &&
                    later.measure == effect.measure &&
                    timepointId(later.timepoint) != timepointId(effect.timepoint) &&
                    sideOfNull(later) * sideOfNull(effect) < 0)
                    text += QStringLiteral("; reverses: ") + effectPhrase(study, later, dataset);
            return text;
        }
    // The first arm-level result, beside the same endpoint and time point in the other arms.
    for (const Arm &arm : study.arms)
        for (const Outcome &first : arm.outcomes) {
            if (format::outcomeShort(first).isEmpty())
                continue;
            const OutcomeRow row =
                outcomeRow(study, first.endpointId, timepointId(first.timepoint), dataset);
            QString text = endpointLabel(first.endpointId) +
                           row.values.join(QStringLiteral(" vs ")) + QStringLiteral(", ") +
                           timepointPhrase(first.timepoint);
            QStringList seen{timepointId(first.timepoint)};
            for (const Outcome &later : arm.outcomes) {
                const QString laterId = timepointId(later.timepoint);
                if (later.endpointId != first.endpointId || seen.contains(laterId))
                    continue;
                seen.append(laterId);
                const OutcomeRow laterRow = outcomeRow(study, later.endpointId, laterId, dataset);
                if (reverses(row, laterRow))
                    text += QStringLiteral("; reverses: ") +
                            laterRow.values.join(QStringLiteral(" vs ")) + QStringLiteral(", ") +
                            timepointPhrase(later.timepoint);
            }
            return text;
        }
    return notReported();
}

} // namespace eb
