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

namespace eb {
namespace {

const QString driverName = QStringLiteral("QSQLITE");

QSqlDatabase openConnection(const QString &path, const QString &connectionName, bool readOnly)
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(driverName, connectionName);
    connection.setDatabaseName(path);
    if (readOnly)
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!connection.open()) {
        const QString error = connection.lastError().text();
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw DatabaseError(QStringLiteral("cannot open database %1: %2").arg(path, error));
    }
    return connection;
}

QString newConnectionName()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct SchemaProbe
{
    int version = 0;
    QString error; // empty when the file is readable SQLite
};

// Reads the schema version through a read-only connection, so that a file we refuse is
// never touched.
SchemaProbe probeReadOnly(const QString &path)
{
    const QString name = newConnectionName();
    SchemaProbe probe;
    {
        QSqlDatabase connection = openConnection(path, name, true);
        QSqlQuery query(connection);
        // Reading the schema proves the file is SQLite; PRAGMA user_version alone does not.
        if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) &&
            query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            probe.version = query.value(0).toInt();
        else
            probe.error = query.lastError().text();
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return probe;
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

void Database::refuseUnreadableOrNewer(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return;
    if (!info.isFile())
        throw DatabaseError(QStringLiteral("%1 is not a file").arg(path));
    if (info.size() == 0)
        return;
    const SchemaProbe probe = probeReadOnly(path);
    if (!probe.error.isEmpty())
        throw DatabaseError(QStringLiteral("%1 is not an Evidence Browser database (%2); "
                                           "it was not changed")
                                .arg(path, probe.error));
    const int known = SchemaMigrator().latestVersion();
    if (probe.version > known)
        throw DatabaseError(QStringLiteral("%1 has schema version %2, but this program knows only "
                                           "versions up to %3; open it with a newer Evidence "
                                           "Browser. The file was not changed.")
                                .arg(path)
                                .arg(probe.version)
                                .arg(known));
}

Database Database::openUnprepared(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        throw DatabaseError(QStringLiteral("cannot create the folder %1").arg(folder));
    const QString name = newConnectionName();
    QSqlDatabase connection = openConnection(path, name, false);
    Database database(path, name);
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        throw DatabaseError(query.lastError().text());
    return database;
}

Database Database::open(const QString &path)
{
    refuseUnreadableOrNewer(path);
    Database database = openUnprepared(path);
    SchemaMigrator().migrate(database.connection());
    BundledDataset().installIfNewer(database.connection());
    return database;
}

} // namespace eb
