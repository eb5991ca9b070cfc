// SPDX-License-Identifier: MIT
#include "common/BundledData.h"
#include "ui/StudyDetailHtml.h"

#include <QTemporaryDir>
#include <QTest>

using namespace eb;

class TestStudyDetailHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = loadBundledDataset(m_dir.filePath(QStringLiteral("d.sqlite")));
        m_view = DatasetView(m_dataset);
    }

    void showsNumbersQuotesAndCaveats_data()
    {
        QTest::addColumn<QString>("studyId");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("hazard ratios with quotes")
            << QStringLiteral("hcc-resection-cohort")
            << QStringList{QStringLiteral("HR 0.308 (95% CI 0.175–0.541), p&lt;0.001"),
                           QStringLiteral("HR 0.381 (95% CI 0.229–0.633)"),
                           QStringLiteral("hazard ratio [HR]=0.308, 95% CI 0.175–0.541"),
                           QStringLiteral("unmeasured confounding"),
                           QStringLiteral("median 60 months")};
        QTest::newRow("unknown sizes read not reported")
            << QStringLiteral("cirrhosis-rct")
            << QStringList{QStringLiteral("<i>not reported</i>"), QStringLiteral("1.7%"),
                           QStringLiteral("2.1%"), QStringLiteral("no numbers reported"),
                           QStringLiteral("“similar viral suppression")};
        QTest::newRow("words against numbers")
            << QStringLiteral("ifn-meta")
            << QStringList{QStringLiteral("<b>OR 0.54 (95% CI 0.30–0.97)</b>"),
                           QStringLiteral("Comparison [CI] <span style='font-weight:normal; "
                                          "font-size:small'>p <i>not reported</i>"),
                           QStringLiteral("numerically worse"),
                           QStringLiteral("the whole interval lies below 1"),
                           QStringLiteral("CI, level not stated, 2.05–6.71"),
                           QStringLiteral("“Complete Response: OR=0.54 (95% CI 0.30–0.97)"),
                           QStringLiteral("— Source document"),
                           QStringLiteral("From the abstract of <a "
                                          "href='https://doi.org/10.1016/j.antiviral.2007.10.014'>"
                                          "Yang 2008</a>, as summarised by Evidence Browser"),
                           QStringLiteral("Note (Evidence Browser): The document omits these "
                                          "results.")};
        QTest::newRow("a range is a range")
            << QStringLiteral("na-range") << QStringList{QStringLiteral("60–90% (a range)")};
        QTest::newRow("counts with their percentages")
            << QStringLiteral("you-2006-rct")
            << QStringList{QStringLiteral("9/29 (31.0%)"), QStringLiteral("15/33 (45.5%)"),
                           QStringLiteral("1/30"),
                           QStringLiteral("From the abstract of <a "
                                          "href='https://doi.org/10.3748/wjg.v12.i41.6715'>You "
                                          "2006</a>, as summarised by Evidence Browser")};
        QTest::newRow("classifications are ours")
            << QStringLiteral("tace-study")
            << QStringList{QStringLiteral("(classified by Evidence Browser)"),
                           QStringLiteral("Classified by Evidence Browser"),
                           QStringLiteral("says only &quot;at 3 months&quot;")};
    }

    void showsNumbersQuotesAndCaveats()
    {
        QFETCH(QString, studyId);
        QFETCH(QStringList, fragments);
        const QString html = htmlOf(studyId, true);
        for (const QString &fragment : fragments)
            QVERIFY2(html.contains(fragment), qPrintable(fragment));
    }

    // Each warning once: the audit's words-vs-numbers finding on OR 0.54 is the stored
    // caveat, marked as found by the check too, not a second box.
    void showsEachWarningOnce()
    {
        const QString meta = htmlOf(QStringLiteral("ifn-meta"), true);
        const qsizetype value = meta.indexOf(QStringLiteral("OR 0.54 (95% CI 0.30–0.97)"));
        const qsizetype caveat = meta.indexOf(QStringLiteral("the whole interval lies below 1"));
        QVERIFY(value > 0 && caveat > value);
        QCOMPARE(meta.count(QStringLiteral("the whole interval lies below 1")), 1);
        QVERIFY(!meta.contains(QStringLiteral("⚑ Integrity check")));
        QCOMPARE(meta.count(QStringLiteral("the integrity check finds the same")), 1);
        QVERIFY(
            !htmlOf(QStringLiteral("hcc-resection-cohort"), true).contains(QStringLiteral("⚑")));
    }

    // A line of our summary of an abstract is never in quotation marks, and no note of ours
    // is inside a quotation.
    void summariesAndNotesAreNotQuotations()
    {
        for (const Study &study : m_dataset.studies) {
            const QString html = htmlOf(study.id, true);
            for (const char *summary : {"“316 patients", "“At the end", "“22.8% is",
                                        "“Complete response (ALT", "“62 HBeAg"})
                QVERIFY2(!html.contains(QString::fromUtf8(summary)), summary);
            for (const char *remark :
                 {"HBeAg; the document calls it &quot;", "— the figures the document",
                  "The document omits these.</div>"})
                QVERIFY2(!html.contains(QString::fromUtf8(remark)), remark);
        }
        const QString japanese = htmlOf(QStringLiteral("jp-chb-rct"), true);
        QVERIFY(japanese.contains(
            QStringLiteral("The 0.8 mg group had similar efficacy rates <span "
                           "style='color:#5b2c83'>Note (Evidence Browser): The abstract gives no "
                           "figures for the 0.8 mg group.")));
        QVERIFY(japanese.contains(QStringLiteral("Japan <span style='color:#555'>(classified by "
                                                 "Evidence Browser)</span>")));
    }

    // A clinician reads the results first: the table, then design, limitations and sources.
    void showsResultsFirst_data()
    {
        QTest::addColumn<QString>("studyId");
        for (const Study &study : m_dataset.studies)
            QTest::newRow(qPrintable(study.id)) << study.id;
    }

    void showsResultsFirst()
    {
        QFETCH(QString, studyId);
        const QString html = htmlOf(studyId, true);
        const qsizetype results = html.indexOf(QStringLiteral("<th align=left>Result</th>"));
        const qsizetype design = html.indexOf(QStringLiteral("Design and population"));
        const qsizetype sources = html.indexOf(QStringLiteral("'>Sources <a "));
        QVERIFY(results > 0 && design > results && sources > design);
        const qsizetype limitations = html.indexOf(QStringLiteral(">Limitations</h4>"));
        QVERIFY(limitations < 0 || (limitations > design && limitations < sources));
    }

    // Every quote once, numbered, however many values it backs (You 2006's design line backs
    // eleven), and the values it backs named beside it.
    void showsEachQuoteOnceWithWhatItBacks()
    {
        const QString html = htmlOf(QStringLiteral("you-2006-rct"), true);
        QCOMPARE(html.count(QStringLiteral("62 HBeAg- and HBV DNA-positive patients")), 1);
        QCOMPARE(html.count(QStringLiteral("end of treatment 9/29 (31.0%) vs 15/33")), 1);
        QVERIFY(html.contains(QStringLiteral("[1] <i>From the abstract")));
        QVERIFY(html.contains(QStringLiteral("(backs: Complete response, End of 6 months of "
                                             "treatment; Complete response, End of follow-up")));
        QVERIFY(html.contains(QStringLiteral("doi:10.3748/wjg.v12.i41.6715</a>")));
        // The review article has no DOI: its name is plain text, not a link that does nothing.
        QVERIFY(!htmlOf(QStringLiteral("hcc-resection-cohort"), true)
                     .contains(QStringLiteral("<a href='https:")));
    }

    // Collapsed, the sources are one line of who said what, with a link that shows them.
    void hidesQuotesOnRequest()
    {
        const QString fragment = QStringLiteral("hazard ratio [HR]=0.308");
        QVERIFY(htmlOf(QStringLiteral("hcc-resection-cohort"), true).contains(fragment));
        const QString collapsed = htmlOf(QStringLiteral("hcc-resection-cohort"), false);
        QVERIFY(!collapsed.contains(fragment));
        QVERIFY(collapsed.contains(QStringLiteral("<b>Sources:</b> <span style='color:#555'>"
                                                  "[1,2,3,4,5]</span> Source document")));
        QVERIFY(collapsed.contains(StudyDetailHtml::toggleQuotesLink().toString() +
                                   QStringLiteral("' style='font-weight:normal; font-size:small'>"
                                                  "show the 5 quotes with what each backs</a>")));
        const QString japanese = htmlOf(QStringLiteral("jp-chb-rct"), false);
        QVERIFY(japanese.contains(QStringLiteral("[1,3,5,6,8]</span> Source document · <span "
                                                 "style='color:#555'>[2,4,7,9,10]</span> <a "
                                                 "href='https://doi.org/")));
        // What was classified stays on the page; why, with the quotes.
        QVERIFY(japanese.contains(QStringLiteral("Japanese chronic hepatitis B trial, country")));
    }

    // An arm says what the source gives and names together what it does not.
    void namesTheArmFieldsNotReportedTogether()
    {
        const QString html = htmlOf(QStringLiteral("jp-chb-rct"), false);
        QVERIFY(html.contains(QStringLiteral("dose 0.8 mg · duration 24 weeks · schedule and n "
                                             "<i>not reported</i>")));
        QVERIFY(
            htmlOf(QStringLiteral("cirrhosis-rct"), false)
                .contains(QStringLiteral("dose, schedule, duration and n <i>not reported</i>")));
    }

    // A p-value the source does not give is said once, not on every line.
    void saysOnceThatNoPValueIsReported()
    {
        const QString meta = htmlOf(QStringLiteral("ifn-meta"), false);
        QCOMPARE(meta.count(QStringLiteral("not reported</i>")),
                 meta.count(QStringLiteral("Country:</b> <i>not reported</i>")) +
                     meta.count(QStringLiteral("n <i>not reported</i>")) + 1);
        const QString cohort = htmlOf(QStringLiteral("hcc-resection-cohort"), false);
        QVERIFY(cohort.contains(QStringLiteral("p&lt;0.001")));
        QVERIFY(!cohort.contains(QStringLiteral("p <i>not reported")));
    }

private:
    QString htmlOf(const QString &studyId, bool showQuotes) const
    {
        for (const Study &study : m_dataset.studies)
            if (study.id == studyId)
                return StudyDetailHtml(m_view, showQuotes).html(study);
        return QString();
    }

    QTemporaryDir m_dir;
    Dataset m_dataset;
    DatasetView m_view;
};

QTEST_GUILESS_MAIN(TestStudyDetailHtml)
#include "tst_studydetailhtml.moc"
