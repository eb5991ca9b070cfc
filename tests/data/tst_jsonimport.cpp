// SPDX-License-Identifier: MIT
// Importing the JSON that export writes: a lossless round trip, every malformed input
// refused with its place and nothing written, duplicates handled as the user chooses.
#include "common/BundledData.h"
#include "common/FileHash.h"
#include "data/Database.h"
#include "data/EvidenceEditor.h"
#include "data/EvidenceImporter.h"
#include "data/EvidenceRepository.h"
#include "data/ImportFileReader.h"
#include "data/ImportProblem.h"
#include "data/JsonDatasetReader.h"
#include "data/JsonExporter.h"
#include "data/SchemaMigrator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject exportOfUnprepared(const QString &databasePath)
{
    const Database database = Database::openUnprepared(databasePath);
    return JsonExporter::toJson(EvidenceRepository(database.connection()).load());
}

QJsonObject exportOf(const QString &databasePath)
{
    const Database database = Database::open(databasePath);
    return JsonExporter::toJson(EvidenceRepository(database.connection()).load());
}

// A schema with no rows at all: what an import into a new, empty database sees.
void createEmptyDatabase(const QString &path)
{
    const Database database = Database::openUnprepared(path);
    SchemaMigrator().migrate(database.connection());
}

ImportReport importJson(const QString &databasePath, const QByteArray &json,
                        DuplicatePolicy duplicates = DuplicatePolicy::Refuse, bool dryRun = false)
{
    Dataset dataset = JsonDatasetReader::read(json, QStringLiteral("in.json"));
    const Database database = Database::openUnprepared(databasePath);
    return EvidenceImporter(database.connection())
        .import(std::move(dataset), QStringLiteral("in.json"), duplicates, dryRun);
}

// One study of the bundled export, under new ids and a new name, as a user's file would be.
QJsonObject userStudyFile(const QJsonObject &bundledExport)
{
    QJsonObject study = bundledExport[u"studies"].toArray().at(4).toObject(); // the cohort
    QString text = QString::fromUtf8(QJsonDocument(study).toJson());
    text.replace(QStringLiteral("hcc-resection-cohort"), QStringLiteral("my-cohort"));
    study = QJsonDocument::fromJson(text.toUtf8()).object();
    study[u"name"] = QStringLiteral("My cohort");
    QJsonObject file = bundledExport;
    file[u"studies"] = QJsonArray{study};
    file[u"therapy_facts"] = QJsonArray();
    return file;
}

QString firstId(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql) || !query.next())
        return QString();
    return query.value(0).toString();
}

ReportedNumber number(double value, const QString &printed)
{
    return ReportedNumber{value, printed};
}

// The bundled database plus what a user adds in the window: a study typed in (its source of
// kind user_entry, its rows citing user_entry quotes) with an arm, an outcome and an effect,
// and a note on it and on a bundled study. Returns the typed-in study's id.
QString addUserEvidence(const QString &path)
{
    const Database database = Database::open(path);
    const QSqlDatabase connection = database.connection();
    const EvidenceEditor editor(connection, QDate(2026, 11, 26));
    Study study;
    study.name = u"Smith 2019"_s;
    study.kind = u"trial"_s;
    study.size = number(120, u"120"_s);
    study.conditionIds = {u"hbv"_s};
    const QString studyId = EvidenceEditor::afterId(
        editor.addStudy({study, u"Smith J et al. J Hepatol 2019;70:1-9"_s, 2019}), u"study"_s);
    Arm arm;
    arm.label = u"Thymosin"_s;
    arm.role = u"treatment"_s;
    arm.size = number(60, u"60"_s);
    arm.interventionIds = {firstId(connection, u"SELECT id FROM intervention ORDER BY id"_s)};
    const QString armId = EvidenceEditor::afterId(editor.addArm(studyId, arm), u"arm"_s);
    Outcome outcome;
    outcome.endpointId = firstId(connection, u"SELECT id FROM endpoint ORDER BY id"_s);
    outcome.events = 12;
    outcome.total = 60;
    editor.addOutcome(armId, outcome);
    editor.annotateStudy(studyId, u"Typed in from the paper's table 2."_s);
    editor.annotateStudy(u"jp-chb-rct"_s, u"Checked against the paper: \"HBeAg\" é."_s);
    return studyId;
}

} // namespace

class TestJsonImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundledPath = m_dir.filePath(QStringLiteral("bundled.sqlite"));
        m_bundledExport = exportOf(m_bundledPath);
        m_bundledJson = QJsonDocument(m_bundledExport).toJson();
    }

    // Export, import into an empty database, export again: the same evidence, field for
    // field. Only dataset_version differs: it names the bundled dataset, which the empty
    // database never installed.
    void roundTripIsLossless()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
        createEmptyDatabase(path);
        const ImportReport report = importJson(path, m_bundledJson);
        QCOMPARE(report.studies, int(m_bundledExport[u"studies"].toArray().size()));
        QVERIFY(report.written);
        QJsonObject again;
        {
            const Database database = Database::openUnprepared(path);
            again = JsonExporter::toJson(EvidenceRepository(database.connection()).load());
        }
        QJsonObject expected = m_bundledExport;
        expected.remove(QStringLiteral("dataset_version"));
        again.remove(QStringLiteral("dataset_version"));
        QCOMPARE(QJsonDocument(again).toJson(), QJsonDocument(expected).toJson());
    }

    // The same round trip for a database holding a RevMan review: its analyses with their
    // stored results, continuous results, review measures and file-value quotes.
    void roundTripKeepsAnImportedReview()
    {
        const QString review =
            QStringLiteral(EB_SOURCE_DIR "/resources/examples/drug-a-review.rm5");
        const QString first = m_dir.filePath(QStringLiteral("review.sqlite"));
        createEmptyDatabase(first);
        {
            const Database database = Database::openUnprepared(first);
            QVERIFY(EvidenceImporter(database.connection())
                        .import(readImportFile(review), review, DuplicatePolicy::Refuse, false)
                        .written);
        }
        const QJsonObject exported = exportOfUnprepared(first);
        QCOMPARE(exported[u"review_analyses"].toArray().size(), 7);
        const QString second = m_dir.filePath(QStringLiteral("review-again.sqlite"));
        createEmptyDatabase(second);
        QVERIFY(importJson(second, QJsonDocument(exported).toJson()).written);
        QCOMPARE(QJsonDocument(exportOfUnprepared(second)).toJson(),
                 QJsonDocument(exported).toJson());
    }

    // A user's notes (on a bundled study and on a study they typed in) and the typed-in study
    // with its user_entry source and quotes survive export, import into an empty database and
    // export again; the streamed export writes the same document.
    void roundTripKeepsTheUsersNotesAndEntries()
    {
        const QString first = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QVERIFY(QFile::copy(m_bundledPath, first));
        const QString studyId = addUserEvidence(first);
        const QJsonObject exported = exportOf(first);
        const QJsonArray notes = exported[u"user_notes"].toArray();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0)[u"study_id"].toString(), u"jp-chb-rct"_s);
        QCOMPARE(notes.at(0)[u"text"].toString(), u"Checked against the paper: \"HBeAg\" é."_s);
        QCOMPARE(notes.at(1)[u"study_id"].toString(), studyId);
        const auto userEntrySource = [](const QJsonObject &json) {
            for (const QJsonValue &source : json[u"sources"].toArray())
                if (source[u"kind"] == u"user_entry"_s)
                    return source.toObject();
            return QJsonObject();
        };
        const QJsonArray quotes = userEntrySource(exported)[u"quotes"].toArray();
        QVERIFY(!quotes.isEmpty());
        QCOMPARE(quotes.at(0)[u"wording"].toString(), u"user_entry"_s);
        {
            const Database database = Database::open(first);
            QString streamed;
            QTextStream out(&streamed);
            JsonExporter::write(EvidenceRepository(database.connection()), StudySelection(), out);
            out.flush();
            QCOMPARE(streamed.toUtf8(), QJsonDocument(exported).toJson());
        }

        const QString second = m_dir.filePath(QStringLiteral("notes-again.sqlite"));
        createEmptyDatabase(second);
        const ImportReport report = importJson(second, QJsonDocument(exported).toJson());
        QCOMPARE(report.userNotes, 2);
        QJsonObject again = exportOfUnprepared(second);
        QJsonObject expected = exported;
        expected.remove(QStringLiteral("dataset_version"));
        again.remove(QStringLiteral("dataset_version"));
        QCOMPARE(QJsonDocument(again).toJson(), QJsonDocument(expected).toJson());
    }

    // Into a database that has the bundled studies itself, the note on a bundled study goes on
    // that database's own copy: the file's copy is skipped as a duplicate, the note is not.
    // Importing it again adds nothing; a different note on the same study is refused.
    void aNoteOnABundledStudyGoesOnTheDatabasesCopy()
    {
        const QString first = m_dir.filePath(QStringLiteral("bundled-notes.sqlite"));
        QVERIFY(QFile::copy(m_bundledPath, first));
        addUserEvidence(first);
        const QJsonObject exported = exportOf(first);

        const QString second = m_dir.filePath(QStringLiteral("bundled-notes-again.sqlite"));
        QVERIFY(QFile::copy(m_bundledPath, second));
        const QByteArray json = QJsonDocument(exported).toJson();
        const ImportReport report = importJson(second, json, DuplicatePolicy::Skip);
        QCOMPARE(report.studies, 1); // the typed-in study; the bundled ones are skipped
        QCOMPARE(report.userNotes, 2);
        QCOMPARE(QJsonDocument(exportOf(second)).toJson(), json);

        QCOMPARE(importJson(second, json, DuplicatePolicy::Skip).userNotes, 0);

        QJsonObject changed = exported;
        QJsonArray notes = changed[u"user_notes"].toArray();
        QJsonObject note = notes.at(0).toObject();
        note[u"text"] = u"Another note."_s;
        notes[0] = note;
        changed[u"user_notes"] = notes;
        const QByteArray before = fileHash(second);
        try {
            importJson(second, QJsonDocument(changed).toJson(), DuplicatePolicy::Skip);
            QFAIL("overwrote the user's note");
        } catch (const ImportError &error) {
            QVERIFY2(error.message().contains(
                         u"user_notes[0], field text: study \"jp-chb-rct\" already has another "
                         "note of yours (\"Checked against the paper: \"HBeAg\" é.\")"_s),
                     qPrintable(error.message()));
        }
        QCOMPARE(fileHash(second), before);
    }

    // A note travels with its study: replacing the user's study replaces its note, and a copy
    // kept under a new id gets the file's note.
    void aNoteFollowsItsStudyWhenReplacedOrKeptAsACopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("note-follows.sqlite"));
        QVERIFY(QFile::copy(m_bundledPath, path));
        const QString studyId = addUserEvidence(path);
        QJsonObject file = exportOf(path);
        QJsonArray studies;
        for (const QJsonValue &study : file[u"studies"].toArray())
            if (study[u"id"].toString() == studyId)
                studies.append(study);
        file[u"studies"] = studies;
        file[u"user_notes"] = QJsonArray{QJsonObject{{QStringLiteral("study_id"), studyId},
                                                     {QStringLiteral("text"), u"Corrected."_s}}};
        const QByteArray json = QJsonDocument(file).toJson();
        const auto noteOf = [&path](const QString &id) {
            const Database database = Database::open(path);
            return firstId(database.connection(),
                           u"SELECT text FROM annotation WHERE study_id = '%1'"_s.arg(id));
        };

        QCOMPARE(importJson(path, json, DuplicatePolicy::Replace).replaced.size(), 1);
        QCOMPARE(noteOf(studyId), u"Corrected."_s);

        const ImportReport both = importJson(path, json, DuplicatePolicy::KeepBoth);
        QCOMPARE(both.renamed, QStringList{studyId + u" -> "_s + studyId + u"-2"_s});
        QCOMPARE(both.userNotes, 1);
        QCOMPARE(noteOf(studyId + u"-2"_s), u"Corrected."_s);
    }

    void refusesMalformedInputAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QJsonObject file = userStudyFile(m_bundledExport);
        const auto edited = [&file](const std::function<void(QJsonObject &)> &edit) {
            QJsonObject study = file[u"studies"].toArray().at(0).toObject();
            edit(study);
            QJsonObject copy = file;
            copy[u"studies"] = QJsonArray{study};
            return QJsonDocument(copy).toJson();
        };
        const auto effect = [&edited](const QString &key, const QJsonValue &value) {
            return edited([&key, &value](QJsonObject &study) {
                QJsonArray effects = study[u"effects"].toArray();
                QJsonObject first = effects.at(0).toObject();
                first[key] = value;
                effects[0] = first;
                study[u"effects"] = effects;
            });
        };
        QTest::newRow("empty") << QByteArray() << u"line 1, column 1: not valid JSON"_s;
        QTest::newRow("unclosed object")
            << QByteArray("{\n  \"studies\": [\n") << u"line 3, column 1: not valid JSON"_s;
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << u"expected an object with \"studies\""_s;
        QTest::newRow("no studies") << QByteArray("{}") << u"field studies: missing"_s;
        QTest::newRow("bad UTF-8") << QByteArray("{\"studies\": [\"\xff\xfe\"]}")
                                   << u"not valid JSON: invalid UTF8 string"_s;
        QTest::newRow("sixty empty studies")
            << QByteArray("{\"studies\": [") + QByteArrayList(60, "{}").join(',') + "]}"
            << u"nothing imported, 180 problems:\n  studies[0], field id: missing"_s +
                   u"; expected text"_s;
        QTest::newRow("sixty empty studies, the first fifty listed")
            << QByteArray("{\"studies\": [") + QByteArrayList(60, "{}").join(',') + "]}"
            << u"\n  (and 130 more)"_s;
        QTest::newRow("study without a name")
            << edited([](QJsonObject &s) { s.remove(QStringLiteral("name")); })
            << u"studies[0], field name: missing; expected text"_s;
        QTest::newRow("unknown study kind")
            << edited([](QJsonObject &s) { s[u"kind"] = QStringLiteral("anecdote"); })
            << u"studies[0], field kind: \"anecdote\" is not one of trial, cohort"_s;
        QTest::newRow("negative size") << edited([](QJsonObject &s) {
            s[u"size"] = -3;
            s[u"size_printed"] = QStringLiteral("-3");
        }) << u"studies[0], field size: -3 must be greater than 0"_s;
        QTest::newRow("number as text")
            << edited([](QJsonObject &s) { s[u"size"] = QStringLiteral("468"); })
            << u"studies[0], field size: expected a number, found \"468\""_s;
        QTest::newRow("value without its printed form")
            << edited([](QJsonObject &s) { s.remove(QStringLiteral("size_printed")); })
            << u"studies[0], field size_printed: missing; size has a value"_s;
        QTest::newRow("estimate outside its CI")
            << effect(QStringLiteral("estimate"), 0.9)
            << u"studies[0].effects[0], field estimate: 0.308 is outside its confidence "
               "interval 0.175 to 0.541"_s;
        QTest::newRow("a ratio of zero")
            << effect(QStringLiteral("ci_low"), 0)
            << u"studies[0].effects[0], field ci_low: 0.175 is not a ratio; an HR is above 0"_s;
        QTest::newRow("unknown measure")
            << effect(QStringLiteral("measure"), QStringLiteral("NNT"))
            << u"studies[0].effects[0], field measure: \"NNT\" is not one of OR, RR, HR, RD"_s;
        QTest::newRow("CI level as a percent")
            << effect(QStringLiteral("ci_level"), 95)
            << u"field ci_level: 95 is not a level between 0 and 1"_s;
        QTest::newRow("p-value above 1")
            << effect(QStringLiteral("p_value"), 2)
            << u"field p_value: <0.001 is not a probability between 0 and 1"_s;
        QTest::newRow("effect of an arm not in the study")
            << effect(QStringLiteral("treatment_arm_id"), QStringLiteral("nowhere"))
            << u"field treatment_arm_id: \"nowhere\" is not an arm of this study"_s;
        QTest::newRow("quote cited that exists nowhere")
            << edited([](QJsonObject &s) {
                   s[u"citations"] = QJsonArray{
                       QJsonObject{{QStringLiteral("quote_id"), QStringLiteral("q-nowhere")}}};
               })
            << u"studies[0], field citations[0].quote_id: quote \"q-nowhere\" is neither in "
               "the file nor in the database"_s;
        QTest::newRow("condition that exists nowhere")
            << edited([](QJsonObject &s) { s[u"conditions"] = QJsonArray{QStringLiteral("gout")}; })
            << u"condition \"gout\" is neither in the file nor in the database"_s;
        QTest::newRow("events above total") << edited([](QJsonObject &s) {
            QJsonArray arms = s[u"arms"].toArray();
            QJsonObject arm = arms.at(0).toObject();
            arm[u"outcomes"] = QJsonArray{
                QJsonObject{{QStringLiteral("id"), QStringLiteral("o-1")},
                            {QStringLiteral("endpoint_id"), QStringLiteral("overall-survival")},
                            {QStringLiteral("events"), 37},
                            {QStringLiteral("total"), 30}}};
            arms[0] = arm;
            s[u"arms"] = arms;
        }) << u"studies[0].arms[0].outcomes[0], field events: 37 is greater than total 30"_s;
        QTest::newRow("negative count") << edited([](QJsonObject &s) {
            QJsonArray arms = s[u"arms"].toArray();
            QJsonObject arm = arms.at(0).toObject();
            arm[u"outcomes"] = QJsonArray{
                QJsonObject{{QStringLiteral("id"), QStringLiteral("o-1")},
                            {QStringLiteral("endpoint_id"), QStringLiteral("overall-survival")},
                            {QStringLiteral("events"), -1},
                            {QStringLiteral("total"), 30}}};
            arms[0] = arm;
            s[u"arms"] = arms;
        }) << u"field events: -1 is negative; expected a count"_s;
        QTest::newRow("two rows with one id")
            << edited([](QJsonObject &s) {
                   QJsonArray arms = s[u"arms"].toArray();
                   arms.append(arms.at(0));
                   s[u"arms"] = arms;
               })
            << u"studies[0].arms[2], field id: \"my-cohort-ta1\" is used twice; the first is at "
               "studies[0].arms[0]"_s;
        QTest::newRow("a shared row that differs")
            <<
            [this] {
                QJsonObject copy = userStudyFile(m_bundledExport);
                QJsonArray conditions = copy[u"conditions"].toArray();
                QJsonObject first = conditions.at(0).toObject();
                first[u"label"] = QStringLiteral("Something else");
                conditions[0] = first;
                copy[u"conditions"] = conditions;
                return QJsonDocument(copy).toJson();
            }()
            << u"conditions[0], field id: the database already has a condition \"cirrhosis\" "
               "with another label (\"Cirrhosis\")"_s;
        const auto withNotes = [&file](const QJsonArray &notes) {
            QJsonObject copy = file;
            copy[u"user_notes"] = notes;
            return QJsonDocument(copy).toJson();
        };
        const auto note = [](const QString &studyId, const QString &text) {
            return QJsonObject{{QStringLiteral("study_id"), studyId},
                               {QStringLiteral("text"), text}};
        };
        QTest::newRow("a note on a study that exists nowhere")
            << withNotes({note(u"nowhere"_s, u"A note."_s)})
            << u"user_notes[0], field study_id: study \"nowhere\" is neither in the file nor "
               "in the database"_s;
        QTest::newRow("two notes on one study")
            << withNotes({note(u"my-cohort"_s, u"One."_s), note(u"my-cohort"_s, u"Two."_s)})
            << u"user_notes[1], field study_id: \"my-cohort\" has a note already at "
               "user_notes[0]; a study has one note"_s;
        QTest::newRow("a note of spaces")
            << withNotes({note(u"jp-chb-rct"_s, u"   "_s)})
            << u"user_notes[0], field text: only spaces; expected the note"_s;
        QTest::newRow("a note without its study")
            << withNotes({QJsonObject{{QStringLiteral("text"), u"A note."_s}}})
            << u"user_notes[0], field study_id: missing; expected text"_s;
        QTest::newRow("a study the database holds")
            << m_bundledJson
            << u"studies[0], field id: the database already holds \"Japanese chronic hepatitis "
               "B trial\" (jp-chb-rct); choose --on-duplicate skip, replace or keep-both"_s;
    }

    void refusesMalformedInputAndWritesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("malformed.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_bundledPath, path));
        const QByteArray before = fileHash(path);
        try {
            importJson(path, json);
            QFAIL("imported");
        } catch (const ImportError &error) {
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void aDryRunSaysWhatWouldBeImportedAndWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("dry.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_bundledPath, path));
        const QByteArray before = fileHash(path);
        const ImportReport report =
            importJson(path, QJsonDocument(userStudyFile(m_bundledExport)).toJson(),
                       DuplicatePolicy::Refuse, true);
        QCOMPARE(report.studies, 1);
        QCOMPARE(report.arms, 2);
        QCOMPARE(report.effects, 2);
        QCOMPARE(report.sources, 0); // the cohort's source is the bundled document, reused
        QVERIFY(!report.written);
        QCOMPARE(fileHash(path), before);
    }

    void duplicatesAreSkippedReplacedOrKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("duplicates.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_bundledPath, path));
        const int bundled = int(m_bundledExport[u"studies"].toArray().size());

        QCOMPARE(importJson(path, m_bundledJson, DuplicatePolicy::Skip).skipped.size(), bundled);
        QCOMPARE(exportOf(path)[u"studies"].toArray().size(), bundled);

        const ImportReport both = importJson(path, m_bundledJson, DuplicatePolicy::KeepBoth);
        QCOMPARE(both.renamed.first(), u"jp-chb-rct -> jp-chb-rct-2"_s);
        QCOMPARE(exportOf(path)[u"studies"].toArray().size(), 2 * bundled);

        // Bundled studies are never replaced.
        try {
            importJson(path, m_bundledJson, DuplicatePolicy::Replace);
            QFAIL("replaced a bundled study");
        } catch (const ImportError &error) {
            QVERIFY(error.message().contains(u"cannot be replaced"_s));
        }

        // A user's own study is: the new version's name stands where the old one did.
        QJsonObject mine = userStudyFile(m_bundledExport);
        importJson(path, QJsonDocument(mine).toJson());
        QJsonArray studies = mine[u"studies"].toArray();
        QJsonObject study = studies.at(0).toObject();
        study[u"population"] = QStringLiteral("Corrected population");
        studies[0] = study;
        mine[u"studies"] = studies;
        const ImportReport replaced =
            importJson(path, QJsonDocument(mine).toJson(), DuplicatePolicy::Replace);
        QCOMPARE(replaced.replaced, QStringList{u"\"My cohort\" (my-cohort)"_s});
        const QJsonArray stored = exportOf(path)[u"studies"].toArray();
        QCOMPARE(stored.size(), 2 * bundled + 1);
        QCOMPARE(stored.last()[u"population"].toString(), u"Corrected population"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_bundledPath;
    QJsonObject m_bundledExport;
    QByteArray m_bundledJson;
};

QTEST_GUILESS_MAIN(TestJsonImport)
#include "tst_jsonimport.moc"
