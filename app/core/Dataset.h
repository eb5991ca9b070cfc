// SPDX-License-Identifier: MIT
#pragma once

#include "core/Evidence.h"

#include <QHash>

namespace eb {

// A quote with the source it comes from.
struct CitedQuote
{
    const Quote *quote = nullptr;
    const Source *source = nullptr;
};
using QuoteIndex = QHash<QString, CitedQuote>; // by quote id

// The user's note on a study, as a file brings it: the study may be one of the file's or one
// the database holds (a bundled study, which every database has).
struct UserNote
{
    QString studyId;
    QString text;
};

// Everything a view or an export needs, loaded in one piece. A partial load keeps only the
// selected studies, the sources they cite, and no therapy-wide facts.
struct Dataset
{
    QString datasetVersion;
    int schemaVersion = 0;
    QString conditionFilter; // the condition ids loaded, comma-separated; empty: every one
    bool partial = false;    // only some studies: sources hold only the quotes they cite
    QList<Source> sources;
    QList<Condition> conditions;
    QList<Endpoint> endpoints;
    QList<Intervention> interventions;
    QList<Study> studies;
    QList<TherapyFact> therapyFacts;
    QList<ReviewAnalysis> reviewAnalyses; // outcomes before their subgroups
    // Read from a file only; a loaded dataset carries each note on its study (Study::userNote).
    QList<UserNote> userNotes;

    const Condition *findCondition(const QString &id) const;
    const Endpoint *findEndpoint(const QString &id) const;
    const Intervention *findIntervention(const QString &id) const;
    const ReviewAnalysis *findReviewAnalysis(const QString &id) const;
    // Every quote by id. The pointers are into this dataset: valid while it is unchanged.
    QuoteIndex quoteIndex() const;
};

} // namespace eb
