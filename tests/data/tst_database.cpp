// SPDX-License-Identifier: MIT
#include "common/FileHash.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/SchemaMigrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace eb;

namespace {

// The schema as SQLite stores it: comparing this proves two paths led to the same database.
QStringList schemaOf(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"));
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString() + u'|' + query.value(1).toString() + u'|' +
                    query.value(2).toString());
    return rows;
}

int pragma(const QSqlDatabase &connection, const QString &name)
{
    QSqlQuery query(connection);
    query.exec(QStringLiteral("PRAGMA ") + name);
    query.next();
    return query.value(0).toInt();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { QVERIFY(m_dir.isValid()); }

    void migratesAnEmptyFileToTheLatestVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QFile(path).open(QIODevice::WriteOnly); // an empty file, as `touch` makes
        const Database database = Database::open(path);
        const int latest = SchemaMigrator().latestVersion();
        QVERIFY(latest >= 1);
        QCOMPARE(SchemaMigrator::currentVersion(database.connection()), latest);
        QCOMPARE(pragma(database.connection(), QStringLiteral("foreign_keys")), 1);
    }

    void migratesFromEveryEarlierVersion()
    {
        const SchemaMigrator migrator;
        QStringList freshSchema;
        {
            const Database fresh = Database::open(m_dir.filePath(QStringLiteral("fresh.sqlite")));
            freshSchema = schemaOf(fresh.connection());
        }
        for (int start = 0; start < migrator.latestVersion(); ++start) {
            const QString path = m_dir.filePath(QStringLiteral("from-%1.sqlite").arg(start));
            {
                const Database old = Database::openUnprepared(path);
                migrator.migrate(old.connection(), start);
                QCOMPARE(SchemaMigrator::currentVersion(old.connection()), start);
            }
            const Database upgraded = Database::open(path);
            QCOMPARE(SchemaMigrator::currentVersion(upgraded.connection()),
                     migrator.latestVersion());
            QCOMPARE(schemaOf(upgraded.connection()), freshSchema);
        }
    }

    void refusesANewerSchemaAndLeavesTheFileAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            const Database future = Database::openUnprepared(path);
            QSqlQuery query(future.connection());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE from_the_future (x)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1")
                                   .arg(SchemaMigrator().latestVersion() + 1)));
        }
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        try {
            Database::open(path);
            QFAIL("a database with a newer schema was opened");
        } catch (const DatabaseError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("newer")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(path));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void refusesAFileThatIsNotSqliteAndLeavesItAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("These are my notes, not a database.\n");
        }
        const QByteArray before = fileHash(path);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, Database::open(path));
        QCOMPARE(fileHash(path), before);
    }

    void createsTheDefaultFileInTheApplicationDataFolder()
    {
        const QString path = Database::defaultPath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QFile::remove(path);
        {
            const Database database = Database::open(path);
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM study")) && query.next());
            QVERIFY(query.value(0).toInt() > 0);
        }
        QVERIFY(QFile::exists(path));
        QFile::remove(path);
    }

    // Two processes creating the same new file: each step runs under BEGIN IMMEDIATE and
    // reads the version again inside it, so both succeed (before, one failed with "table
    // dataset_meta already exists" in about 6 runs of 10).
    void twoConnectionsCanCreateTheSameFileAtOnce()
    {
        for (int run = 0; run < 20; ++run) {
            const QString path = m_dir.filePath(QStringLiteral("race-%1.sqlite").arg(run));
            QStringList errors;
            QMutex mutex;
            const auto create = [&] {
                try {
                    const Database database = Database::open(path);
                } catch (const DatabaseError &error) {
                    const QMutexLocker locker(&mutex);
                    errors.append(error.message());
                }
            };
            std::thread first(create);
            std::thread second(create);
            first.join();
            second.join();
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
            const Database database = Database::open(path);
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM study")) && query.next());
            QVERIFY(query.value(0).toInt() > 0);
        }
    }

    void saysWhichFileIsLocked()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        {
            const Database created = Database::open(path);
        }
        const Database holder = Database::openUnprepared(path);
        QSqlQuery query(holder.connection());
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM caveat")));
        try {
            Database::open(path, Database::Access::ReadOnly);
            QFAIL("a locked database was opened");
        } catch (const DatabaseError &error) {
            QVERIFY2(error.message().contains(path + QStringLiteral(" is locked")),
                     qPrintable(error.message()));
            QVERIFY(!error.message().contains(QStringLiteral("not an Evidence Browser")));
        }
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }

    // A reading command on a current file opens it read-only: nothing it does can write.
    void opensACurrentFileReadOnlyForReading()
    {
        const QString path = m_dir.filePath(QStringLiteral("reader.sqlite"));
        {
            const Database created = Database::open(path);
        }
        const QByteArray before = fileHash(path);
        const Database reader = Database::open(path, Database::Access::ReadOnly);
        QSqlQuery query(reader.connection());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM caveat")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("readonly")),
                 qPrintable(query.lastError().text()));
        QCOMPARE(fileHash(path), before);
    }

    void reportsAFolderThatCannotBeCreated()
    {
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 Database::open(QStringLiteral("/proc/no-such-place/x.sqlite")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
