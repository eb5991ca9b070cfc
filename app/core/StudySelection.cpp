// SPDX-License-Identifier: MIT
#include "core/StudySelection.h"

#include "core/StudyClassification.h"

namespace eb {
namespace {

bool matchesAny(const QSet<QString> &wanted, const QStringList &values)
{
    if (wanted.isEmpty())
        return true;
    for (const QString &value : values)
        if (wanted.contains(value))
            return true;
    return false;
}

// A quote cited by several values of a study is searched once: the same words twice would
// only make the text longer (a study's quotes are typically cited by a dozen values).
void appendCitedText(QStringList &parts, const QList<Citation> &citations,
                     const QList<Caveat> &caveats, const QuoteIndex &quotes,
                     QSet<QString> &quotesSearched)
{
    for (const Citation &citation : citations)
        if (const Quote *quote = quotes.value(citation.quoteId).quote;
            quote && !quotesSearched.contains(citation.quoteId)) {
            quotesSearched.insert(citation.quoteId);
            parts.append(quote->text);
        }
    for (const Caveat &caveat : caveats)
        parts.append(caveat.text);
}

QString searchText(const Study &study, const Dataset &dataset, const QuoteIndex &quotes)
{
    QStringList parts{study.name, study.design, study.population, study.country, study.notes};
    QSet<QString> quotesSearched;
    appendCitedText(parts, study.citations, study.caveats, quotes, quotesSearched);
    for (const Arm &arm : study.arms) {
        parts << arm.label << arm.schedule << arm.notes;
        appendCitedText(parts, arm.citations, arm.caveats, quotes, quotesSearched);
        for (const Outcome &outcome : arm.outcomes) {
            if (const Endpoint *endpoint = dataset.findEndpoint(outcome.endpointId))
                parts << endpoint->label;
            parts << outcome.endpointWording << outcome.method << outcome.finding;
            appendCitedText(parts, outcome.citations, outcome.caveats, quotes, quotesSearched);
        }
    }
    for (const Effect &effect : study.effects) {
        if (const Endpoint *endpoint = dataset.findEndpoint(effect.endpointId))
            parts << endpoint->label;
        parts << effect.endpointWording << effect.claimWording;
        appendCitedText(parts, effect.citations, effect.caveats, quotes, quotesSearched);
    }
    return parts.join(u'\n').toLower();
}

// The labels of the chosen ids, in the order the choices are listed.
QString labelsOf(const QSet<QString> &ids, const QList<SelectionChoice> &choices)
{
    QStringList chosen;
    for (const SelectionChoice &choice : choices)
        if (ids.contains(choice.id))
            chosen.append(choice.label);
    return chosen.join(QStringLiteral(" or "));
}

} // namespace

QList<SelectionChoice> conditionChoices(const Dataset &dataset)
{
    QList<SelectionChoice> choices;
    for (const Condition &condition : dataset.conditions)
        choices.append({condition.id, condition.label});
    return choices;
}

QList<SelectionChoice> designChoices()
{
    QList<SelectionChoice> choices;
    for (DesignCategory category : allDesignCategories())
        choices.append({designCategoryId(category), designCategoryLabel(category)});
    return choices;
}

QList<SelectionChoice> treatmentChoices()
{
    QList<SelectionChoice> choices;
    for (const TreatmentCategory &category : treatmentCategories())
        choices.append({category.id, category.label});
    return choices;
}

StudySearchKeys StudySearchKeys::of(const Study &study, const Dataset &dataset,
                                    const QuoteIndex &quotes)
{
    return {designCategoryId(designCategory(study)), treatmentCategoryIds(study, dataset),
            searchText(study, dataset, quotes)};
}

StudySelection StudySelection::ofCondition(const QString &conditionId)
{
    StudySelection selection;
    if (!conditionId.isEmpty())
        selection.conditionIds.insert(conditionId);
    return selection;
}

bool StudySelection::matches(const Study &study, const StudySearchKeys &keys) const
{
    return (studyId.isEmpty() || study.id == studyId) &&
           matchesAny(conditionIds, study.conditionIds) && matchesAny(designIds, {keys.designId}) &&
           matchesAny(treatmentIds, keys.treatmentIds) &&
           (text.trimmed().isEmpty() || keys.text.contains(text.trimmed(), Qt::CaseInsensitive));
}

bool StudySelection::matchesEndpoint(const QString &resultEndpointId) const
{
    return endpointId.isEmpty() || resultEndpointId == endpointId;
}

bool StudySelection::filtersStudies() const
{
    return !conditionIds.isEmpty() || !designIds.isEmpty() || !treatmentIds.isEmpty() ||
           !text.trimmed().isEmpty() || !studyId.isEmpty();
}

QString StudySelection::singleConditionId() const
{
    return conditionIds.size() == 1 ? *conditionIds.cbegin() : QString();
}

QString StudySelection::describe(const Dataset &dataset) const
{
    QStringList parts{labelsOf(conditionIds, conditionChoices(dataset)),
                      labelsOf(designIds, designChoices()),
                      labelsOf(treatmentIds, treatmentChoices())};
    if (!text.trimmed().isEmpty())
        parts.append(QStringLiteral("“%1”").arg(text.trimmed()));
    for (const Study &study : dataset.studies)
        if (study.id == studyId)
            parts.append(study.name);
    if (const Endpoint *endpoint = dataset.findEndpoint(endpointId))
        parts.append(endpoint->label);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

} // namespace eb
