// SPDX-License-Identifier: MIT
// A user's CSV sheet of trials: its studies, arms, results and effects as the file states
// them, new conditions and endpoints as new rows, every value citing its row of the file.
#include "data/CsvDatasetReader.h"
#include "data/Database.h"
#include "data/EvidenceImporter.h"
#include "data/EvidenceRepository.h"
#include "data/InputError.h"
#include "data/JsonDatasetReader.h"
#include "data/JsonExporter.h"
#include "data/SchemaMigrator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;
using namespace Qt::Literals::StringLiterals;

namespace {

const Study *findStudy(const Dataset &dataset, const QString &name)
{
    for (const Study &study : dataset.studies)
        if (study.name == name)
            return &study;
    return nullptr;
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_databasePath = m_dir.filePath(QStringLiteral("evidence.sqlite"));
        m_example = QStringLiteral(EB_SOURCE_DIR "/resources/examples/colleague-trials.csv");
        const Database database = Database::open(m_databasePath);
        m_vocabulary = EvidenceRepository(database.connection()).loadHeader();
    }

    void readsTheExampleAsWritten()
    {
        const Dataset dataset = CsvDatasetReader::read(m_example, m_vocabulary);
        QCOMPARE(dataset.studies.size(), 2);
        const Study &a = dataset.studies.at(0);
        QCOMPARE(a.name, u"Example trial A 2021"_s);
        QCOMPARE(a.id, u"example-trial-a-2021"_s);
        QCOMPARE(a.conditionIds, QStringList{u"hbv"_s});
        QCOMPARE(a.arms.size(), 2);
        QCOMPARE(a.arms.at(0).label, u"Thymosin alpha-1 plus entecavir"_s);
        QCOMPARE(a.arms.at(0).role, u"treatment"_s);
        QCOMPARE(a.arms.at(0).interventionIds,
                 (QStringList{u"thymosin-alpha-1"_s, u"entecavir"_s}));
        QCOMPARE(a.arms.at(0).size->printed, u"60"_s);
        const Outcome &outcome = a.arms.at(0).outcomes.at(0);
        QCOMPARE(outcome.endpointId, u"hbv-dna-clearance"_s);
        QCOMPARE(*outcome.events, 39);
        QCOMPARE(*outcome.total, 60);
        QCOMPARE(outcome.timepoint->label, u"48 weeks"_s);
        QCOMPARE(outcome.timepoint->unit, u"week"_s);
        QCOMPARE(a.effects.size(), 1);
        const Effect &effect = a.effects.at(0);
        QCOMPARE(effect.measure, u"RR"_s);
        QCOMPARE(effect.estimate->printed, u"1.26"_s);
        QCOMPARE(effect.ciLow->value, 0.92);
        QCOMPARE(effect.ciHigh->value, 1.71);
        QCOMPARE(*effect.ciLevel, 0.95);
        QCOMPARE(effect.pValue->printed, u"0.15"_s);
        QCOMPARE(effect.treatmentArmId, a.arms.at(0).id);
        QCOMPARE(effect.comparatorArmId, a.arms.at(1).id);
        QVERIFY(a.notes.contains(u"Fictional example, not a publication"_s));
        QVERIFY(a.notes.contains(u"year 2021"_s));
    }

    // Names the database does not know become rows of their own; known ones are reused.
    void addsNewVocabularyOnly()
    {
        const Dataset dataset = CsvDatasetReader::read(m_example, m_vocabulary);
        QCOMPARE(dataset.conditions.size(), 1);
        QCOMPARE(dataset.conditions.at(0).id, u"hepatitis-d"_s);
        QCOMPARE(dataset.conditions.at(0).label, u"Hepatitis D"_s);
        QCOMPARE(dataset.endpoints.size(), 1);
        QCOMPARE(dataset.endpoints.at(0).label, u"Liver stiffness improvement"_s);
        QVERIFY(dataset.interventions.isEmpty());
        const Study *b = findStudy(dataset, u"Example trial B 2023"_s);
        QVERIFY(b);
        QCOMPARE(b->conditionIds, (QStringList{u"hbv"_s, u"hepatitis-d"_s}));
        QCOMPARE(b->arms.at(0).outcomes.size(), 2); // two endpoints on two rows, one arm
    }

    // Each value cites its own row, and the quote says it is the user's file.
    void everyValueCitesItsRowOfTheFile()
    {
        const Dataset dataset = CsvDatasetReader::read(m_example, m_vocabulary);
        QCOMPARE(dataset.sources.size(), 1);
        const Source &source = dataset.sources.at(0);
        QVERIFY(source.citation.startsWith(u"colleague-trials.csv (the user's CSV file"_s));
        const QuoteIndex quotes = dataset.quoteIndex();
        const Study &a = dataset.studies.at(0);
        const Quote *quote = quotes.value(a.effects.at(0).citations.at(0).quoteId).quote;
        QVERIFY(quote);
        QVERIFY2(quote->text.startsWith(u"colleague-trials.csv line 4: row=effect; study=Example "
                                        "trial A 2021;"_s),
                 qPrintable(quote->text));
        QVERIFY(quote->text.contains(u"estimate=1.26"_s));
        QCOMPARE(quote->location, u"line 4"_s);
        QVERIFY(!quote->note.isEmpty());
        const Quote *armQuote =
            quotes.value(a.arms.at(1).outcomes.at(0).citations.at(0).quoteId).quote;
        QVERIFY(armQuote->text.startsWith(u"colleague-trials.csv line 3: "_s));
        // Values in full; one holding the separator in quotes.
        const Quote *first = quotes.value(a.citations.at(0).quoteId).quote;
        QVERIFY2(
            first->text.contains(u"; design=Randomised controlled trial (fictional example); "_s),
            qPrintable(first->text));
        QVERIFY(first->text.contains(u"; interventions=\"thymosin alpha-1; entecavir\"; "_s));
    }

    void importsIntoTheDatabaseAndRefusesASecondTime()
    {
        const QString path = m_dir.filePath(u"import.sqlite"_s);
        Database::open(path);
        const auto importOnce = [&](DuplicatePolicy duplicates) {
            const Database database = Database::open(path);
            Dataset dataset = CsvDatasetReader::read(
                m_example, EvidenceRepository(database.connection()).loadHeader());
            return EvidenceImporter(database.connection())
                .import(std::move(dataset), m_example, duplicates, false);
        };
        const ImportReport report = importOnce(DuplicatePolicy::Refuse);
        QCOMPARE(report.studies, 2);
        QCOMPARE(report.arms, 4);
        QCOMPARE(report.outcomes, 6);
        QCOMPARE(report.effects, 1);
        QCOMPARE(report.quotes, 7);
        QCOMPARE(report.newConditions, QStringList{u"Hepatitis D (hepatitis-d)"_s});
        QCOMPARE(report.newEndpoints,
                 QStringList{u"Liver stiffness improvement (liver-stiffness-improvement)"_s});
        QVERIFY(report.newInterventions.isEmpty());
        {
            const Database database = Database::open(path);
            const Dataset stored = EvidenceRepository(database.connection()).load();
            QVERIFY(stored.findCondition(u"hepatitis-d"_s));
            QVERIFY(findStudy(stored, u"Example trial B 2023"_s));
        }
        // The same file again: its studies are duplicates; its source and quotes are shared.
        QVERIFY_THROWS_EXCEPTION(InputError, importOnce(DuplicatePolicy::Refuse));
        const ImportReport replaced = importOnce(DuplicatePolicy::Replace);
        QCOMPARE(replaced.replaced.size(), 2);
        QCOMPARE(replaced.quotes, 0);
        QVERIFY(replaced.newConditions.isEmpty()); // stored by the first import
    }

    // A review with the user's rows exports as JSON, with them, and that JSON imports into
    // an empty database and exports again unchanged.
    void theImportedRowsRoundTripThroughJson()
    {
        const QString path = m_dir.filePath(u"withcsv.sqlite"_s);
        QJsonObject exported;
        {
            const Database database = Database::open(path);
            Dataset dataset = CsvDatasetReader::read(
                m_example, EvidenceRepository(database.connection()).loadHeader());
            EvidenceImporter(database.connection())
                .import(std::move(dataset), m_example, DuplicatePolicy::Refuse, false);
            exported = JsonExporter::toJson(EvidenceRepository(database.connection()).load());
        }
        const QByteArray json = QJsonDocument(exported).toJson();
        QVERIFY(json.contains("colleague-trials.csv line 4: row=effect"));
        QVERIFY(json.contains("\"Hepatitis D\""));

        const QString empty = m_dir.filePath(u"empty.sqlite"_s);
        QJsonObject again;
        {
            const Database database = Database::openUnprepared(empty);
            SchemaMigrator().migrate(database.connection());
            EvidenceImporter(database.connection())
                .import(JsonDatasetReader::read(json, u"review.json"_s), u"review.json"_s,
                        DuplicatePolicy::Refuse, false);
            again = JsonExporter::toJson(EvidenceRepository(database.connection()).load());
        }
        exported.remove(u"dataset_version"_s);
        again.remove(u"dataset_version"_s);
        QCOMPARE(QJsonDocument(again).toJson(), QJsonDocument(exported).toJson());
    }

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
    QString m_example;
    Dataset m_vocabulary;
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
