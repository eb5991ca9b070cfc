// SPDX-License-Identifier: MIT
#include "cli/CommandLine.h"

#include <QTest>

using namespace eb;
using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("opensWindow");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("errorFragment");
        const QString none;
        QTest::newRow("nothing opens the window")
            << QStringList{} << true << none << none << none << none;
        QTest::newRow("window on another database")
            << QStringList{u"--database"_s, u"my.sqlite"_s} << true << none << u"my.sqlite"_s
            << none << none;
        QTest::newRow("window with a condition")
            << QStringList{u"--condition"_s, u"HCC"_s} << true << none << none << u"HCC"_s << none;
        QTest::newRow("export") << QStringList{u"export"_s, u"--format"_s, u"json"_s} << false
                                << u"export"_s << none << none << none;
        QTest::newRow("export options before the command")
            << QStringList{u"--database"_s, u"x.sqlite"_s, u"export"_s, u"--condition"_s, u"hbv"_s}
            << false << u"export"_s << u"x.sqlite"_s << u"hbv"_s << none;
        QTest::newRow("export as json by default")
            << QStringList{u"export"_s} << false << u"export"_s << none << none << none;
        QTest::newRow("unsupported format")
            << QStringList{u"export"_s, u"--format"_s, u"csv"_s} << false << u"export"_s << none
            << none << u"unsupported format 'csv'"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << false << u"frobnicate"_s
                                         << none << none << u"unknown command 'frobnicate'"_s;
        QTest::newRow("unknown option") << QStringList{u"export"_s, u"--bogus"_s} << false
                                        << u"export"_s << none << none << u"bogus"_s;
        QTest::newRow("missing value")
            << QStringList{u"--database"_s} << false << none << none << none << u"database"_s;
        QTest::newRow("audit") << QStringList{u"audit"_s, u"--format"_s, u"json"_s} << false
                               << u"audit"_s << none << none << none;
        QTest::newRow("export-forest with a study")
            << QStringList{u"export-forest"_s, u"--study"_s, u"HCC"_s, u"--out"_s, u"f.svg"_s}
            << false << u"export-forest"_s << none << none << none;
        QTest::newRow("export-bars needs --out")
            << QStringList{u"export-bars"_s} << false << u"export-bars"_s << none << none
            << u"needs --out"_s;
        QTest::newRow("figure options after the database")
            << QStringList{u"--database"_s, u"d.sqlite"_s, u"export-forest"_s, u"--out"_s,
                           u"f.pdf"_s}
            << false << u"export-forest"_s << u"d.sqlite"_s << none << none;
        QTest::newRow("a second command")
            << QStringList{u"export"_s, u"again"_s} << false << u"export"_s << none << none
            << u"unexpected argument 'again'"_s;
    }

    void parses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, opensWindow);
        QFETCH(QString, command);
        QFETCH(QString, database);
        QFETCH(QString, condition);
        QFETCH(QString, errorFragment);
        arguments.prepend(QStringLiteral("evidence-browser"));
        const CommandLine parsed = CommandLine::parse(arguments);
        QCOMPARE(parsed.opensWindow(), opensWindow);
        QCOMPARE(parsed.command, command);
        QCOMPARE(parsed.databasePath, database);
        QCOMPARE(parsed.condition, condition);
        if (errorFragment.isEmpty())
            QCOMPARE(parsed.error, QString());
        else
            QVERIFY2(parsed.error.contains(errorFragment), qPrintable(parsed.error));
    }

    void helpAndVersionNeedNoWindow()
    {
        const CommandLine help = CommandLine::parse({u"evidence-browser"_s, u"--help"_s});
        QVERIFY(help.showHelp && !help.opensWindow());
        QVERIFY(help.helpText.contains(QStringLiteral("export")));
        const CommandLine version = CommandLine::parse({u"evidence-browser"_s, u"--version"_s});
        QVERIFY(version.showVersion && !version.opensWindow());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
