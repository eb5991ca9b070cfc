// SPDX-License-Identifier: MIT
// The `summary` command's contract, checked on the built program run headless: text, JSON
// and HTML on the bundled database, --condition, and usage errors.
#include "common/ProgramRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSummaryCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void printsTextByDefault()
    {
        const ProgramRun run = summary({});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.startsWith(u"Educational, not medical advice."_s), qPrintable(text));
        QVERIFY(text.contains(u"Summary of findings · All studies (dataset "_s));
        QVERIFY(text.contains(u"Reading: Favours interferon-alpha\n"_s));
        QVERIFY(text.contains(u"Effect: No effect, CI or counts reported: rates only\n"
                              "     Rates: ETV + Tα1 1.7% vs ETV 2.1%\n"_s));
        QVERIFY(text.simplified().contains(
            u"Source: Tier 3 (probable efficacy), for the therapy as a whole"_s));
        QCOMPARE(summary({u"--format"_s, u"text"_s}).out, run.out);
    }

    void jsonHasARowForEveryComparison()
    {
        const ProgramRun run = summary({u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject result = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(result.value(u"disclaimer"_s).toString().startsWith(u"Educational"_s));
        QVERIFY(run.out.startsWith("{\n    \"disclaimer\": \"Educational, not medical advice. "));
        QCOMPARE(result.value(u"source_rating"_s).toObject().value(u"label"_s).toString(),
                 u"Tier 3 (probable efficacy)"_s);
        QHash<QString, QJsonObject> byEffect;
        int comparisons = 0;
        for (const QJsonValue &value : result.value(u"questions"_s).toArray()) {
            const QJsonObject question = value.toObject();
            comparisons += int(!question.value(u"single_group"_s).toBool());
            for (const QJsonValue &line : question.value(u"lines"_s).toArray()) {
                QStringList keys = line.toObject().keys();
                keys.sort();
                QCOMPARE(keys, (QStringList{u"caveats"_s, u"certainty"_s, u"control_rate"_s,
                                            u"design"_s, u"disagreements"_s, u"effect"_s,
                                            u"effect_computed_from_counts"_s, u"effect_id"_s,
                                            u"favours"_s, u"method"_s, u"other_time_points"_s,
                                            u"participants"_s, u"reading"_s, u"reading_rule"_s,
                                            u"source_words"_s, u"study"_s, u"study_id"_s,
                                            u"treatment_rate"_s}));
                byEffect.insert(line.toObject().value(u"effect_id"_s).toString(), line.toObject());
            }
        }
        // The bundled data's comparisons: 6 Tα1 vs IFN-α, 3 Tα1 + ETV vs ETV, 2 HCC survival.
        QCOMPARE(comparisons, 11);
        QCOMPARE(byEffect.value(u"ifn-meta-complete-eot"_s).value(u"reading"_s).toString(),
                 u"Favours interferon-alpha"_s);
        QCOMPARE(byEffect.value(u"ifn-meta-complete-fu"_s).value(u"reading"_s).toString(),
                 u"Favours thymosin alpha-1 (CI level not stated)"_s);
        QCOMPARE(byEffect.value(u"ifn-meta-virologic-eot"_s).value(u"reading_rule"_s).toString(),
                 u"no-clear-difference"_s);
        QCOMPARE(byEffect.value(u"ifn-meta-biochemical-eot"_s).value(u"reading_rule"_s).toString(),
                 u"no-clear-difference"_s);
        const QJsonObject hcc = byEffect.value(u"cirrhosis-rct-hcc"_s);
        QCOMPARE(hcc.value(u"reading_rule"_s).toString(), u"direction-only"_s);
        QVERIFY(hcc.value(u"effect"_s).isNull());
        QCOMPARE(hcc.value(u"treatment_rate"_s).toString(), u"1.7%"_s);
        QVERIFY(
            hcc.value(u"source_words"_s).toString().contains(u"not statistically significant"_s));
        QVERIFY(byEffect.value(u"hcc-resection-cohort-os"_s)
                    .value(u"reading"_s)
                    .toString()
                    .contains(u"association, not proven effect"_s));
    }

    void htmlIsOneSelfContainedPage()
    {
        const ProgramRun run = summary({u"--format"_s, u"html"_s, u"--condition"_s, u"HBV"_s});
        QCOMPARE(run.exitCode, 0);
        const QString html = QString::fromUtf8(run.out);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        // The disclaimer is the first thing in the body, the sources the last section.
        const qsizetype body = html.indexOf(u"<body>"_s);
        QCOMPARE(html.indexOf(u"<p class=\"disclaimer\"><b>Educational, not medical advice.</b>"_s,
                              body),
                 body + 7);
        QVERIFY(html.indexOf(u"<h2>Sources</h2>"_s) > html.indexOf(u"</table>"_s));
        QVERIFY(html.contains(u"@page { size: A4"_s));
        QVERIFY(html.contains(u"Summary of findings · Chronic hepatitis B"_s));
        QVERIFY(!html.contains(u"Hepatocellular carcinoma"_s));
        // Nothing to fetch: no scripts, stylesheets, images or links the page needs.
        static const QRegularExpression external(u"<(script|link|img|iframe)\\b|src="_s);
        QVERIFY(!external.match(html).hasMatch());
        QVERIFY(!html.contains(u"href=\"study:"_s));
    }

    void refusesWhatItCannotDo()
    {
        ProgramRun run = summary({u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--format: unsupported format 'csv'; summary writes text or "
                                 "json or html"_s));
        QVERIFY(run.out.isEmpty());
        run = summary({u"--condition"_s, u"nonesuch"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"unknown condition 'nonesuch'"_s));
    }

    void failsOnAFileThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(u"not-sqlite.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not an SQLite database, just some text that is long enough.\n");
        file.close();
        const ProgramRun run =
            runEvidenceBrowser({u"summary"_s, u"--database"_s, path}, m_dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QFile unchanged(path);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QVERIFY(unchanged.readAll().startsWith("this is not an SQLite database"));
    }

private:
    ProgramRun summary(const QStringList &options)
    {
        return runEvidenceBrowser(
            QStringList{u"summary"_s, u"--database"_s, m_dir.filePath(u"evidence.sqlite"_s)} +
                options,
            m_dir.path());
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSummaryCommand)
#include "tst_summarycommand.moc"
