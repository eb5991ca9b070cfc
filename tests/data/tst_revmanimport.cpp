// SPDX-License-Identifier: MIT
// Importing a RevMan 5 review: the example review's stored pooled results equal what our own
// pooling computes from its study data, the declared encoding is honoured, and every
// malformed file is refused with its place and nothing written.
#include "common/FileHash.h"
#include "core/forest/ForestPlan.h"
#include "core/stats/SubgroupAnalysis.h"
#include "data/Database.h"
#include "data/EvidenceImporter.h"
#include "data/ImportFileReader.h"
#include "data/ImportProblem.h"
#include "data/RevManReader.h"
#include "data/SchemaMigrator.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace eb;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString examplePath = QStringLiteral(EB_SOURCE_DIR "/resources/examples/drug-a-review.rm5");

// Half a unit in the last printed digit: "0.549309" 5e-7, "3.68448e-06" 5e-12, "5" 0.5.
double halfUnitInLastPlace(const QString &printed)
{
    static const QRegularExpression number(
        QStringLiteral("^-?\\d+(?:\\.(\\d+))?(?:[eE]([-+]?\\d+))?$"));
    const QRegularExpressionMatch match = number.match(printed);
    if (!match.hasMatch())
        return 0.0;
    const int decimals = int(match.captured(1).size());
    const int exponent = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    return 0.5 * std::pow(10.0, exponent - decimals);
}

// The stored number agrees with ours to the digits the file prints.
void compareToPrinted(const char *name, double ours, const OptionalNumber &stored)
{
    QVERIFY2(stored.has_value(), name);
    const double tolerance = halfUnitInLastPlace(stored->printed) * (1 + 1e-9);
    QVERIFY2(std::abs(ours - stored->value) <= tolerance,
             qPrintable(QStringLiteral("%1: ours %2, the file's %3")
                            .arg(QLatin1StringView(name))
                            .arg(ours, 0, 'g', 10)
                            .arg(stored->printed)));
}

// The studies of an analysis (or of its subgroups) as our pooling reads them.
PoolingInput inputOf(const Dataset &dataset, const ReviewAnalysis &analysis, Measure measure)
{
    QSet<QString> ids{analysis.id};
    for (const ReviewAnalysis &other : dataset.reviewAnalyses)
        if (other.parentId == analysis.id)
            ids.insert(other.id);
    PoolingInput input;
    for (const Study &study : dataset.studies) {
        const Outcome *treated = nullptr;
        const Outcome *control = nullptr;
        for (const Arm &arm : study.arms)
            for (const Outcome &outcome : arm.outcomes)
                if (ids.contains(outcome.analysisId))
                    (arm.role == u"treatment" ? treated : control) = &outcome;
        if (!treated || !control)
            continue;
        if (analysis.dataType == u"dichotomous") {
            const ArmCounts counts{*treated->events, *treated->total, *control->events,
                                   *control->total};
            input.counts.push_back(counts);
            input.studies.push_back(estimateFromCounts(study.name, measure, counts));
        } else {
            input.studies.push_back(
                estimateFromMeans(study.name, measure,
                                  {treated->mean->value, treated->sd->value, *treated->total,
                                   control->mean->value, control->sd->value, *control->total}));
        }
    }
    return input;
}

// A review that imports, written one element a line so that places are predictable; each
// malformed case edits it.
QByteArray validReview()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<COCHRANE_REVIEW>
<COVER_SHEET><TITLE>A review</TITLE></COVER_SHEET>
<STUDIES_AND_REFERENCES><STUDIES><INCLUDED_STUDIES>
<STUDY ID="STD-Smith-2001" NAME="Smith 2001" YEAR="2001"/>
<STUDY ID="STD-Jones-2003" NAME="Jones 2003" YEAR="2003"/>
</INCLUDED_STUDIES></STUDIES></STUDIES_AND_REFERENCES>
<ANALYSES_AND_DATA>
<COMPARISON ID="CMP-001" NO="1"><NAME>A versus B</NAME>
<DICH_OUTCOME EFFECT_MEASURE="RR" METHOD="MH" NO="1" RANDOM="NO" P_Z="0.5">
<NAME>Death</NAME>
<DICH_DATA EVENTS_1="3" EVENTS_2="5" STUDY_ID="STD-Smith-2001" TOTAL_1="30" TOTAL_2="30"/>
<DICH_DATA EVENTS_1="4" EVENTS_2="6" STUDY_ID="STD-Jones-2003" TOTAL_1="40" TOTAL_2="41"/>
</DICH_OUTCOME>
</COMPARISON>
</ANALYSES_AND_DATA>
</COCHRANE_REVIEW>
)"_ba;
}

QByteArray replaced(QByteArray text, const QByteArray &before, const QByteArray &after)
{
    Q_ASSERT(text.contains(before));
    return text.replace(before, after);
}

} // namespace

class TestRevManImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_review = readImportFile(examplePath);
    }

    void readsTheExampleReview()
    {
        QCOMPARE(m_review.studies.size(), 8);
        QCOMPARE(m_review.reviewAnalyses.size(), 7); // 5 outcomes, 2 subgroups
        QCOMPARE(m_review.sources.size(), 1);
        QVERIFY(m_review.sources[0].title.startsWith(u"Drug A for chronic hepatitis B"));
        const Study &alvarez = m_review.studies[0];
        QCOMPARE(alvarez.name, u"Alvarez 2001"_s);
        QCOMPARE(alvarez.kind, u"trial"_s);
        // Comparison 1: "Drug A" and "Placebo"; first outcome 4/60 against 9/58.
        QCOMPARE(alvarez.arms[0].label, u"Drug A"_s);
        QCOMPARE(alvarez.arms[1].label, u"Placebo"_s);
        QCOMPARE(*alvarez.arms[0].outcomes[0].events, 4);
        QCOMPARE(*alvarez.arms[0].outcomes[0].total, 60);
        QCOMPARE(*alvarez.arms[1].outcomes[0].events, 9);
        QCOMPARE(*alvarez.arms[1].outcomes[0].total, 58);
        // The continuous outcome: 42.1 (SD 15.3, n 58) against 51.7 (17.9, 56).
        const Outcome &alt = alvarez.arms[0].outcomes[2];
        QCOMPARE(alt.mean->printed, u"42.1"_s);
        QCOMPARE(alt.sd->printed, u"15.3"_s);
        QCOMPARE(*alt.total, 58);
        const ReviewAnalysis &failure = m_review.reviewAnalyses[1];
        QCOMPARE(failure.outcome, u"Treatment failure"_s);
        QCOMPARE(failure.measure, u"OR"_s);
        QCOMPARE(failure.method, u"MH"_s);
        QCOMPARE(failure.model, u"random"_s);
        QCOMPARE(failure.graphLabel1, u"Favours drug A"_s);
        QCOMPARE(failure.graphLabel2, u"Favours placebo"_s);
        QCOMPARE(m_review.reviewAnalyses[2].subgroup, u"Low dose"_s);
        QCOMPARE(m_review.reviewAnalyses[2].parentId, failure.id);
        // Every number cites the element it was read from, as a file value.
        const QuoteIndex quotes = m_review.quoteIndex();
        const Quote *cited = quotes.value(alvarez.arms[0].outcomes[0].citations[0].quoteId).quote;
        QVERIFY(cited);
        QCOMPARE(cited->wording, u"file_value"_s);
        QCOMPARE(cited->text, u"ANALYSES_AND_DATA/COMPARISON[NO=1]/DICH_OUTCOME[NO=1]/"
                              "DICH_DATA[STUDY_ID=STD-Alvarez-2001]: STUDY_ID=\"STD-Alvarez-2001\" "
                              "EVENTS_1=\"4\" TOTAL_1=\"60\" EVENTS_2=\"9\" TOTAL_2=\"58\""_s);
    }

    // RevMan writes ISO-8859-1: the byte E9 of "Ménard" is é.
    void honoursTheDeclaredEncoding()
    {
        QFile file(examplePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("M\xe9nard 2008"));
        QCOMPARE(m_review.studies[4].name, u"M\u00e9nard 2008"_s);

        const QByteArray latin1 = replaced(replaced(validReview(), "UTF-8", "ISO-8859-1"),
                                           "Smith 2001", "S\xe9ville 2001");
        QCOMPARE(RevManReader::read(latin1, u"in.rm5"_s).studies[0].name, u"S\u00e9ville 2001"_s);
    }

    // A generic inverse variance outcome: each study's contrast and standard error as an
    // effect, the measure named by the outcome's EFFECT_MEASURE element.
    void readsGenericInverseVarianceData()
    {
        QByteArray xml = validReview();
        xml = replaced(xml, "<DICH_OUTCOME EFFECT_MEASURE=\"RR\" METHOD=\"MH\"",
                       "<IV_OUTCOME METHOD=\"IV\"");
        xml = replaced(xml, "</DICH_OUTCOME>", "</IV_OUTCOME>");
        xml = replaced(xml, "<NAME>Death</NAME>",
                       "<NAME>Death</NAME>\n<EFFECT_MEASURE>HR</EFFECT_MEASURE>");
        xml = replaced(xml,
                       "<DICH_DATA EVENTS_1=\"3\" EVENTS_2=\"5\" STUDY_ID=\"STD-Smith-2001\" "
                       "TOTAL_1=\"30\" TOTAL_2=\"30\"/>",
                       "<IV_DATA EFFECT_SIZE=\"0.72\" SE=\"0.15\" STUDY_ID=\"STD-Smith-2001\"/>");
        xml = replaced(xml,
                       "<DICH_DATA EVENTS_1=\"4\" EVENTS_2=\"6\" STUDY_ID=\"STD-Jones-2003\" "
                       "TOTAL_1=\"40\" TOTAL_2=\"41\"/>",
                       "<IV_DATA EFFECT_SIZE=\"0.85\" SE=\"0.2\" STUDY_ID=\"STD-Jones-2003\"/>");
        const Dataset dataset = RevManReader::read(xml, u"iv.rm5"_s);
        QCOMPARE(dataset.reviewAnalyses.size(), 1);
        QCOMPARE(dataset.reviewAnalyses[0].dataType, u"inverse_variance"_s);
        QCOMPARE(dataset.reviewAnalyses[0].measure, u"HR"_s);
        const Effect &smith = dataset.studies[0].effects.at(0);
        QCOMPARE(smith.measure, u"HR"_s);
        QCOMPARE(smith.estimate->printed, u"0.72"_s);
        QCOMPARE(smith.standardError->printed, u"0.15"_s);
        QCOMPARE(smith.analysisId, dataset.reviewAnalyses[0].id);
        QCOMPARE(dataset.studies[0].findArm(smith.treatmentArmId)->role, u"treatment"_s);
        QCOMPARE(dataset.studies[0].findArm(smith.comparatorArmId)->role, u"comparator"_s);

        try {
            RevManReader::read(replaced(xml, "SE=\"0.2\"", "SE=\"0\""), u"iv.rm5"_s);
            QFAIL("a standard error of 0 was read");
        } catch (const ImportError &error) {
            QCOMPARE(error.problems().size(), 1);
            QCOMPARE(error.problems()[0].field, u"SE"_s);
            QCOMPARE(error.problems()[0].message,
                     u"0 is not a standard error; expected a number above 0"_s);
        }
    }

    void recomputedEqualsStored_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < m_review.reviewAnalyses.size(); ++i) {
            const ReviewAnalysis &a = m_review.reviewAnalyses[i];
            const QString name = QStringLiteral("%1 / %2%3 (%4 %5 %6)")
                                     .arg(a.comparison, a.outcome,
                                          a.subgroup.isEmpty() ? QString() : u" / "_s + a.subgroup,
                                          a.measure, a.method, a.model);
            QTest::newRow(qPrintable(name)) << int(i);
        }
    }

    // The review's stored results (computed by metafor as RevMan does; resources/examples/
    // drug-a-review.R) equal our pooling of the same studies, to every printed digit.
    void recomputedEqualsStored()
    {
        QFETCH(int, index);
        const ReviewAnalysis &stored = m_review.reviewAnalyses[index];
        const Measure measure =
            *measureFromCode(stored.measure == u"PETO_OR" ? u"OR"_s : stored.measure);
        const PoolingInput input = inputOf(m_review, stored, measure);
        QVERIFY(input.studies.size() >= 3);
        const PooledEstimate ours = poolStudies(input, measure, poolingOptionsOf(stored));
        const auto natural = [measure](double x) {
            return isRatio(measure) ? std::exp(x) : x;
        };
        compareToPrinted("EFFECT_SIZE", natural(ours.estimate), stored.estimate);
        compareToPrinted("CI_START", natural(ours.ciLow), stored.ciLow);
        compareToPrinted("CI_END", natural(ours.ciHigh), stored.ciHigh);
        compareToPrinted("CHI2", ours.q, stored.chi2);
        compareToPrinted("DF", ours.qDegreesOfFreedom, stored.df);
        compareToPrinted("P_CHI2", ours.qP, stored.pChi2);
        compareToPrinted("I2", ours.i2, stored.i2);
        compareToPrinted("Z", std::abs(ours.statistic), stored.z);
        compareToPrinted("P_Z", ours.p, stored.pZ);
        if (stored.model == u"random")
            compareToPrinted("TAU2", ours.tau2, stored.tau2);
    }

    void refusesMalformedReviewsAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        const QByteArray valid = validReview();
        const QString data = u"ANALYSES_AND_DATA/COMPARISON[NO=1]/DICH_OUTCOME[NO=1]/"_s;
        QTest::newRow("empty file")
            << QByteArray("\n")
            << u"the file is empty; expected a RevMan 5 review (XML whose root element is "
               "COCHRANE_REVIEW)"_s;
        QTest::newRow("no root element")
            << QByteArray("<?xml version=\"1.0\"?>\n<!-- nothing -->\n")
            << u"no root element; expected a RevMan 5 review, whose root element is "
               "COCHRANE_REVIEW"_s;
        QTest::newRow("another root element")
            << QByteArray("<html>\n</html>\n")
            << u"line 1, column 7: the root element is html; expected a RevMan 5 review, whose "
               "root element is COCHRANE_REVIEW"_s;
        QTest::newRow("unclosed tag")
            << replaced(valid, "</COCHRANE_REVIEW>\n", "")
            << u"line 17, column 1: not well-formed XML: Premature end of document."_s;
        QTest::newRow("mismatched tag")
            << replaced(valid, "</COMPARISON>", "</COMPARISONS>")
            << u"line 15, column 15: not well-formed XML: Opening and ending tag mismatch."_s;
        QTest::newRow("bad encoding")
            << replaced(valid, "Smith 2001", "S\xe9ville 2001")
            << u"line 5, column 35: the byte E9 is not UTF-8, the encoding the file declares; "
               "RevMan writes ISO-8859-1 and declares it (<?xml version=\"1.0\" "
               "encoding=\"ISO-8859-1\"?>)"_s;
        QTest::newRow("entity bomb")
            << replaced(valid, "<COCHRANE_REVIEW>",
                        "<!DOCTYPE COCHRANE_REVIEW [\n<!ENTITY a \"aaaaaaaaaa\">\n"
                        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
                        "<COCHRANE_REVIEW><!-- &c; -->")
            << u"line 6, column 3: a document type declaration (<!DOCTYPE ...>) is not read: "
               "entity declarations can expand without bound or read other files, and a "
               "RevMan 5 review has none"_s;
        QTest::newRow("external entity")
            << replaced(replaced(valid, "<COCHRANE_REVIEW>",
                                 "<!DOCTYPE COCHRANE_REVIEW [\n<!ENTITY secret SYSTEM "
                                 "\"file:///etc/passwd\">\n]>\n<COCHRANE_REVIEW>"),
                        "A review", "&secret;")
            << u"line 4, column 3: a document type declaration (<!DOCTYPE ...>) is not read: "
               "entity declarations can expand without bound or read other files, and a "
               "RevMan 5 review has none"_s;
        QTest::newRow("negative count")
            << replaced(valid, "EVENTS_1=\"3\"", "EVENTS_1=\"-3\"")
            << u"line 12, column 92, "_s + data +
                   u"DICH_DATA[STUDY_ID=STD-Smith-2001], field EVENTS_1: -3 is negative; "
                   "expected a count"_s;
        QTest::newRow("events above total")
            << replaced(valid, "EVENTS_1=\"3\"", "EVENTS_1=\"37\"")
            << u"line 12, column 92, "_s + data +
                   u"DICH_DATA[STUDY_ID=STD-Smith-2001], field EVENTS_1: 37 is greater than "
                   "TOTAL_1 30"_s;
        QTest::newRow("not a number")
            << replaced(valid, "TOTAL_2=\"41\"", "TOTAL_2=\"forty\"")
            << u"line 13, column 94, "_s + data +
                   u"DICH_DATA[STUDY_ID=STD-Jones-2003], field TOTAL_2: \"forty\" is not a "
                   "number"_s;
        QTest::newRow("unknown measure")
            << replaced(valid, "EFFECT_MEASURE=\"RR\"", "EFFECT_MEASURE=\"XYZ\"")
            << u"line 10, column 77, "_s + data.chopped(1) +
                   u", field EFFECT_MEASURE: \"XYZ\" is not a measure this program reads for "
                   "DICH_OUTCOME; expected one of OR, RR, RD, PETO_OR"_s;
        QTest::newRow("probability above 1")
            << replaced(valid, "P_Z=\"0.5\"", "P_Z=\"1.5\"")
            << u"line 10, column 76, "_s + data.chopped(1) +
                   u", field P_Z: 1.5 is not a probability between 0 and 1"_s;
        QTest::newRow("study not declared")
            << replaced(valid, "STUDY_ID=\"STD-Jones-2003\"", "STUDY_ID=\"STD-Nobody-1999\"")
            << u"line 13, column 92, "_s + data +
                   u"DICH_DATA[STUDY_ID=STD-Nobody-1999], field STUDY_ID: \"STD-Nobody-1999\" "
                   "is not one of the review's included studies (STUDY elements)"_s;
        QTest::newRow("duplicate study")
            << replaced(valid, "</INCLUDED_STUDIES>",
                        "<STUDY ID=\"STD-Smith-2001\" NAME=\"Smith 2001\" YEAR=\"2001\"/>\n"
                        "</INCLUDED_STUDIES>")
            << u"line 7, column 59, STUDIES_AND_REFERENCES/STUDIES/INCLUDED_STUDIES/"
               "STUDY[ID=STD-Smith-2001], field ID: \"STD-Smith-2001\" is declared twice; the "
               "first is at line 5"_s;
    }

    void refusesMalformedReviewsAndWritesNothing()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        const QString databasePath = m_dir.filePath(u"refuse.sqlite"_s);
        {
            const Database database = Database::openUnprepared(databasePath);
            SchemaMigrator().migrate(database.connection());
        }
        const QString input = m_dir.filePath(u"in.rm5"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(xml);
        file.close();
        const QByteArray before = fileHash(databasePath);
        try {
            Dataset dataset = readImportFile(input);
            const Database database = Database::openUnprepared(databasePath);
            EvidenceImporter(database.connection())
                .import(std::move(dataset), input, DuplicatePolicy::Refuse, false);
            QFAIL("the malformed review was imported");
        } catch (const ImportError &error) {
            QCOMPARE(error.problems().size(), 1);
            QCOMPARE(error.problems()[0].text(), message);
            QVERIFY(error.message().startsWith(input + u": nothing imported: "_s));
        }
        QCOMPARE(fileHash(databasePath), before);
    }

    // The review lands in the database in one transaction, with its analyses and citations.
    void importsIntoTheDatabase()
    {
        const QString databasePath = m_dir.filePath(u"review.sqlite"_s);
        const Database database = Database::openUnprepared(databasePath);
        SchemaMigrator().migrate(database.connection());
        const ImportReport report =
            EvidenceImporter(database.connection())
                .import(readImportFile(examplePath), examplePath, DuplicatePolicy::Refuse, false);
        QVERIFY(report.written);
        QCOMPARE(report.studies, 8);
        QCOMPARE(report.outcomes, 2 * (6 + 6 + 5 + 5 + 4));
        QCOMPARE(report.reviewAnalyses, 7);
    }

private:
    QTemporaryDir m_dir;
    Dataset m_review;
};

QTEST_GUILESS_MAIN(TestRevManImport)
#include "tst_revmanimport.moc"
