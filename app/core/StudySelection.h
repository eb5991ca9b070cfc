// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace eb {

// One value a selection can hold, with its label: a condition, a design, a treatment.
struct SelectionChoice
{
    QString id;
    QString label;
};
// The choices in the order the filters list them.
QList<SelectionChoice> conditionChoices(const Dataset &dataset);
QList<SelectionChoice> designChoices();
QList<SelectionChoice> treatmentChoices();

// What a study is filtered by, derived once per study (DatasetView keeps them).
struct StudySearchKeys
{
    QString designId;         // designCategoryId(designCategory(study))
    QStringList treatmentIds; // treatmentCategoryIds(study, dataset)
    QString text;             // lower case: names, endpoints, quotes and caveats

    static StudySearchKeys of(const Study &study, const Dataset &dataset, const QuoteIndex &quotes);
};

// Which studies, and which of their results, a view or a command shows: the one definition
// behind the study list, the figures, the command line and the repository's SQL.
// Within one kind of criterion any value matches (HBV or HCC); across kinds all must match
// (HCC and observational); an empty criterion does not filter.
struct StudySelection
{
    QSet<QString> conditionIds;
    QSet<QString> designIds;    // designCategoryId()
    QSet<QString> treatmentIds; // treatment category ids, any arm
    QString text;               // matched in StudySearchKeys::text, without regard to case
    QString studyId;            // one study
    QString endpointId;         // of the selected studies' results, only this endpoint

    static StudySelection ofCondition(const QString &conditionId);

    bool matches(const Study &study, const StudySearchKeys &keys) const;
    bool matchesEndpoint(const QString &resultEndpointId) const;
    // Whether any study criterion is set (the endpoint selects results, not studies).
    bool filtersStudies() const;
    // The one condition named in explanations, when exactly one is selected.
    QString singleConditionId() const;
    // Every criterion in words, for figure titles and messages: "HBV or HCC · Randomised
    // trial · “interferon”"; empty when nothing is selected.
    QString describe(const Dataset &dataset) const;

    bool operator==(const StudySelection &other) const = default;
};

} // namespace eb
