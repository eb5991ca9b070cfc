// SPDX-License-Identifier: MIT
// export-forest and export-bars on the built program, run as a script over ssh would run it.
#include "common/ProgramRunner.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportFigureCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesTheHccForestPlot()
    {
        const QString out = m_dir.filePath(u"hcc.png"_s);
        const ProgramRun run =
            program({u"export-forest"_s, u"--condition"_s, u"HCC"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QImageReader reader(out);
        QCOMPARE(reader.size().width(), 2008);
        QVERIFY(reader.text(u"Disclaimer"_s).contains(u"medical advice"_s));
        QVERIFY(reader.text(u"Source"_s).contains(u"Source document"_s));
    }

    void writesEveryFormat_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("forest svg") << u"export-forest"_s << u"f.svg"_s << QByteArray("<?xml");
        QTest::newRow("forest pdf") << u"export-forest"_s << u"f.pdf"_s << QByteArray("%PDF-");
        QTest::newRow("bars png") << u"export-bars"_s << u"b.png"_s << QByteArray("\x89PNG");
        QTest::newRow("bars pdf") << u"export-bars"_s << u"b.pdf"_s << QByteArray("%PDF-");
    }

    void writesEveryFormat()
    {
        QFETCH(QString, command);
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        const QString out = m_dir.filePath(name);
        const ProgramRun run =
            program({command, u"--condition"_s, u"hbv"_s, u"--out"_s, out, u"--dpi"_s, u"150"_s});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(start.size()) == start);
    }

    // An imported RevMan outcome, chosen by its name, drawn with the review's labels and its
    // stored result beside ours.
    void plotsAnImportedReviewOutcomeByName()
    {
        const QString database = m_dir.filePath(u"review.sqlite"_s);
        const QString out = m_dir.filePath(u"review.svg"_s);
        QCOMPARE(program({u"import"_s,
                          QStringLiteral(EB_SOURCE_DIR "/resources/examples/drug-a-review.rm5"),
                          u"--database"_s, database})
                     .exitCode,
                 0);
        const ProgramRun run = program({u"export-forest"_s, u"--database"_s, database,
                                        u"--endpoint"_s, u"Death at 12 months"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(u"Favours drug A"_s));
        QVERIFY(svg.contains(u"Favours placebo"_s));
        QVERIFY(svg.contains(u"As the review stored it (RR MH, fixed)"_s));
        for (const QString &stored : {u"0.549309"_s, u"0.360279"_s, u"0.837518"_s})
            QVERIFY2(svg.contains(stored), qPrintable(stored));
        QVERIFY(svg.contains(u"Risk ratio"_s));
        QVERIFY(!svg.contains(u"Treatment failure"_s));
    }

    void explainsWhyCirrhosisHasNoForestPlot()
    {
        const QString out = m_dir.filePath(u"cirrhosis.png"_s);
        const ProgramRun run =
            program({u"export-forest"_s, u"--condition"_s, u"cirrhosis"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"No study in Cirrhosis reports a contrast-level effect"_s));
        QVERIFY(run.err.contains(u"response-rate bars"_s));
        QVERIFY(!QFile::exists(out));
    }

    void plotsAUserCsv()
    {
        const QString out = m_dir.filePath(u"bcg.png"_s);
        const ProgramRun run =
            program({u"export-forest"_s, u"--input"_s,
                     QStringLiteral(EB_SOURCE_DIR "/tests/reference/data/bcg.csv"), u"--measure"_s,
                     u"RR"_s, u"--method"_s, u"DL"_s, u"--hksj"_s, u"--out"_s, out, u"--dpi"_s,
                     u"100"_s, u"--width-mm"_s, u"200"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QImageReader(out).size().width(), 787); // round(200 / 25.4 * 100)
    }

    void namesTheSidesOfAUsersFigureOnlyAsTheUserDoes_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::newRow("no names, no direction")
            << QStringList() << u"◀ Lower in treatment"_s << u"Higher in treatment ▶"_s;
        QTest::newRow("names, no direction")
            << QStringList{u"--treatment"_s, u"BCG vaccine"_s, u"--control"_s, u"No vaccine"_s}
            << u"◀ Lower in BCG vaccine"_s << u"Higher in BCG vaccine ▶"_s;
        QTest::newRow("a harm") << QStringList{u"--treatment"_s, u"BCG vaccine"_s,  u"--control"_s,
                                               u"No vaccine"_s,  u"--outcome-is"_s, u"harm"_s}
                                << u"◀ Favours BCG vaccine"_s << u"Favours no vaccine ▶"_s;
        QTest::newRow("a benefit") << QStringList{u"--outcome-is"_s, u"benefit"_s}
                                   << u"◀ Favours control"_s << u"Favours treatment ▶"_s;
    }

    // The words under the axis, read from the SVG's text: never a drug the file does not
    // name, never a side the user did not give.
    void namesTheSidesOfAUsersFigureOnlyAsTheUserDoes()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, left);
        QFETCH(QString, right);
        const QString out = m_dir.filePath(u"bcg-sides.svg"_s);
        const ProgramRun run =
            program(QStringList{u"export-forest"_s, u"--input"_s,
                                QStringLiteral(EB_SOURCE_DIR "/tests/reference/data/bcg.csv"),
                                u"--measure"_s, u"RR"_s, u"--out"_s, out} +
                    names);
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY2(svg.contains(u'>' + left + u'<'), qPrintable(left));
        QVERIFY2(svg.contains(u'>' + right + u'<'), qPrintable(right));
        QVERIFY(!svg.contains(u"Favours thymosin"_s));
        QVERIFY(!svg.contains(u"comparator"_s));
    }

    // An image QPainter could not paint (tens of thousands of pixels tall) is refused before
    // any drawing, with the reason and what to do; nothing is written.
    void refusesAnImageTooLargeToDraw()
    {
        const QString csv = m_dir.filePath(u"long.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("study,estimate,ci_low,ci_high\n");
        for (int i = 1; i <= 800; ++i)
            file.write(QStringLiteral("Study %1,1.2,0.8,1.8\n").arg(i).toUtf8());
        file.close();
        const QString out = m_dir.filePath(u"long.png"_s);
        const ProgramRun run = program(
            {u"export-forest"_s, u"--input"_s, csv, u"--measure"_s, u"OR"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"more than can be drawn"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --out") << QStringList{u"export-forest"_s} << u"needs --out"_s;
        QTest::newRow("unknown format") << QStringList{u"export-bars"_s, u"--out"_s, u"x.gif"_s}
                                        << u"must end in .png, .svg or .pdf"_s;
        QTest::newRow("dpi out of range")
            << QStringList{u"export-forest"_s, u"--out"_s, u"x.png"_s, u"--dpi"_s, u"5"_s}
            << u"--dpi"_s;
        QTest::newRow("unknown study")
            << QStringList{u"export-forest"_s, u"--study"_s, u"nobody"_s, u"--out"_s, u"x.png"_s}
            << u"no study matches 'nobody'"_s;
        QTest::newRow("names without --input")
            << QStringList{u"export-forest"_s, u"--treatment"_s, u"A"_s, u"--out"_s, u"x.png"_s}
            << u"--treatment goes with --input"_s;
        QTest::newRow("an outcome that is neither")
            << QStringList{u"export-forest"_s, u"--input"_s, u"x.csv"_s, u"--measure"_s, u"OR"_s,
                           u"--outcome-is"_s,  u"good"_s,    u"--out"_s, u"x.png"_s}
            << u"--outcome-is: 'good' is not benefit or harm"_s;
        QTest::newRow("hksj with FE")
            << QStringList{u"export-forest"_s, u"--method"_s, u"FE"_s,
                           u"--hksj"_s,        u"--out"_s,    u"x.png"_s}
            << u"--hksj: the Hartung-Knapp adjustment applies to random-effects"_s;
        QTest::newRow("rows per page without a page")
            << QStringList{u"export-forest"_s, u"--rows-per-page"_s, u"50"_s, u"--out"_s,
                           u"x.png"_s}
            << u"--rows-per-page goes with --page"_s;
        QTest::newRow("page 0") << QStringList{u"export-forest"_s, u"--page"_s, u"0"_s, u"--out"_s,
                                               u"x.png"_s}
                                << u"--page: give a number from 1"_s;
    }

    void refusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProgramRun run = program(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.png"_s)));
    }

    // A disk that fills up mid-write (here: a file size limit) must not leave a truncated
    // figure, nor exit 0.
    void aFailedWriteLeavesNoFileAndExitsOne_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << u"cut.png"_s;
        QTest::newRow("svg") << u"cut.svg"_s;
        QTest::newRow("pdf") << u"cut.pdf"_s;
    }

    void aFailedWriteLeavesNoFileAndExitsOne()
    {
        QFETCH(QString, name);
        QTemporaryDir folder;
        const QString out = folder.filePath(name);
        const ProgramRun run =
            runEvidenceBrowser({u"export-forest"_s, u"--input"_s,
                                QStringLiteral(EB_SOURCE_DIR "/tests/reference/data/bcg.csv"),
                                u"--measure"_s, u"RR"_s, u"--method"_s, u"DL"_s, u"--out"_s, out},
                               m_dir.path(), u"trap '' XFSZ; ulimit -f 16"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(out), qPrintable(run.err));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void aFullDeviceExitsOne()
    {
        const QString out = m_dir.filePath(u"full.pdf"_s);
        QVERIFY(QFile::link(u"/dev/full"_s, out));
        const ProgramRun run =
            program({u"export-forest"_s, u"--condition"_s, u"hcc"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(out), qPrintable(run.err));
    }

    // --out naming the database itself, by the same path or through a link, is refused
    // before anything is written; the database stays a database.
    void refusesToWriteOverItsOwnDatabase()
    {
        QTemporaryDir folder;
        const QString database = folder.filePath(u"same.png"_s);
        ProgramRun run = runEvidenceBrowser({u"export-forest"_s, u"--condition"_s, u"hcc"_s,
                                             u"--out"_s, database, u"--database"_s, database},
                                            m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--out"_s) && run.err.contains(u"database"_s),
                 qPrintable(run.err));

        const QString existing = folder.filePath(u"evidence.sqlite"_s);
        QCOMPARE(runEvidenceBrowser({u"audit"_s, u"--database"_s, existing}, m_dir.path()).exitCode,
                 0);
        const QString link = folder.filePath(u"link.png"_s);
        QVERIFY(QFile::link(existing, link));
        run = runEvidenceBrowser({u"export-forest"_s, u"--condition"_s, u"hcc"_s, u"--out"_s, link,
                                  u"--database"_s, existing},
                                 m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QFile file(existing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(15), QByteArray("SQLite format 3"));
    }

private:
    ProgramRun program(QStringList arguments) const
    {
        arguments << u"--database"_s << m_dir.filePath(u"db.sqlite"_s);
        if (arguments.contains(u"--input"_s)) {
            arguments.removeLast();
            arguments.removeLast();
        }
        return runEvidenceBrowser(arguments, m_dir.path());
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestExportFigureCommand)
#include "tst_exportfigurecommand.moc"
