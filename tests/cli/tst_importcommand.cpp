// SPDX-License-Identifier: MIT
// `evidence-browser import` run as a script would run it: exit codes, messages, dry runs,
// and a kill in the middle of an import leaving the database as it was.
#include "common/FileHash.h"
#include "common/ProgramRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(u"evidence.sqlite"_s);
        const ProgramRun exported = runEvidenceBrowser(
            {u"export"_s, u"--format"_s, u"json"_s, u"--database"_s, m_database}, m_dir.path());
        QCOMPARE(exported.exitCode, 0);
        m_export = QJsonDocument::fromJson(exported.out).object();
        QVERIFY(!m_export.isEmpty());
    }

    void importsAndSaysWhatItAdded()
    {
        const QString database = copyOfDatabase(u"adds.sqlite"_s);
        const QString file = m_dir.filePath(u"mine.json"_s);
        write(file, QJsonDocument(studiesFile(2)).toJson());

        const ProgramRun dry = runEvidenceBrowser(
            {u"import"_s, file, u"--dry-run"_s, u"--database"_s, database}, m_dir.path());
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains("Dry run: ") && dry.out.contains("2 studies (4 arms"),
                 dry.out.constData());
        QCOMPARE(fileHash(database), fileHash(m_database));

        const ProgramRun run = runEvidenceBrowser(
            {u"import"_s, file, u"--database"_s, database, u"--format"_s, u"json"_s}, m_dir.path());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report[u"studies"].toInt(), 2);
        QCOMPARE(report[u"written"].toBool(), true);
        QCOMPARE(studyCount(database), bundledStudies() + 2);
    }

    void refusesABadFileWithItsPlaceAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QByteArray() << u"empty.json"_s
                                    << u"empty.json: nothing imported: the file is empty"_s;
        QTest::newRow("unclosed") << QByteArray("{\n  \"studies\": [\n    {\"id\": \"x\"\n")
                                  << u"unclosed.json"_s
                                  << u"unclosed.json: nothing imported: line 4, column 1"_s;
        QTest::newRow("not an export")
            << QByteArray("[]") << u"list.json"_s << u"expected an object with \"studies\""_s;
        QTest::newRow("a CSV that is not a sheet of trials")
            << QByteArray("a,b\n") << u"table.csv"_s
            << u"table.csv line 1: the header has no column \"row\""_s;
        QTest::newRow("a spreadsheet")
            << QByteArray("PK") << u"table.xlsx"_s << u"table.xlsx: cannot import a '.xlsx' file"_s;
        // A 10 MB single line: read, refused at its place, without a crash.
        QTest::newRow("10 MB on one line")
            << QByteArray("{\"studies\": [\"") + QByteArray(10 * 1024 * 1024, 'x') +
                   QByteArray("\"]}")
            << u"long.json"_s << u"long.json: nothing imported: studies[0]: expected an object"_s;
        // JSON has no entities: a "billion laughs" is text, refused as a study that is not one.
        QTest::newRow("entity bomb")
            << QByteArray("{\"studies\": [{\"id\": \"&lol9;\", \"name\": \"<!ENTITY lol "
                          "'lol'>\", \"kind\": \"&lol;\"}]}")
            << u"bomb.json"_s << u"field kind: \"&lol;\" is not one of"_s;
    }

    void refusesABadFileWithItsPlaceAndChangesNothing()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, fileName);
        QFETCH(QString, message);
        const QString database = copyOfDatabase(u"bad.sqlite"_s);
        const QByteArray before = fileHash(database);
        const QString file = m_dir.filePath(fileName);
        write(file, contents);
        const ProgramRun run =
            runEvidenceBrowser({u"import"_s, file, u"--database"_s, database}, m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(fileHash(database), before);
    }

    void refusesAnUnknownDuplicateChoice()
    {
        const ProgramRun run = runEvidenceBrowser(
            {u"import"_s, u"x.json"_s, u"--on-duplicate"_s, u"merge"_s}, m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--on-duplicate: 'merge' is not one of refuse, skip, replace, "
                                 "keep-both"_s));
    }

    // SIGKILL while the import's transaction is open: SQLite's journal puts the file back
    // as it was when it is next opened.
    void aKilledImportLeavesTheDatabaseAsItWas()
    {
        const QString database = copyOfDatabase(u"killed.sqlite"_s);
        const QByteArray before = fileHash(database);
        const QString file = m_dir.filePath(u"many.json"_s);
        write(file, QJsonDocument(studiesFile(5000)).toJson(QJsonDocument::Compact));

        QProcess process;
        process.start(QStringLiteral(EB_BINARY), {u"import"_s, file, u"--database"_s, database});
        QVERIFY(process.waitForStarted());
        const QString journal = database + u"-journal"_s;
        // Killed once the import has written changed pages into the database file itself
        // (its cache spilled), the originals being in the journal.
        const qint64 size = QFileInfo(database).size();
        while (QFileInfo(database).size() == size && process.state() == QProcess::Running)
            QTest::qWait(1);
        QVERIFY2(process.state() == QProcess::Running,
                 "the import ended before it wrote into the database file");
        QVERIFY(QFileInfo(journal).size() > 0);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        // The next program to open it, even only to read, rolls the journal back.
        QVERIFY(fileHash(database) != before);
        QCOMPARE(studyCount(database), bundledStudies());
        QVERIFY(!QFile::exists(journal));
        QCOMPARE(fileHash(database), before);
    }

private:
    QString copyOfDatabase(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_database, path);
        return path;
    }

    int bundledStudies() const { return int(m_export[u"studies"].toArray().size()); }

    int studyCount(const QString &database) const
    {
        const ProgramRun run = runEvidenceBrowser(
            {u"export"_s, u"--format"_s, u"json"_s, u"--database"_s, database}, m_dir.path());
        return int(QJsonDocument::fromJson(run.out)[u"studies"].toArray().size());
    }

    // `count` copies of the bundled cohort study, each under its own ids and name.
    QJsonObject studiesFile(int count) const
    {
        const QByteArray cohort =
            QJsonDocument(m_export[u"studies"].toArray().at(4).toObject()).toJson();
        QJsonArray studies;
        for (int i = 0; i < count; ++i) {
            QByteArray copy = cohort;
            const QByteArray id = "user-cohort-" + QByteArray::number(i);
            copy.replace("hcc-resection-cohort", id);
            QJsonObject study = QJsonDocument::fromJson(copy).object();
            study[u"name"] = u"User cohort %1"_s.arg(i);
            studies.append(study);
        }
        QJsonObject file = m_export;
        file[u"studies"] = studies;
        return file;
    }

    QTemporaryDir m_dir;
    QString m_database;
    QJsonObject m_export;
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
