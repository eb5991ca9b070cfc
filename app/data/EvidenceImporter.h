// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "data/DatasetWriter.h"

#include <QSqlDatabase>
#include <QStringList>

namespace eb {

// What to do with an imported study the database already holds (same id, or same name).
enum class DuplicatePolicy
{
    Refuse,  // report it and import nothing (the default: the user chooses)
    Skip,    // keep the stored study, import the others
    Replace, // replace the stored study, if it is the user's (bundled studies are never replaced)
    KeepBoth // import it beside the stored one, under new ids
};

struct ImportReport
{
    int sources = 0; // new ones; sources the database already holds are reused
    int quotes = 0;
    int studies = 0;
    int arms = 0;
    int outcomes = 0;
    int effects = 0;
    int reviewAnalyses = 0; // new ones: a review's outcomes and subgroups with its results
    int userNotes = 0;      // new ones: the user's notes on studies (user_notes)
    QStringList skipped;    // "Name (id)" of the studies left as stored
    QStringList replaced;   // "Name (id)"
    QStringList renamed;    // "old id -> new id" (keep both)
    QStringList imported;   // "Name (id)" of each study written, in the file's order
    bool written = false;   // false for a dry run
    bool cancelled = false; // stopped by its progress callback: nothing was written
    // "Label (id)" of the conditions, endpoints and interventions the database did not hold:
    // a misspelt name shows up here before it becomes a filter box of its own.
    QStringList newConditions;
    QStringList newEndpoints;
    QStringList newInterventions;

    // "3 studies (6 arms, 12 outcomes, 4 effects), 1 new sources, 9 new quotes", and the
    // new review analyses and notes when there are any
    QString countsText() const;
};

// Puts a read Dataset into the database as the user's rows, all or nothing: one
// transaction, and any problem (a reference to nothing, an id the database uses for
// something else, a duplicate under DuplicatePolicy::Refuse, a row the schema refuses)
// rolls it back and throws ImportError with every problem found, leaving the file as it was.
// A dry run does everything and then rolls back. `progress` is told (studies written,
// studies to write) as the rows go in; when it returns false the import is cancelled:
// rolled back, the report's `cancelled` set.
class EvidenceImporter
{
public:
    using Progress = DatasetWriter::Progress;

    explicit EvidenceImporter(QSqlDatabase connection);

    ImportReport import(Dataset dataset, const QString &fileName, DuplicatePolicy duplicates,
                        bool dryRun, const Progress &progress = {}) const;

private:
    QSqlDatabase m_connection;
};

} // namespace eb
