// SPDX-License-Identifier: MIT
#include "data/BundledDataset.h"

#include "data/DatabaseError.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace eb {
namespace {

const QString versionKey = QStringLiteral("dataset_version");

void executeOrThrow(QSqlQuery &query)
{
    if (!query.exec())
        throw DatabaseError(query.lastError().text());
}

void executeOrThrow(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        throw DatabaseError(query.lastError().text());
}

int versionFromResource()
{
    QFile file(QStringLiteral(":/db/seed/DATASET_VERSION"));
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(QStringLiteral("internal error: the dataset version is missing"));
    return QString::fromUtf8(file.readAll()).trimmed().toInt();
}

QStringList tablesWithOrigin(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    executeOrThrow(
        query,
        QStringLiteral("SELECT m.name FROM sqlite_schema AS m WHERE m.type = 'table' AND "
                       "EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'origin')"));
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    return tables;
}

// Bundled rows without a recorded dataset version mean damage, not a fresh file: replacing
// them would silently rewrite what the user has.
bool holdsBundledRows(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    executeOrThrow(query, QStringLiteral("SELECT EXISTS (SELECT 1 FROM source WHERE origin = "
                                         "'bundled') OR EXISTS (SELECT 1 FROM study WHERE "
                                         "origin = 'bundled')"));
    return query.next() && query.value(0).toBool();
}

} // namespace

BundledDataset::BundledDataset()
    : BundledDataset(versionFromResource(),
                     {SqlScript::fromResource(QStringLiteral(":/db/seed/vocabulary.sql")),
                      SqlScript::fromResource(QStringLiteral(":/db/seed/evidence.sql"))})
{}

BundledDataset::BundledDataset(int version, QList<SqlScript> scripts)
    : m_version(version)
    , m_scripts(std::move(scripts))
{}

int BundledDataset::installedVersion(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT value FROM dataset_meta WHERE key = ?"));
    query.addBindValue(versionKey);
    executeOrThrow(query);
    return query.next() ? query.value(0).toInt() : 0;
}

bool BundledDataset::installIfNewer(const QSqlDatabase &connection) const
{
    if (installedVersion(connection) >= m_version)
        return false;
    QSqlQuery query(connection);
    executeOrThrow(query, QStringLiteral("BEGIN IMMEDIATE"));
    try {
        // Read again under the write lock: another process may have installed it meanwhile.
        const int installed = installedVersion(connection);
        if (installed >= m_version) {
            executeOrThrow(query, QStringLiteral("COMMIT"));
            return false;
        }
        if (installed == 0 && holdsBundledRows(connection))
            throw DatabaseError(QStringLiteral(
                "the database is damaged: it holds bundled rows but no dataset version in "
                "dataset_meta"));
        replaceBundledRows(connection);
        executeOrThrow(query, QStringLiteral("COMMIT"));
    } catch (const DatabaseError &error) {
        query.exec(QStringLiteral("ROLLBACK"));
        throw DatabaseError(QStringLiteral("installing the bundled dataset (version %1) failed, "
                                           "nothing was changed: %2")
                                .arg(QString::number(m_version), error.message()));
    }
    return true;
}

void BundledDataset::replaceBundledRows(const QSqlDatabase &connection) const
{
    QSqlQuery query(connection);
    // Deferred: rows are deleted and re-inserted in any order; a user row that points at a
    // bundled row the new dataset no longer has fails the COMMIT, and everything rolls back.
    executeOrThrow(query, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    for (const QString &table : tablesWithOrigin(connection))
        executeOrThrow(query,
                       QStringLiteral("DELETE FROM \"%1\" WHERE origin = 'bundled'").arg(table));
    for (const SqlScript &script : m_scripts)
        script.execute(connection);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO dataset_meta (key, value) VALUES (?, ?)"));
    query.addBindValue(versionKey);
    query.addBindValue(QString::number(m_version));
    executeOrThrow(query);
}

} // namespace eb
