// SPDX-License-Identifier: MIT
#include "common/FileHash.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/SchemaMigrator.h"
#include "data/SqlScript.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

    // Version 5 rebuilds effect and quote: a version-4 file holding the bundled evidence keeps
    // every row (rowid included), every reference to them, and their full-text entries.
    void rebuildingEffectAndQuoteKeepsEveryRowAndReference()
    {
        const QString path = m_dir.filePath(QStringLiteral("v4.sqlite"));
        const auto rows = [](const QSqlDatabase &connection, const QString &sql) {
            QSqlQuery query(connection);
            if (!query.exec(sql))
                return QStringList{query.lastError().text()};
            QStringList list;
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i).toString());
                list.append(values.join(u'|'));
            }
            return list;
        };
        const QString effects =
            QStringLiteral("SELECT rowid, id, study_id, measure, estimate_printed, ci_low_printed, "
                           "ci_high_printed, p_printed, claim_wording FROM effect ORDER BY rowid");
        const QString quotes = QStringLiteral(
            "SELECT rowid, id, source_id, text, wording, note FROM quote ORDER BY rowid");
        const QString search = QStringLiteral(
            "SELECT r.kind, r.id FROM study_text JOIN study_text_row r ON r.row = study_text.rowid "
            "WHERE study_text MATCH '\"response\"' ORDER BY r.kind, r.id");
        QStringList before[3];
        {
            const Database old = Database::openUnprepared(path);
            SchemaMigrator().migrate(old.connection(), 4);
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
            for (const char *seed : {":/db/seed/vocabulary.sql", ":/db/seed/evidence.sql"})
                SqlScript::fromResource(QString::fromLatin1(seed)).execute(old.connection());
            // As BundledDataset records it, so that opening the file installs nothing anew.
            QFile version(QStringLiteral(":/db/seed/DATASET_VERSION"));
            QVERIFY(version.open(QIODevice::ReadOnly));
            query.prepare(QStringLiteral(
                "INSERT INTO dataset_meta (key, value) VALUES ('dataset_version', ?)"));
            query.addBindValue(QString::fromUtf8(version.readAll().trimmed()));
            QVERIFY(query.exec());
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
            before[0] = rows(old.connection(), effects);
            before[1] = rows(old.connection(), quotes);
            before[2] = rows(old.connection(), search);
        }
        QVERIFY(before[0].size() > 5);
        QVERIFY(before[1].size() > 20);
        QVERIFY(!before[2].isEmpty());
        const Database upgraded = Database::open(path);
        QCOMPARE(SchemaMigrator::currentVersion(upgraded.connection()),
                 SchemaMigrator().latestVersion());
        QCOMPARE(rows(upgraded.connection(), effects), before[0]);
        QCOMPARE(rows(upgraded.connection(), quotes), before[1]);
        QCOMPARE(rows(upgraded.connection(), search), before[2]);
        QCOMPARE(rows(upgraded.connection(), QStringLiteral("PRAGMA foreign_key_check")),
                 QStringList());
        QCOMPARE(rows(upgraded.connection(), QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});
        // The rebuilt tables' triggers index new rows again.
        QSqlQuery insert(upgraded.connection());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO quote (id, source_id, text) SELECT 'q-new', id, 'a zebrafish sentence' "
            "FROM source LIMIT 1")));
        QCOMPARE(rows(upgraded.connection(),
                      QStringLiteral("SELECT r.id FROM study_text JOIN study_text_row r ON r.row "
                                     "= study_text.rowid WHERE study_text MATCH 'zebrafish'")),
                 QStringList{QStringLiteral("q-new")});
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
