// SPDX-License-Identifier: MIT
#pragma once

#include "data/SqlScript.h"

#include <QList>
#include <QSqlDatabase>

namespace eb {

// Applies db/migrations/NNNN_name.sql in order. The schema version is PRAGMA user_version;
// migration NNNN brings a database to version NNNN, each step in its own transaction.
class SchemaMigrator
{
public:
    SchemaMigrator(); // the migrations compiled into the program

    int latestVersion() const;

    static int currentVersion(const QSqlDatabase &connection);

    // Brings the database from its current version up to targetVersion (default: latest).
    void migrate(const QSqlDatabase &connection, int targetVersion = -1) const;

private:
    struct Migration
    {
        int version;
        SqlScript script;
    };
    QList<Migration> m_migrations;
};

} // namespace eb
