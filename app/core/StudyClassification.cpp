// SPDX-License-Identifier: MIT
#include "core/StudyClassification.h"

#include "core/format/EvidenceText.h"

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

QString keyResult(const Study &study, const Dataset &dataset)
{
    for (const Effect &effect : study.effects)
        if (effect.estimate) {
            const Endpoint *endpoint = dataset.findEndpoint(effect.endpointId);
            return (endpoint ? endpoint->label + QStringLiteral(": ") : QString()) +
                   format::effectShort(effect);
        }
    // The first arm-level result, beside the same endpoint and time point in the other arms.
    for (const Arm &arm : study.arms)
        for (const Outcome &first : arm.outcomes) {
            if (format::outcomeShort(first).isEmpty())
                continue;
            QStringList values;
            for (const Arm &other : study.arms)
                for (const Outcome &outcome : other.outcomes)
                    if (outcome.endpointId == first.endpointId &&
                        (outcome.timepoint ? outcome.timepoint->id : QString()) ==
                            (first.timepoint ? first.timepoint->id : QString()) &&
                        !format::outcomeShort(outcome).isEmpty())
                        values.append(format::outcomeShort(outcome));
            const Endpoint *endpoint = dataset.findEndpoint(first.endpointId);
            return (endpoint ? endpoint->label + QStringLiteral(": ") : QString()) +
                   values.join(QStringLiteral(" vs "));
        }
    return notReported();
}

} // namespace eb
