// SPDX-License-Identifier: MIT
#include "data/BundledDataset.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/SchemaMigrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;

namespace {

QVariant scalar(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

// A dataset version that writes the given studies (each a bundled row).
BundledDataset datasetWithStudies(int version, const QStringList &studyValues)
{
    QString sql = QStringLiteral("INSERT INTO source (id, kind, citation, title, origin) "
                                 "VALUES ('doc', 'review_article', 'Doc', 'Doc', 'bundled');\n");
    for (const QString &values : studyValues)
        sql += QStringLiteral("INSERT INTO study (id, name, kind, origin) VALUES (%1, 'trial', "
                              "'bundled');\n")
                   .arg(values);
    return BundledDataset(version, {SqlScript(QStringLiteral("test.sql"), sql)});
}

} // namespace

class TestBundledDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database.reset();
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_count));
        m_database.emplace(Database::openUnprepared(path));
        SchemaMigrator().migrate(connection());
    }

    void installsTheRealDatasetCompletely()
    {
        const BundledDataset bundled;
        QVERIFY(bundled.version() >= 1);
        QCOMPARE(BundledDataset::installedVersion(connection()), 0);
        QVERIFY(bundled.installIfNewer(connection()));
        QCOMPARE(BundledDataset::installedVersion(connection()), bundled.version());
        QVERIFY(scalar(connection(), QStringLiteral("SELECT count(*) FROM study")).toInt() >= 6);
        QVERIFY(!scalar(connection(), QStringLiteral("PRAGMA foreign_key_check")).isValid());
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT count(*) FROM study WHERE origin <> "
                                                     "'bundled'"))
                     .toInt(),
                 0);
    }

    void installingTheSameVersionAgainChangesNothing()
    {
        const BundledDataset bundled;
        QVERIFY(bundled.installIfNewer(connection()));
        const int quotes =
            scalar(connection(), QStringLiteral("SELECT count(*) FROM quote")).toInt();
        QVERIFY(!bundled.installIfNewer(connection()));
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT count(*) FROM quote")).toInt(),
                 quotes);
    }

    void aNewerDatasetReplacesBundledRowsAndKeepsUserRows()
    {
        QVERIFY(datasetWithStudies(1, {QStringLiteral("'st', 'Old name'")})
                    .installIfNewer(connection()));
        QSqlQuery query(connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO study (id, name, kind) VALUES ('mine', 'My study', 'cohort')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO arm (id, study_id, label, role) VALUES "
                                          "('my-arm', 'st', 'My arm', 'treatment')")));

        QVERIFY(datasetWithStudies(
                    2, {QStringLiteral("'st', 'New name'"), QStringLiteral("'st2', 'Added'")})
                    .installIfNewer(connection()));

        QCOMPARE(BundledDataset::installedVersion(connection()), 2);
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT name FROM study WHERE id = 'st'")),
                 QVariant(QStringLiteral("New name")));
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT count(*) FROM study")).toInt(), 3);
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT origin FROM study WHERE id = 'mine'")),
                 QVariant(QStringLiteral("user")));
        QCOMPARE(
            scalar(connection(), QStringLiteral("SELECT study_id FROM arm WHERE id = 'my-arm'")),
            QVariant(QStringLiteral("st")));
    }

    void aNewerDatasetThatWouldOrphanUserRowsChangesNothing()
    {
        QVERIFY(datasetWithStudies(1, {QStringLiteral("'st', 'Old name'")})
                    .installIfNewer(connection()));
        QSqlQuery query(connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO arm (id, study_id, label, role) VALUES "
                                          "('my-arm', 'st', 'My arm', 'treatment')")));

        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 datasetWithStudies(2, {QStringLiteral("'other', 'Other'")})
                                     .installIfNewer(connection()));

        QCOMPARE(BundledDataset::installedVersion(connection()), 1);
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT name FROM study WHERE id = 'st'")),
                 QVariant(QStringLiteral("Old name")));
        QVERIFY(!scalar(connection(), QStringLiteral("SELECT 1 FROM study WHERE id = 'other'"))
                     .isValid());
    }

    void anOlderDatasetLeavesANewerOneAlone()
    {
        QVERIFY(datasetWithStudies(3, {QStringLiteral("'st', 'From a newer program'")})
                    .installIfNewer(connection()));
        QVERIFY(
            !datasetWithStudies(2, {QStringLiteral("'st', 'Older'")}).installIfNewer(connection()));
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT name FROM study WHERE id = 'st'")),
                 QVariant(QStringLiteral("From a newer program")));
    }

    void aBrokenScriptNamesItsLineAndChangesNothing()
    {
        const BundledDataset broken(
            1,
            {SqlScript(QStringLiteral("broken.sql"),
                       QStringLiteral("INSERT INTO source (id, kind, citation, title, origin) "
                                      "VALUES ('doc', 'review_article', 'D', 'D', 'bundled');\n"
                                      "\n-- a comment\nINSERT INTO study (id) VALUES ('x');\n"))});
        try {
            broken.installIfNewer(connection());
            QFAIL("a broken dataset was installed");
        } catch (const DatabaseError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("broken.sql, line 4")),
                     qPrintable(error.message()));
        }
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT count(*) FROM source")).toInt(), 0);
    }

private:
    QSqlDatabase connection() const { return m_database->connection(); }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::optional<Database> m_database;
};

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "tst_bundleddataset.moc"
