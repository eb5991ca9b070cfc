// SPDX-License-Identifier: MIT
// The `pool` command's contract, checked on the built program run headless: exit codes,
// JSON keys, and error messages that name file, line and column.
#include "common/ProgramRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString referenceData = QStringLiteral(EB_SOURCE_DIR "/tests/reference/data/");

} // namespace

class TestPoolCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void printsTheJsonContract()
    {
        const ProgramRun run =
            pool({QStringLiteral("--input"), referenceData + QStringLiteral("bcg.csv"),
                  QStringLiteral("--measure"), QStringLiteral("RR"), QStringLiteral("--method"),
                  QStringLiteral("REML"), QStringLiteral("--hksj"), QStringLiteral("--format"),
                  QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QStringList keys = result.keys();
        keys.sort();
        QStringList expected =
            QStringLiteral(
                "k measure method random revman_zero_cells test estimate ci_low ci_high se stat z "
                "df p tau2 i2 h2 q q_df q_p pi_low pi_high "
                "converged weights corrected excluded subgroups q_between "
                "q_between_df q_between_p i2_between")
                .split(u' ');
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(result.value(QStringLiteral("k")).toInt(), 13);
        QCOMPARE(result.value(QStringLiteral("test")).toString(), QStringLiteral("t"));
        QCOMPARE(result.value(QStringLiteral("df")).toInt(), 12);
        // metafor: rma(measure="RR", ..., test="knha") on dat.bcg gives exp(-0.7145) = 0.4894.
        QCOMPARE(qRound(result.value(QStringLiteral("estimate")).toDouble() * 10000), 4894);
        QCOMPARE(result.value(QStringLiteral("weights")).toArray().size(), 13);
        QVERIFY(result.value(QStringLiteral("corrected")).toArray().isEmpty());
        QVERIFY(result.value(QStringLiteral("converged")).toBool());
        QVERIFY(result.value(QStringLiteral("z")).isNull()); // the statistic is t
        QVERIFY(result.value(QStringLiteral("subgroups")).toArray().isEmpty());
        QVERIFY(result.value(QStringLiteral("q_between")).isNull());
    }

    // metafor: rma.mh(measure = "OR") on the double-zero set keeps Trial 1 among the k = 4
    // tables but has no estimate for it (weight 0) and Q has 2 df.
    void namesDoubleZeroStudiesUnderMantelHaenszel()
    {
        const ProgramRun run =
            pool({QStringLiteral("--input"), referenceData + QStringLiteral("double_zero.csv"),
                  QStringLiteral("--measure"), QStringLiteral("OR"), QStringLiteral("--method"),
                  QStringLiteral("MH"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("method")).toString(), QStringLiteral("MH"));
        QCOMPARE(result.value(QStringLiteral("k")).toInt(), 4);
        QCOMPARE(result.value(QStringLiteral("q_df")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("excluded")).toArray(),
                 QJsonArray{QStringLiteral("Trial 1")});
        QVERIFY(result.value(QStringLiteral("corrected")).toArray().isEmpty());
        QCOMPARE(result.value(QStringLiteral("z")).toDouble(),
                 result.value(QStringLiteral("stat")).toDouble());
        QCOMPARE(result.value(QStringLiteral("weights"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("weight_percent")),
                 QJsonValue(0.0));
    }

    // RevMan 5 adds 0.5 to zero-cell tables inside the MH sums and drops Yucel 2004 (no
    // events): metafor's rma.mh(add = c(1/2, 1/2), to = c("only0", "only0"),
    // drop00 = c(TRUE, TRUE)) gives k = 17 and OR 0.3171 on dat.nielweise2007; without it,
    // 0.2986.
    void followsRevManForZeroCellsWhenAsked()
    {
        const QStringList options{
            QStringLiteral("--input"),   referenceData + QStringLiteral("nielweise2007.csv"),
            QStringLiteral("--measure"), QStringLiteral("OR"),
            QStringLiteral("--method"),  QStringLiteral("MH"),
            QStringLiteral("--format"),  QStringLiteral("json")};
        const ProgramRun metafor = pool(options);
        const ProgramRun revman =
            pool(options + QStringList{QStringLiteral("--revman-zero-cells")});
        QCOMPARE(metafor.exitCode, 0);
        QCOMPARE(revman.exitCode, 0);
        const QJsonObject m = QJsonDocument::fromJson(metafor.out).object();
        const QJsonObject r = QJsonDocument::fromJson(revman.out).object();
        QCOMPARE(qRound(m.value(QStringLiteral("estimate")).toDouble() * 10000), 2986);
        QCOMPARE(qRound(r.value(QStringLiteral("estimate")).toDouble() * 10000), 3171);
        QCOMPARE(m.value(QStringLiteral("k")).toInt(), 18);
        QCOMPARE(r.value(QStringLiteral("k")).toInt(), 17);
        QVERIFY(r.value(QStringLiteral("revman_zero_cells")).toBool());
    }

    void printsSubgroupsAndTheirTest()
    {
        const ProgramRun run =
            pool({QStringLiteral("--input"), referenceData + QStringLiteral("bcg_alloc.csv"),
                  QStringLiteral("--measure"), QStringLiteral("RR"), QStringLiteral("--method"),
                  QStringLiteral("MH"), QStringLiteral("--random"), QStringLiteral("--format"),
                  QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        const QJsonArray subgroups = result.value(QStringLiteral("subgroups")).toArray();
        QCOMPARE(subgroups.size(), 3);
        QStringList names;
        int k = 0;
        for (const QJsonValue &subgroup : subgroups) {
            names.append(subgroup.toObject().value(QStringLiteral("subgroup")).toString());
            k += subgroup.toObject().value(QStringLiteral("k")).toInt();
            QVERIFY(subgroup.toObject().contains(QStringLiteral("tau2")));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("random"), QStringLiteral("alternate"),
                                     QStringLiteral("systematic")}));
        QCOMPARE(k, 13);
        QCOMPARE(result.value(QStringLiteral("q_between_df")).toInt(), 2);
        QVERIFY(result.value(QStringLiteral("q_between")).toDouble() > 0);
        QVERIFY(result.value(QStringLiteral("random")).toBool());

        const ProgramRun text =
            pool({QStringLiteral("--input"), referenceData + QStringLiteral("bcg_alloc.csv"),
                  QStringLiteral("--measure"), QStringLiteral("RR"), QStringLiteral("--method"),
                  QStringLiteral("MH")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("--- Subgroup: alternate ---"));
        QVERIFY(text.out.contains("Test for subgroup differences: Q(df = 2) = "));
        QVERIFY(text.out.contains("Test for overall effect: Z = "));
    }

    void poolsMeansAsStandardisedMeanDifferences()
    {
        const ProgramRun run =
            pool({QStringLiteral("--input"), referenceData + QStringLiteral("normand1999.csv"),
                  QStringLiteral("--measure"), QStringLiteral("SMD"), QStringLiteral("--method"),
                  QStringLiteral("REML"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("k")).toInt(), 9);
        // metafor: escalc("SMD", ...) + rma(method = "REML") on dat.normand1999: -0.5371.
        QCOMPARE(qRound(result.value(QStringLiteral("estimate")).toDouble() * 10000), -5371);
    }

    void fixedEffectHasNoPredictionIntervalAndUsesZ()
    {
        const ProgramRun run =
            pool({QStringLiteral("--input"), referenceData + QStringLiteral("bcg.csv"),
                  QStringLiteral("--measure"), QStringLiteral("OR"), QStringLiteral("--method"),
                  QStringLiteral("FE"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("test")).toString(), QStringLiteral("z"));
        QVERIFY(result.value(QStringLiteral("df")).isNull());
        QVERIFY(result.value(QStringLiteral("pi_low")).isNull());
        QCOMPARE(result.value(QStringLiteral("tau2")).toDouble(), 0.0);
    }

    void namesTheCorrectedStudies()
    {
        const ProgramRun run =
            pool({QStringLiteral("--input"), referenceData + QStringLiteral("double_zero.csv"),
                  QStringLiteral("--measure"), QStringLiteral("RD"), QStringLiteral("--method"),
                  QStringLiteral("DL"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray corrected =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("corrected")).toArray();
        QCOMPARE(corrected, QJsonArray{QStringLiteral("Trial 1")});
    }

    void printsAReadableSummaryByDefault()
    {
        const ProgramRun run =
            pool({QStringLiteral("--input"), referenceData + QStringLiteral("bcg.csv"),
                  QStringLiteral("--measure"), QStringLiteral("RR"), QStringLiteral("--method"),
                  QStringLiteral("DL")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(
            text.contains(QStringLiteral("Random-effects model (tau^2 estimator: DL) (k = 13)")));
        QVERIFY(text.contains(QStringLiteral("Test for Heterogeneity:")));
        QVERIFY(text.contains(QStringLiteral("Risk ratio:")));
        // Each weight reads "percent%  study", not "percent  study%".
        static const QRegularExpression weightLine(QStringLiteral("^ +\\d+\\.\\d\\d%  \\S"),
                                                   QRegularExpression::MultilineOption);
        QCOMPARE(text.count(weightLine), 13);
        QVERIFY(!text.contains(QStringLiteral("1948%")));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        const QStringList reml{QStringLiteral("--measure"), QStringLiteral("OR"),
                               QStringLiteral("--method"), QStringLiteral("REML")};
        QTest::newRow("missing column")
            << QStringLiteral("study,events_t,total_t,total_c\nA,1,10,10\n") << reml
            << QStringLiteral(":1: missing column(s) events_c");
        QTest::newRow("not a number")
            << QStringLiteral(
                   "study,events_t,total_t,events_c,total_c\nA,1,10,2,10\nB,x1,10,2,10\n")
            << reml << QStringLiteral(":3: column 2 (events_t): 'x1' is not a whole number");
        QTest::newRow("events above total")
            << QStringLiteral(
                   "study,total_t,events_t,events_c,total_c\nA,10,1,2,10\nB,10,3,12,10\n")
            << reml
            << QStringLiteral(":3: column 4 (events_c): 12 events is more than the total of 10");
        QTest::newRow("ci reversed")
            << QStringLiteral("study,estimate,ci_low,ci_high\nA,0.5,0.3,0.9\nB,0.8,1.2,0.6\n")
            << reml << QStringLiteral(":3: column 3 (ci_low): ci_low 1.2 is above ci_high 0.6");
        QTest::newRow("ratio not above 0")
            << QStringLiteral("study,estimate,ci_low,ci_high\nA,0.5,0.3,0.9\nB,0,0.1,0.6\n") << reml
            << QStringLiteral(":3: column 2 (estimate): a ratio must be above 0");
        QTest::newRow("one study for REML")
            << QStringLiteral("study,estimate,ci_low,ci_high\nA,0.5,0.3,0.9\n") << reml
            << QStringLiteral(":2: a random-effects model (REML) needs at least 2 studies; the "
                              "file has 1");
        QTest::newRow("unterminated quote")
            << QStringLiteral("study,estimate,ci_low,ci_high\n\"A,0.5,0.3,0.9\n") << reml
            << QStringLiteral("not valid CSV");
        QTest::newRow("too few fields")
            << QStringLiteral("study,estimate,ci_low,ci_high\nA,0.5,0.3\n") << reml
            << QStringLiteral(":2: 3 fields, but the header has 4");
        QTest::newRow("HKSJ with FE")
            << QStringLiteral("study,estimate,ci_low,ci_high\nA,0.5,0.3,0.9\nB,0.6,0.3,0.9\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("OR"),
                           QStringLiteral("--method"), QStringLiteral("FE"),
                           QStringLiteral("--hksj")}
            << QStringLiteral("--hksj: the Hartung-Knapp adjustment applies to random-effects");
        const QStringList remlHksj = reml + QStringList{QStringLiteral("--hksj")};
        QTest::newRow("double-zero trials with HKSJ")
            << QStringLiteral("study,events_t,total_t,events_c,total_c\nA,0,40,0,40\nB,0,30,0,30\n")
            << remlHksj << QStringLiteral("every study has the same estimate");
        QTest::newRow("identical counts with HKSJ under DL")
            << QStringLiteral(
                   "study,events_t,total_t,events_c,total_c\nA,10,50,10,50\nB,10,50,10,50\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("OR"),
                           QStringLiteral("--method"), QStringLiteral("DL"),
                           QStringLiteral("--hksj")}
            << QStringLiteral("the Hartung-Knapp adjustment is undefined here");
        QTest::newRow("identical hazard ratios with HKSJ")
            << QStringLiteral("study,estimate,ci_low,ci_high\nA,2,1.5,2.67\nB,2,1.5,2.67\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("HR"),
                           QStringLiteral("--method"), QStringLiteral("REML"),
                           QStringLiteral("--hksj")}
            << QStringLiteral("every study has the same estimate");
        QTest::newRow("unknown measure")
            << QStringLiteral("study,estimate,ci_low,ci_high\nA,0.5,0.3,0.9\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("ROM"),
                           QStringLiteral("--method"), QStringLiteral("FE")}
            << QStringLiteral("--measure: 'ROM' is not one of OR, RR, RD, HR, MD, SMD");
        const QString counts =
            QStringLiteral("study,events_t,total_t,events_c,total_c\nA,1,10,2,10\nB,3,12,1,11\n");
        QTest::newRow("Peto with RR")
            << counts
            << QStringList{QStringLiteral("--measure"), QStringLiteral("RR"),
                           QStringLiteral("--method"), QStringLiteral("Peto")}
            << QStringLiteral("--method: Peto's method pools odds ratios (OR) only, not RR");
        QTest::newRow("MH with hazard ratios")
            << QStringLiteral("study,estimate,ci_low,ci_high\nA,0.5,0.3,0.9\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("HR"),
                           QStringLiteral("--method"), QStringLiteral("MH")}
            << QStringLiteral("--method: Mantel-Haenszel (MH) pools OR, RR or RD, not HR");
        QTest::newRow("MH with reported ratios")
            << QStringLiteral("study,estimate,ci_low,ci_high\nA,0.5,0.3,0.9\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("OR"),
                           QStringLiteral("--method"), QStringLiteral("MH")}
            << QStringLiteral("MH pools arm-level counts (events and totals of both arms), which "
                              "this input does not have");
        QTest::newRow("random with DL")
            << counts
            << QStringList{QStringLiteral("--measure"), QStringLiteral("OR"),
                           QStringLiteral("--method"), QStringLiteral("DL"),
                           QStringLiteral("--random")}
            << QStringLiteral("--random: random effects on Mantel-Haenszel data go with the MH "
                              "method");
        QTest::newRow("HKSJ with MH")
            << counts
            << QStringList{QStringLiteral("--measure"), QStringLiteral("OR"),
                           QStringLiteral("--method"), QStringLiteral("MH"),
                           QStringLiteral("--hksj")}
            << QStringLiteral("--hksj: the Hartung-Knapp adjustment applies to random-effects "
                              "models (DL, REML), not to MH pooling");
        QTest::newRow("RevMan's zero cells for RD")
            << counts
            << QStringList{QStringLiteral("--measure"), QStringLiteral("RD"),
                           QStringLiteral("--method"), QStringLiteral("MH"),
                           QStringLiteral("--revman-zero-cells")}
            << QStringLiteral("--method: RevMan's zero-cell correction inside Mantel-Haenszel is "
                              "offered for OR and RR only, not RD");
        QTest::newRow("RevMan's zero cells with FE")
            << counts
            << QStringList{QStringLiteral("--measure"), QStringLiteral("OR"),
                           QStringLiteral("--method"), QStringLiteral("FE"),
                           QStringLiteral("--revman-zero-cells")}
            << QStringLiteral("--revman-zero-cells: RevMan's zero-cell correction inside the "
                              "pooled estimate belongs to the MH method, not to FE");
        QTest::newRow("MH odds ratio undefined")
            << QStringLiteral("study,events_t,total_t,events_c,total_c\nA,0,10,2,10\nB,0,12,1,11\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("OR"),
                           QStringLiteral("--method"), QStringLiteral("MH")}
            << QStringLiteral("the Mantel-Haenszel odds ratio is undefined");
        QTest::newRow("SD of 0")
            << QStringLiteral("study,mean_t,sd_t,n_t,mean_c,sd_c,n_c\nA,5,1,10,4,1,10\n"
                              "B,5,0,10,4,1,10\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("MD"),
                           QStringLiteral("--method"), QStringLiteral("FE")}
            << QStringLiteral(":3: column 3 (sd_t): a standard deviation must be above 0");
        QTest::newRow("means need their columns")
            << QStringLiteral("study,mean_t,sd_t,n_t,mean_c,n_c\nA,5,1,10,4,10\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("SMD"),
                           QStringLiteral("--method"), QStringLiteral("FE")}
            << QStringLiteral(":1: missing column(s) sd_c; SMD needs the columns "
                              "study,mean_t,sd_t,n_t,mean_c,sd_c,n_c");
        QTest::newRow("standard error of 0")
            << QStringLiteral("study,log_estimate,se\nA,-0.5,0.2\nB,0.1,0\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("HR"),
                           QStringLiteral("--method"), QStringLiteral("FE")}
            << QStringLiteral(":3: column 3 (se): a standard error must be above 0");
        QTest::newRow("empty subgroup")
            << QStringLiteral("study,events_t,total_t,events_c,total_c,subgroup\n"
                              "A,1,10,2,10,X\nB,3,12,1,11,\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("OR"),
                           QStringLiteral("--method"), QStringLiteral("MH")}
            << QStringLiteral(":3: column 6 (subgroup): is empty");
        QTest::newRow("hazard ratios need ratio columns")
            << QStringLiteral("study,events_t,total_t,events_c,total_c\nA,1,10,2,10\n")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("HR"),
                           QStringLiteral("--method"), QStringLiteral("FE")}
            << QStringLiteral("HR needs the columns study,estimate,ci_low,ci_high");
    }

    void refusesBadInput()
    {
        QFETCH(QString, csv);
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv.toUtf8());
        file.close();
        const ProgramRun run = pool(QStringList{QStringLiteral("--input"), path} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // Input that is not clean UTF-8 CSV is refused at its line and column; CR-only line
    // endings count lines; a CI of no width and an empty file name their line.
    void refusesBytesThatAreNotCleanText_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        const QByteArray counts = "study,events_t,total_t,events_c,total_c\n";
        const QByteArray ratios = "study,estimate,ci_low,ci_high\n";
        QTest::newRow("NUL inside a number")
            << counts + QByteArray("A,4,12") + '\0' + QByteArray("3,11,139\nB,6,306,29,303\n")
            << QStringLiteral(":2:7: a NUL byte");
        QTest::newRow("Latin-1 byte") << ratios + "B,0.6,0.3,0.9\nA\xe9,0.5,0.3,0.9\n"
                                      << QStringLiteral(":3:2: a byte that is not UTF-8");
        QTest::newRow("CR-only line endings")
            << QByteArray("study,estimate,ci_low,ci_high\rA,0.5,0.3,0.9\rB,x,0.3,0.9\r")
            << QStringLiteral(":3: column 2 (estimate): 'x' is not a number");
        QTest::newRow("CI of no width") << ratios + "A,0.5,0.5,0.5\nB,0.6,0.3,0.9\n"
                                        << QStringLiteral(":2: column 3 (ci_low): ci_low equals "
                                                          "ci_high (0.5)");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral(":1: the file is empty");
        // Reading stops at the first bad line: the broken quote at the end is never reached.
        QTest::newRow("first bad line wins")
            << ratios + "A,x,0.3,0.9\nB,0.6,0.3,0.9\n\"C,0.5,0.3,0.9\n"
            << QStringLiteral(":2: column 2 (estimate): 'x' is not a number");
    }

    void refusesBytesThatAreNotCleanText()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const ProgramRun run =
            pool({QStringLiteral("--input"), path, QStringLiteral("--measure"),
                  QStringLiteral("OR"), QStringLiteral("--method"), QStringLiteral("DL")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.contains(path + message), qPrintable(run.err));
    }

    void refusesAnInputLargerThan64MiB()
    {
        const ProgramRun run = pool({QStringLiteral("--input"), QStringLiteral("/dev/zero"),
                                     QStringLiteral("--measure"), QStringLiteral("OR"),
                                     QStringLiteral("--method"), QStringLiteral("FE")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("/dev/zero: the file is larger than 64 MiB")),
                 qPrintable(run.err));
    }

    // A % in a folder or file name must reach the message as it is.
    void namesAPathHoldingPercentSigns()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("pct%1dir")));
        const QString path = m_dir.filePath(QStringLiteral("pct%1dir/data%2.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("study,estimate,ci_low,ci_high\nA,0.5,0.3,0.9\nB,0.6,0.3\n");
        file.close();
        const ProgramRun run =
            pool({QStringLiteral("--input"), path, QStringLiteral("--measure"),
                  QStringLiteral("OR"), QStringLiteral("--method"), QStringLiteral("DL")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path + QStringLiteral(":3: 3 fields, but the header has 4")),
                 qPrintable(run.err));
    }

    void refusesAMissingFile()
    {
        const ProgramRun run =
            pool({QStringLiteral("--input"), QStringLiteral("/nonexistent/x.csv"),
                  QStringLiteral("--measure"), QStringLiteral("OR"), QStringLiteral("--method"),
                  QStringLiteral("FE")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("/nonexistent/x.csv: cannot read the file")));
    }

    void warnsAboutAnEstimateOutsideItsCiAndPoolsIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("outside.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("study,estimate,ci_low,ci_high\nA,0.5,0.3,0.9\nB,1.5,0.3,0.9\n");
        file.close();
        const ProgramRun run =
            pool({QStringLiteral("--input"), path, QStringLiteral("--measure"),
                  QStringLiteral("OR"), QStringLiteral("--method"), QStringLiteral("DL"),
                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.err.contains(QStringLiteral(":3: estimate 1.5 lies outside its CI [0.3, 0.9]")),
            qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("k")).toInt(), 2);
    }

private:
    ProgramRun pool(const QStringList &options) const
    {
        return runEvidenceBrowser(QStringList{QStringLiteral("pool")} + options, m_dir.path());
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPoolCommand)
#include "tst_poolcommand.moc"
