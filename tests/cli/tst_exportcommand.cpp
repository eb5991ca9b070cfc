// SPDX-License-Identifier: MIT
// Runs the built program the way a script over ssh would (see common/ProgramRunner.h).
#include "common/FigureMatcher.h"
#include "common/ProgramRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Run = ProgramRun;

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
        const QByteArray before = hashOf(path);
        const Run run =
            evidenceBrowser({QStringLiteral("export"), QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("schema version 999")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(hashOf(path), before);
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

    static QByteArray hashOf(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    Run evidenceBrowser(const QStringList &arguments) const
    {
        return runEvidenceBrowser(arguments, m_dir.path());
    }

    QTemporaryDir m_dir;
    QJsonObject m_exported;
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
