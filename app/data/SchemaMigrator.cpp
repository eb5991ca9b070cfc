// SPDX-License-Identifier: MIT
#include "data/SchemaMigrator.h"

#include "data/DatabaseError.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace eb {
namespace {

const QString migrationFolder = QStringLiteral(":/db/migrations");

void executeOrThrow(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        throw DatabaseError(query.lastError().text());
}

} // namespace

SchemaMigrator::SchemaMigrator()
{
    const QStringList files =
        QDir(migrationFolder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        bool ok = false;
        const int version = file.section(u'_', 0, 0).toInt(&ok);
        Q_ASSERT_X(ok && version == m_migrations.size() + 1, "SchemaMigrator",
                   "migrations must be numbered 0001, 0002, ... without gaps");
        m_migrations.append({version, SqlScript::fromResource(migrationFolder + u'/' + file)});
    }
}

int SchemaMigrator::latestVersion() const
{
    return int(m_migrations.size());
}

int SchemaMigrator::currentVersion(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw DatabaseError(query.lastError().text());
    return query.value(0).toInt();
}

void SchemaMigrator::migrate(const QSqlDatabase &connection, int targetVersion) const
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    QSqlQuery query(connection);
    for (const Migration &migration : m_migrations) {
        if (migration.version <= currentVersion(connection) || migration.version > targetVersion)
            continue;
        executeOrThrow(query, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            // Read again under the write lock: another process creating the same file may
            // have applied this step while we waited for it.
            if (migration.version <= currentVersion(connection)) {
                executeOrThrow(query, QStringLiteral("COMMIT"));
                continue;
            }
            migration.script.execute(connection);
            // PRAGMA takes no bound parameters; the version is our own integer.
            executeOrThrow(query,
                           QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            executeOrThrow(query, QStringLiteral("COMMIT"));
        } catch (const DatabaseError &error) {
            query.exec(QStringLiteral("ROLLBACK"));
            throw DatabaseError(QStringLiteral("schema migration %1 failed: %2")
                                    .arg(migration.script.name(), error.message()));
        }
    }
}

} // namespace eb
