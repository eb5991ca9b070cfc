// SPDX-License-Identifier: MIT
// Runs the built program the way a script over ssh would (see common/ProgramRunner.h).
#include "common/FigureMatcher.h"
#include "common/FileHash.h"
#include "common/ProgramRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Run = ProgramRun;

using namespace Qt::StringLiterals;

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exportsEveryFigureAsJson_data()
    {
        QTest::addColumn<int>("index");
        const QList<DocumentFigure> figures = documentFigures();
        for (int i = 0; i < figures.size(); ++i)
            QTest::newRow(qPrintable(figures.at(i).name)) << i;
    }

    void exportsEveryFigureAsJson()
    {
        QFETCH(int, index);
        if (m_exported.isEmpty()) {
            const Run run = evidenceBrowser({QStringLiteral("export"), QStringLiteral("--format"),
                                             QStringLiteral("json"), QStringLiteral("--database"),
                                             databasePath()});
            QCOMPARE(run.exitCode, 0);
            QJsonParseError error;
            m_exported = QJsonDocument::fromJson(run.out, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
        QCOMPARE(FigureMatcher(m_exported).count(documentFigures().at(index)), 1);
    }

    void exportsUnknownsAsNullAndNumbersAsNumbers()
    {
        const Run run =
            evidenceBrowser({QStringLiteral("export"), QStringLiteral("--condition"),
                             QStringLiteral("HCC"), QStringLiteral("--database"), databasePath()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject exported = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(exported.value(QStringLiteral("condition_filter")).toString(),
                 QStringLiteral("hcc"));
        QVERIFY(exported.value(QStringLiteral("therapy_facts")).toArray().isEmpty());
        const QJsonArray studies = exported.value(QStringLiteral("studies")).toArray();
        QCOMPARE(studies.size(), 2);
        for (const QJsonValue &study : studies) {
            QVERIFY(study[QStringLiteral("conditions")].toArray().contains(QStringLiteral("hcc")));
            for (const QJsonValue &arm : study[QStringLiteral("arms")].toArray())
                QVERIFY(arm[QStringLiteral("size")].isNull());
            for (const QJsonValue &effect : study[QStringLiteral("effects")].toArray())
                QVERIFY(effect[QStringLiteral("estimate")].isDouble());
        }
        QVERIFY(exported.value(QStringLiteral("disclaimer"))
                    .toString()
                    .contains(QStringLiteral("not be construed as medical advice")));
    }

    void refusesAnUnknownCondition()
    {
        const Run run =
            evidenceBrowser({QStringLiteral("export"), QStringLiteral("--condition"),
                             QStringLiteral("HCV"), QStringLiteral("--database"), databasePath()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("unknown condition 'HCV'")) &&
                     run.err.contains(QStringLiteral("cirrhosis, hbv, hcc")),
                 qPrintable(run.err));
    }

    void reportsUsageErrorsWithExitCode2()
    {
        const Run unknown = evidenceBrowser({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
        const Run format = evidenceBrowser(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(format.exitCode, 2);
        QVERIFY(format.out.isEmpty());
    }

    void printsVersionAndHelp()
    {
        const Run version = evidenceBrowser({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("evidence-browser " EB_VERSION));
        const Run help = evidenceBrowser({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("export"));
        // The program's own name, not Qt's placeholder for an unknown one.
        QVERIFY2(help.out.startsWith("Usage: evidence-browser [options] [command]"),
                 help.out.constData());
        const Run commandHelp =
            evidenceBrowser({QStringLiteral("export-forest"), QStringLiteral("--help")});
        QVERIFY2(commandHelp.out.startsWith("Usage: evidence-browser "),
                 commandHelp.out.constData());
        QVERIFY(!commandHelp.out.contains("<executable_name>"));
    }

    void refusesANewerDatabaseAndLeavesItAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("f"));
        const QByteArray before = fileHash(path);
        const Run run =
            evidenceBrowser({QStringLiteral("export"), QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("schema version 999")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    // A damaged database (changed with foreign keys off, or by hand) is refused with a message
    // naming the file, and left as it is: never read into the wrong study, never repaired by
    // a command that only reads.
    void refusesADamagedDatabaseAndLeavesItAlone_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("the HCC cohort's study row deleted")
            << u"export-forest"_s << u"DELETE FROM study WHERE id = 'hcc-resection-cohort'"_s
            << u"a study row that does not exist"_s;
        QTest::newRow("every study deleted")
            << u"export"_s << u"DELETE FROM study"_s << u"a study row that does not exist"_s;
        QTest::newRow("an effect of no study")
            << u"audit"_s << u"UPDATE effect SET study_id = 'nobody' WHERE rowid = 1"_s
            << u"effect"_s;
        QTest::newRow("text in a numeric column")
            << u"export"_s
            << u"UPDATE effect SET estimate = 'abc' WHERE estimate_printed = '0.308'"_s
            << u"column estimate holds 'abc', which is not a number"_s;
        // (A column the text index's triggers read cannot be dropped.)
        QTest::newRow("a dropped column")
            << u"export"_s << u"ALTER TABLE study DROP COLUMN size_printed"_s
            << u"table study has no column size_printed"_s;
        QTest::newRow("no dataset version")
            << u"export"_s << u"DELETE FROM dataset_meta"_s << u"no dataset version"_s;
        QTest::newRow("no dataset_meta table")
            << u"audit"_s << u"DROP TABLE dataset_meta"_s << u"dataset_meta"_s;
    }

    void refusesADamagedDatabaseAndLeavesItAlone()
    {
        QFETCH(QString, command);
        QFETCH(QString, damage);
        QFETCH(QString, message);
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s);
        QCOMPARE(evidenceBrowser({u"audit"_s, u"--database"_s, path}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA foreign_keys = OFF"_s));
            QVERIFY(query.exec(u"PRAGMA ignore_check_constraints = ON"_s));
            QVERIFY2(query.exec(damage), qPrintable(query.lastError().text()));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
        const QByteArray before = fileHash(path);
        QStringList arguments{command, u"--database"_s, path};
        if (command == u"export-forest")
            arguments << u"--condition"_s << u"hcc"_s << u"--out"_s << m_dir.filePath(u"x.png"_s);
        const Run run = evidenceBrowser(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path) && run.err.contains(u"damaged"_s) &&
                     run.err.contains(message),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(u"QSqlQuery"_s));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.png"_s)));
    }

    void reportsAnUnusableDatabasePathWithExitCode1()
    {
        const Run run = evidenceBrowser({QStringLiteral("export"), QStringLiteral("--database"),
                                         QStringLiteral("/proc/nowhere/x.sqlite")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("/proc/nowhere")));
    }

private:
    QString databasePath() const { return m_dir.filePath(QStringLiteral("export.sqlite")); }

    Run evidenceBrowser(const QStringList &arguments) const
    {
        return runEvidenceBrowser(arguments, m_dir.path());
    }

    QTemporaryDir m_dir;
    QJsonObject m_exported;
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
