// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "core/StudySelection.h"
#include "data/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace eb {

class EvidenceRepository;

// --database PATH and --condition ID, shared by the window and the commands that read the
// evidence database.
class DatabaseOptions
{
public:
    static QList<QCommandLineOption> options();
    void read(const QCommandLineParser &parser);

    // The database the user named, or the default one.
    QString databasePath() const;
    // The condition id for --condition ("HCC" -> "hcc"; empty without the option). Throws
    // UsageError, listing the known ones, for an unknown condition.
    QString conditionId(const EvidenceRepository &repository) const;

    // The studies of --condition, filtered in the database, and the selection that names
    // them. Throws UsageError or DatabaseError.
    struct Selected
    {
        Dataset dataset;
        StudySelection selection;
    };
    Selected load() const;
    // Every study, with the therapy-wide facts, and the selection that names the studies of
    // --condition: for a report that selects in memory and still needs the source's rating.
    Selected loadWhole() const;

    // The database, opened read-only, and the selection of --condition, for commands that
    // read it a page at a time. Throws UsageError or DatabaseError.
    struct Opened
    {
        Database database;
        StudySelection selection;
    };
    Opened open() const;

private:
    QString m_databasePath;
    QString m_condition;
};

} // namespace eb
