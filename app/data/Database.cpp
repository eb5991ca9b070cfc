// SPDX-License-Identifier: MIT
#include "data/Database.h"

#include "data/BundledDataset.h"
#include "data/DatabaseError.h"
#include "data/SchemaMigrator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <optional>

namespace eb {
namespace {

const QString driverName = QStringLiteral("QSQLITE");

// Another process may be creating or upgrading the same file: wait for its transaction
// rather than fail at once with "database is locked".
const QString busyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");

QSqlDatabase openConnection(const QString &path, const QString &connectionName, bool readOnly)
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(driverName, connectionName);
    connection.setDatabaseName(path);
    connection.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + busyTimeout
                                          : busyTimeout);
    if (!connection.open()) {
        const QString error = connection.lastError().text();
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw DatabaseError(QStringLiteral("cannot open database %1: %2").arg(path, error));
    }
    return connection;
}

// Preparing a file (the full-text index's merges, the bundled rows replaced) can leave free
// pages. SQLite reuses a free page without journaling it, so after an interrupted write a
// rollback would restore every row but not every byte: a file just prepared is compacted,
// once, so that it holds no free page.
void compactAfterPreparing(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA freelist_count")) || !query.next() ||
        query.value(0).toInt() == 0)
        return;
    query.finish();
    if (!query.exec(QStringLiteral("VACUUM")))
        throw DatabaseError(query.lastError().text());
}

QString newConnectionName()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct SchemaProbe
{
    int version = 0;
    std::optional<int> datasetVersion; // when the schema is current and records one
    QString error;                     // empty when the file is readable SQLite
    bool locked = false;               // another program holds a lock past the timeout
};

bool isLockError(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), as the QSQLITE driver reports them.
    return error.nativeErrorCode() == u"5" || error.nativeErrorCode() == u"6";
}

// Reads the schema and dataset versions through a read-only connection, so that a file we
// refuse is never touched.
SchemaProbe probeReadOnly(const QString &path, int latestSchema)
{
    const QString name = newConnectionName();
    SchemaProbe probe;
    {
        QSqlDatabase connection = openConnection(path, name, true);
        QSqlQuery query(connection);
        // Reading the schema proves the file is SQLite; PRAGMA user_version alone does not.
        if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) &&
            query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
            probe.version = query.value(0).toInt();
        } else {
            probe.error = query.lastError().text();
            probe.locked = isLockError(query.lastError());
        }
        if (probe.error.isEmpty() && probe.version == latestSchema) {
            if (!query.exec(
                    QStringLiteral("SELECT value FROM dataset_meta WHERE key = 'dataset_version'")))
                probe.error = query.lastError().text();
            else if (query.next())
                probe.datasetVersion = query.value(0).toInt();
        }
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return probe;
}

// A program killed in the middle of a write leaves a hot journal beside the file, which
// only a read-write connection may roll back; a read-only one cannot read the file at all.
// Reading through a read-write connection makes SQLite put the file back as it was before
// that write; with no hot journal (another program still writing) it changes nothing.
void rollBackInterruptedWrite(const QString &path)
{
    if (!QFileInfo::exists(path + QStringLiteral("-journal")))
        return;
    const QString name = newConnectionName();
    try {
        QSqlDatabase connection = openConnection(path, name, false);
        QSqlQuery(connection).exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        connection.close();
    } catch (const DatabaseError &) {
        return; // not writable here: the read-only probe that follows says what is wrong
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::Database(Database &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_connectionName(std::exchange(other.m_connectionName, QString()))
{}

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/evidence.sqlite");
}

bool Database::refuseUnreadableOrNewer(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    if (!info.isFile())
        throw DatabaseError(QStringLiteral("%1 is not a file").arg(path));
    if (info.size() == 0)
        return false;
    rollBackInterruptedWrite(path);
    const int known = SchemaMigrator().latestVersion();
    const SchemaProbe probe = probeReadOnly(path, known);
    if (probe.locked)
        throw DatabaseError(QStringLiteral("%1 is locked by another program (%2); try again when "
                                           "it has finished. The file was not changed.")
                                .arg(path, probe.error));
    if (!probe.error.isEmpty() && probe.version == known)
        throw DatabaseError(
            QStringLiteral("%1 is damaged (%2); it was not changed").arg(path, probe.error));
    if (!probe.error.isEmpty())
        throw DatabaseError(QStringLiteral("%1 is not an Evidence Browser database (%2); "
                                           "it was not changed")
                                .arg(path, probe.error));
    if (probe.version > known)
        throw DatabaseError(QStringLiteral("%1 has schema version %2, but this program knows only "
                                           "versions up to %3; open it with a newer Evidence "
                                           "Browser. The file was not changed.")
                                .arg(path, QString::number(probe.version), QString::number(known)));
    return probe.version == known && probe.datasetVersion &&
           *probe.datasetVersion >= BundledDataset().version();
}

Database Database::openConnected(const QString &path, bool readOnly)
{
    const QString name = newConnectionName();
    QSqlDatabase connection = openConnection(path, name, readOnly);
    Database database(path, name);
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        throw DatabaseError(QStringLiteral("%1: %2").arg(path, query.lastError().text()));
    return database;
}

Database Database::openUnprepared(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        throw DatabaseError(QStringLiteral("cannot create the folder %1").arg(folder));
    return openConnected(path, false);
}

Database Database::open(const QString &path, Access access)
{
    const bool current = refuseUnreadableOrNewer(path);
    if (current && access == Access::ReadOnly)
        return openConnected(path, true);
    Database database = openUnprepared(path);
    try {
        SchemaMigrator().migrate(database.connection());
        BundledDataset().installIfNewer(database.connection());
        compactAfterPreparing(database.connection());
    } catch (const DatabaseError &error) {
        throw DatabaseError(QStringLiteral("%1: %2").arg(path, error.message()));
    }
    return database;
}

} // namespace eb
