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
        Q_UNUSED(condition); // resolved against the database, in tst_exportcommand
        arguments.prepend(QStringLiteral("evidence-browser"));
        CommandLine parsed;
        try {
            parsed.parse(arguments);
        } catch (const UsageError &error) {
            QVERIFY2(!errorFragment.isEmpty(), qPrintable(error.message()));
            QVERIFY2(error.message().contains(errorFragment), qPrintable(error.message()));
            return;
        }
        QVERIFY2(errorFragment.isEmpty(), "no usage error");
        QCOMPARE(parsed.action() == CommandLine::Action::OpenWindow, opensWindow);
        if (opensWindow) {
            if (!database.isEmpty())
                QCOMPARE(parsed.windowOptions().databasePath(), database);
        } else {
            QCOMPARE(parsed.command().name(), command);
        }
    }

    void helpAndVersionNeedNoWindow()
    {
        CommandLine help;
        help.parse({u"evidence-browser"_s, u"--help"_s});
        QCOMPARE(help.action(), CommandLine::Action::PrintHelp);
        // Every command of the table is listed, with its summary.
        for (const auto &command : help.commands())
            QVERIFY2(help.helpText().contains(command->name() + u' ') &&
                         help.helpText().contains(command->summary()),
                     qPrintable(command->name()));
        CommandLine helpAll;
        helpAll.parse({u"evidence-browser"_s, u"--help-all"_s});
        QCOMPARE(helpAll.action(), CommandLine::Action::PrintHelp);
        QCOMPARE(helpAll.helpText(), help.helpText());
        CommandLine version;
        version.parse({u"evidence-browser"_s, u"--version"_s});
        QCOMPARE(version.action(), CommandLine::Action::PrintVersion);
        CommandLine commandHelp;
        commandHelp.parse({u"evidence-browser"_s, u"export-bars"_s, u"--help"_s});
        QCOMPARE(commandHelp.action(), CommandLine::Action::PrintHelp);
        QVERIFY(commandHelp.helpText().contains(u"--out <FILE>"_s));
        QVERIFY(!commandHelp.helpText().contains(u"--hksj"_s)); // a forest-plot option
    }

    void eachCommandDeclaresItsOwnOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errorFragment");
        QTest::newRow("pool reads no database")
            << QStringList{u"pool"_s, u"--database"_s, u"x.sqlite"_s} << u"database"_s;
        QTest::newRow("export-bars does not pool")
            << QStringList{u"export-bars"_s, u"--out"_s, u"b.png"_s, u"--method"_s, u"DL"_s}
            << u"method"_s;
        QTest::newRow("hksj with a fixed effect, pool")
            << QStringList{u"pool"_s, u"--input"_s,  u"a.csv"_s, u"--measure"_s,
                           u"OR"_s,   u"--method"_s, u"FE"_s,    u"--hksj"_s}
            << u"random-effects"_s;
        QTest::newRow("measure without input")
            << QStringList{u"export-forest"_s, u"--out"_s, u"f.png"_s, u"--measure"_s, u"OR"_s}
            << u"--measure goes with --input"_s;
        QTest::newRow("audit writes no csv")
            << QStringList{u"audit"_s, u"--format"_s, u"csv"_s} << u"audit writes text or json"_s;
    }

    void eachCommandDeclaresItsOwnOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errorFragment);
        arguments.prepend(QStringLiteral("evidence-browser"));
        CommandLine parsed;
        try {
            parsed.parse(arguments);
        } catch (const UsageError &error) {
            QVERIFY2(error.message().contains(errorFragment), qPrintable(error.message()));
            return;
        }
        QFAIL("no usage error");
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
