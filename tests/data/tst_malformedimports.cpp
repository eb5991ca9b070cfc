// SPDX-License-Identifier: MIT
// Every import format refuses malformed files with a message that names the place, and
// leaves the database byte-identical. One table for all formats: a row is a file name (its
// suffix picks the reader), the file's bytes and the exact message, "{path}" standing for
// the file's path.
#include "common/FileHash.h"
#include "data/Database.h"
#include "data/EvidenceImporter.h"
#include "data/EvidenceRepository.h"
#include "data/ImportFileReader.h"
#include "data/InputError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray csvHeader = "row,study,conditions,arm,role,interventions,n,endpoint,time_point,"
                             "events,total,measure,estimate,ci_low,ci_high,p,treatment_arm,"
                             "comparator_arm\n";

// An arm result and an effect that import cleanly; the rows below change one thing each.
QByteArray armRow(const QByteArray &events = "20", const QByteArray &total = "30",
                  const QByteArray &study = "Example trial X")
{
    return "arm," + study +
           ",hbv,Active,treatment,thymosin alpha-1,30,ALT normalization,48 weeks," + events + ',' +
           total + ",,,,,,,\n";
}

QByteArray controlRow()
{
    return "arm,Example trial X,,Control,comparator,no-treatment,30,ALT normalization,48 weeks,10,"
           "30,,,,,,,\n";
}

QByteArray effectRow(const QByteArray &measure, const QByteArray &estimate, const QByteArray &low,
                     const QByteArray &high, const QByteArray &comparator = "Control")
{
    return "effect,Example trial X,,,,,,ALT normalization,48 weeks,,," + measure + ',' + estimate +
           ',' + low + ',' + high + ",0.02,Active," + comparator + '\n';
}

QByteArray jsonStudy(const QByteArray &outcomeFields, const QByteArray &effects = "[]")
{
    return R"({"studies": [{"id": "example-j", "name": "Example trial J", "kind": "trial",
  "conditions": ["hbv"],
  "arms": [{"id": "example-j-a", "label": "Active", "role": "treatment",
            "interventions": ["thymosin-alpha-1"],
            "outcomes": [{"id": "example-j-a-1", "endpoint_id": "alt-normalization", )" +
           outcomeFields + R"(}]},
           {"id": "example-j-c", "label": "Control", "role": "comparator"}],
  "effects": )" +
           effects + "}]}\n";
}

} // namespace

class TestMalformedImports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_databasePath = m_dir.filePath(QStringLiteral("evidence.sqlite"));
        Database::open(m_databasePath); // created from the bundled dataset
    }

    void refusedWithItsPlaceAndNothingWritten_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");

        const QString refused = u"{path}: nothing imported: "_s;
        // CSV: the file as a whole
        QTest::newRow("csv: empty file") << u"empty.csv"_s << QByteArray()
                                         << u"{path}:1: the file is empty; it needs a header row"_s;
        QTest::newRow("csv: header only")
            << u"header.csv"_s << csvHeader
            << refused + u"header.csv line 2: no rows below the header; expected one row per arm "
                         "result or effect"_s;
        QTest::newRow("csv: missing header")
            << u"noheader.csv"_s << armRow() + controlRow()
            << refused +
                   u"noheader.csv line 1: the header has no column \"row\"; the first line "
                   "names the columns (row, study, arm, ...), found \"arm,Example trial X,hbv,"
                   "Active,treatment…\""_s;
        QTest::newRow("csv: bad UTF-8")
            << u"latin1.csv"_s << csvHeader + "arm,Essai \xe9t\xe9,hbv\n"
            << u"{path}:2:11: a byte that is not UTF-8; the file must be UTF-8 text"_s;
        QTest::newRow("csv: NUL byte") << u"nul.csv"_s << csvHeader + "arm,Ex\0ample"_ba
                                       << u"{path}:2:7: a NUL byte; the file must be UTF-8 text"_s;
        QTest::newRow("csv: wrong column count")
            << u"short.csv"_s << csvHeader + "arm,Example trial X,hbv\n"
            << u"{path}:2: 3 fields, but the header has 18"_s;
        QTest::newRow("csv: unclosed quote")
            << u"quote.csv"_s << csvHeader + armRow() + "arm,\"Example trial X,hbv\n"
            << u"{path}:3: not valid CSV (error parsing data while strict checking enabled)"_s;
        QTest::newRow("csv: unknown column")
            << u"column.csv"_s << "row,study,event\narm,Example trial X,3\n"_ba
            << refused + u"column.csv line 1, column event: not a column this import knows; the "
                         "columns are row, study"_s;
        QTest::newRow("csv: a column twice")
            << u"twice.csv"_s << "row,study,events,Events\narm,Example trial X,3,4\n"_ba
            << refused + u"twice.csv line 1, column Events: a second column of this name; each "
                         "column appears once"_s;
        // CSV: one bad cell
        QTest::newRow("csv: negative count")
            << u"negative.csv"_s << csvHeader + armRow("-3") + controlRow()
            << refused + u"negative.csv line 2, column events: -3 is negative; expected a count"_s;
        QTest::newRow("csv: events above total")
            << u"colleague.csv"_s
            << csvHeader + controlRow() + controlRow().replace("Control", "C2") + armRow("37", "30")
            << refused + u"colleague.csv line 4, column events: 37 is greater than total 30"_s;
        QTest::newRow("csv: bad number")
            << u"number.csv"_s << csvHeader + armRow("twelve") + controlRow()
            << refused + u"number.csv line 2, column events: \"twelve\" is not a number; expected "
                         "digits with a decimal point, such as 0.72"_s;
        QTest::newRow("csv: decimal comma")
            << u"comma.csv"_s
            << csvHeader + armRow() + controlRow() + effectRow("RR", "\"2,00\"", "1.10", "3.60")
            << refused + u"comma.csv line 4, column estimate: \"2,00\" is not a number"_s;
        QTest::newRow("csv: estimate outside its CI")
            << u"ci.csv"_s
            << csvHeader + armRow() + controlRow() + effectRow("RR", "4.00", "1.10", "3.60")
            << refused + u"ci.csv line 4, column estimate: 4.00 is outside its confidence interval "
                         "1.10 to 3.60"_s;
        QTest::newRow("csv: unknown measure")
            << u"measure.csv"_s
            << csvHeader + armRow() + controlRow() + effectRow("NNT", "2", "1", "3")
            << refused +
                   u"measure.csv line 4, column measure: \"NNT\" is not one of OR, RR, HR, RD"_s;
        QTest::newRow("csv: ratio below zero")
            << u"ratio.csv"_s
            << csvHeader + armRow() + controlRow() + effectRow("OR", "-0.5", "-1", "2")
            << u"{path}: nothing imported, 2 problems:\n  ratio.csv line 4, column estimate: -0.5 "
               "is not a ratio; an OR is above 0\n  ratio.csv line 4, column ci_low: -1 is "
               "not a ratio; an OR is above 0"_s;
        QTest::newRow("csv: comparator not an arm")
            << u"arms.csv"_s
            << csvHeader + armRow() + controlRow() +
                   effectRow("RR", "2.00", "1.10", "3.60", "Placebo")
            << refused +
                   u"arms.csv line 4, column comparator_arm: \"Placebo\" is not an arm of study "
                   "Example trial X; each arm is named on a row with row = arm"_s;
        QTest::newRow("csv: unknown row kind")
            << u"kind.csv"_s << csvHeader + armRow().replace("arm,Example", "result,Example")
            << refused + u"kind.csv line 2, column row: \"result\" is not one of arm, effect"_s;
        QTest::newRow("csv: no condition")
            << u"condition.csv"_s << csvHeader + armRow().replace(",hbv,", ",,")
            << refused +
                   u"condition.csv line 2, column conditions: empty for study Example trial X; "
                   "expected the condition(s) it is about, such as hbv; cirrhosis"_s;
        QTest::newRow("csv: condition value without a name")
            << u"condition2.csv"_s << csvHeader + armRow().replace(",hbv,", ",???,")
            << refused + u"condition2.csv line 2, column conditions: \"???\" is not a condition's "
                         "name; expected names such as hbv; cirrhosis"_s;
        QTest::newRow("csv: new endpoint without direction")
            << u"endpoint.csv"_s
            << csvHeader + armRow().replace("ALT normalization", "Liver stiffness")
            << refused +
                   u"endpoint.csv line 2, column endpoint_direction: empty; \"Liver stiffness\" is "
                   "a new endpoint"_s;
        QTest::newRow("csv: study values disagree")
            << u"disagree.csv"_s
            << csvHeader + armRow() + controlRow().replace(",,Control", ",hcc,Control")
            << refused +
                   u"disagree.csv line 3, column conditions: \"hcc\", but line 2 gives \"hbv\" "
                   "for study Example trial X"_s;
        QTest::newRow("csv: bad time point")
            << u"time.csv"_s << csvHeader + armRow().replace("48 weeks", "soon")
            << refused + u"time.csv line 2, column time_point: \"soon\" is not a time point"_s;
        QTest::newRow("csv: a 10 MB line")
            << u"long.csv"_s << csvHeader + armRow("20", "30", QByteArray(10 * 1024 * 1024, 'x'))
            << refused +
                   u"long.csv line 2, column study: 10485760 characters; a cell holds at most "
                   "1000"_s;
        QTest::newRow("csv: a study the database holds")
            << u"duplicate.csv"_s
            << csvHeader + armRow("20", "30", "Japanese chronic hepatitis B trial")
            << refused + u"studies[0], field id: the database already holds \"Japanese chronic "
                         "hepatitis B trial\" (jp-chb-rct); choose --on-duplicate skip, replace or "
                         "keep-both"_s;

        // JSON
        QTest::newRow("json: empty file") << u"empty.json"_s << QByteArray()
                                          << refused + u"the file is empty; expected the JSON that "
                                                       "export --format json writes"_s;
        QTest::newRow("json: unclosed") << u"unclosed.json"_s << "{\"studies\": [\n"_ba
                                        << refused + u"line 2, column 1: not valid JSON"_s;
        QTest::newRow("json: missing root")
            << u"root.json"_s << "[1, 2]"_ba
            << refused + u"expected an object with \"studies\" (as export --format json writes)"_s;
        QTest::newRow("json: no studies") << u"nostudies.json"_s << "{\"sources\": []}"_ba
                                          << refused + u"field studies: missing"_s;
        QTest::newRow("json: bad UTF-8")
            << u"utf8.json"_s << "{\"studies\": [\"\xff\xfe\"]}"_ba
            << refused + u"line 1, column 15: not valid JSON: invalid UTF8 string"_s;
        QTest::newRow("json: wrong type")
            << u"type.json"_s << jsonStudy(R"("events": "twelve", "total": 30)")
            << refused + u"studies[0].arms[0].outcomes[0], field events: expected a number, found "
                         "\"twelve\""_s;
        QTest::newRow("json: negative count")
            << u"negative.json"_s << jsonStudy(R"("events": -1, "total": 30)")
            << refused +
                   u"studies[0].arms[0].outcomes[0], field events: -1 is negative; expected a "
                   "count"_s;
        QTest::newRow("json: events above total")
            << u"events.json"_s << jsonStudy(R"("events": 37, "total": 30)")
            << refused +
                   u"studies[0].arms[0].outcomes[0], field events: 37 is greater than total 30"_s;
        QTest::newRow("json: estimate outside its CI")
            << u"ci.json"_s
            << jsonStudy(
                   R"("events": 20, "total": 30)",
                   R"([{"id": "example-j-e", "endpoint_id": "alt-normalization", "measure": "RR",
                "estimate": 4.0, "estimate_printed": "4.0", "ci_low": 1.1, "ci_low_printed": "1.1",
                "ci_high": 3.6, "ci_high_printed": "3.6"}])")
            << refused + u"studies[0].effects[0], field estimate: 4.0 is outside its confidence "
                         "interval 1.1 to 3.6"_s;
        QTest::newRow("json: unknown measure")
            << u"measure.json"_s
            << jsonStudy(
                   R"("events": 20, "total": 30)",
                   R"([{"id": "example-j-e", "endpoint_id": "alt-normalization", "measure": "NNT"}])")
            << refused +
                   u"studies[0].effects[0], field measure: \"NNT\" is not one of OR, RR, HR, RD"_s;
        QTest::newRow("json: a 10 MB line")
            << u"long.json"_s << "{\"studies\": \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}"
            << refused +
                   u"field studies: expected a list, found \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\""_s;
        QTest::newRow("json: unknown condition")
            << u"condition.json"_s
            << jsonStudy(R"("events": 20, "total": 30)").replace("\"hbv\"", "\"hdv\"")
            << refused +
                   u"studies[0], field conditions[0]: condition \"hdv\" is neither in the file "
                   "nor in the database"_s;
        QTest::newRow("json: a study the database holds")
            << u"duplicate.json"_s
            << jsonStudy(R"("events": 20, "total": 30)")
                   .replace("Example trial J", "Japanese chronic hepatitis B trial")
            << refused + u"studies[0], field id: the database already holds \"Japanese chronic "
                         "hepatitis B trial\" (jp-chb-rct)"_s;
        QTest::newRow("unknown file type")
            << u"review.txt"_s << "row,study\n"_ba << u"{path}: cannot import a '.txt' file"_s;
    }

    // The message is compared in full, or from its start where a row gives only its start
    // (a long list of problems, or the list of allowed values that a new format may extend).
    void refusedWithItsPlaceAndNothingWritten()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
        file.close();
        const QByteArray before = fileHash(m_databasePath);
        QVERIFY(!before.isEmpty());
        QString error;
        try {
            const Database database = Database::open(m_databasePath);
            Dataset dataset =
                readImportFile(path, EvidenceRepository(database.connection()).loadHeader());
            EvidenceImporter(database.connection())
                .import(std::move(dataset), path, DuplicatePolicy::Refuse, false);
        } catch (const InputError &e) {
            error = e.message();
        }
        const QString expected = QString(message).replace(u"{path}"_s, path);
        QVERIFY2(error.startsWith(expected), qPrintable(error.left(600)));
        QCOMPARE(fileHash(m_databasePath), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
};

QTEST_GUILESS_MAIN(TestMalformedImports)
#include "tst_malformedimports.moc"
