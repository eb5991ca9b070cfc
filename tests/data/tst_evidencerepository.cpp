// SPDX-License-Identifier: MIT
#include "common/FigureMatcher.h"
#include "core/DatasetView.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/EvidenceRepository.h"
#include "data/JsonExporter.h"
#include "data/SchemaMigrator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

QString readSourceFile(const QString &relativePath)
{
    QFile file(QStringLiteral(EB_SOURCE_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString collapseWhitespace(QString text)
{
    static const QRegularExpression runs(QStringLiteral("\\s+"));
    return text.replace(runs, QStringLiteral(" "));
}

QStringList studyIds(const Dataset &dataset)
{
    QStringList ids;
    for (const Study &study : dataset.studies)
        ids.append(study.id);
    ids.sort();
    return ids;
}

} // namespace

class TestEvidenceRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database.emplace(Database::open(m_dir.filePath(QStringLiteral("e.sqlite"))));
        m_repository.emplace(m_database->connection());
        m_dataset = m_repository->load();
    }

    void storesEveryFigureOfTheDocumentWithItsQuote_data()
    {
        QTest::addColumn<int>("index");
        const QList<DocumentFigure> figures = documentFigures();
        for (int i = 0; i < figures.size(); ++i)
            QTest::newRow(qPrintable(figures.at(i).name)) << i;
    }

    void storesEveryFigureOfTheDocumentWithItsQuote()
    {
        QFETCH(int, index);
        const DocumentFigure figure = documentFigures().at(index);
        const FigureMatcher matcher(JsonExporter::toJson(m_dataset));
        QVERIFY(!matcher.isEmpty());
        QCOMPARE(matcher.count(figure), 1);
    }

    // A quote is the words of the source it is attributed to: the document's are in
    // source-document.txt; a primary publication's (our summary of its abstract) are in its own
    // section of primary-sources.md, the one that gives its DOI. Whitespace is normalised.
    void everyQuoteIsInTheTextOfItsOwnSource()
    {
        const QString document =
            collapseWhitespace(readSourceFile(QStringLiteral("db/seed/source-document.txt")));
        const QStringList sections =
            readSourceFile(QStringLiteral("db/seed/primary-sources.md")).split(u"\n## "_s);
        QVERIFY(!document.isEmpty() && sections.size() == 4);
        int quotes = 0;
        for (const Source &source : m_dataset.sources) {
            QString text;
            if (source.kind == u"review_article") {
                text = document;
            } else {
                for (const QString &section : sections)
                    if (!source.doi.isEmpty() && section.contains(source.doi))
                        text = collapseWhitespace(section);
            }
            QVERIFY2(!text.isEmpty(), qPrintable(source.id + u" has no bundled text"_s));
            for (const Quote &quote : source.quotes) {
                ++quotes;
                QVERIFY2(
                    text.contains(collapseWhitespace(quote.text)),
                    qPrintable(quote.id + u" is not in "_s + source.id + u": "_s + quote.text));
                // The document's words are verbatim; for a primary publication we hold only
                // our summary of its abstract, and it must say so.
                QCOMPARE(quote.wording,
                         source.kind == u"review_article" ? u"verbatim"_s : u"abstract_summary"_s);
            }
        }
        QVERIFY(quotes >= 30);
    }

    // Our remarks about a source ("the document omits these") are notes, never in its words.
    void quotesHoldNoRemarksOfOurs_data()
    {
        QTest::addColumn<QString>("quoteId");
        QTest::addColumn<QString>("note");
        QTest::newRow("HBeAg loss") << u"q-iino-hbeag"_s << u"seroconversion"_s;
        QTest::newRow("end of treatment") << u"q-yang-eot"_s << u"the document gives"_s;
        QTest::newRow("end of follow-up") << u"q-yang-fu"_s << u"document omits"_s;
        QTest::newRow("0.8 mg group") << u"q-iino-low-dose"_s << u"no figures"_s;
    }

    void quotesHoldNoRemarksOfOurs()
    {
        QFETCH(QString, quoteId);
        QFETCH(QString, note);
        const DatasetView view(m_dataset);
        const Quote *quote = view.quotes().value(quoteId).quote;
        QVERIFY(quote);
        QVERIFY2(!quote->text.contains(note, Qt::CaseInsensitive), qPrintable(quote->text));
        QVERIFY2(quote->note.contains(note, Qt::CaseInsensitive), qPrintable(quote->note));
        for (const Source &source : m_dataset.sources)
            for (const Quote &any : source.quotes)
                QVERIFY2(!any.text.contains(u"the document"_s, Qt::CaseInsensitive) &&
                             !any.text.contains(u"Evidence Browser"_s),
                         qPrintable(any.id + u": "_s + any.text));
    }

    // A value that is our classification is never backed by a source's quote.
    void classifiedValuesCiteNoQuote()
    {
        int classified = 0;
        for (const Study &study : m_dataset.studies) {
            for (const Classification &classification : study.classifications) {
                ++classified;
                for (const Citation &citation : study.citations)
                    QVERIFY2(citation.field != classification.field,
                             qPrintable(study.id + u": "_s + classification.field));
            }
            for (const Arm &arm : study.arms) {
                classified += int(arm.classifications.size());
                for (const Classification &classification : arm.classifications)
                    for (const Citation &citation : arm.citations)
                        QVERIFY2(citation.field != classification.field,
                                 qPrintable(arm.id + u": "_s + classification.field));
            }
        }
        QCOMPARE(classified, 3); // Japan, the HCC comparison group, the TACE arm's role
    }

    void everyNumberHasAQuote()
    {
        for (const Study &study : m_dataset.studies) {
            if (study.size)
                QVERIFY2(!study.citations.isEmpty(), qPrintable(study.id));
            for (const Arm &arm : study.arms)
                for (const Outcome &outcome : arm.outcomes)
                    if (outcome.percent || outcome.percentLow || outcome.events)
                        QVERIFY2(!outcome.citations.isEmpty(), qPrintable(outcome.id));
            for (const Effect &effect : study.effects)
                QVERIFY2(!effect.citations.isEmpty(), qPrintable(effect.id));
        }
        for (const TherapyFact &fact : m_dataset.therapyFacts)
            QVERIFY2(!fact.citations.isEmpty(), qPrintable(fact.id));
    }

    // The document gives no arm sizes or event counts for these; they must stay unknown.
    void neverDerivesCountsFromPercentages()
    {
        for (const Study &study : m_dataset.studies) {
            if (study.id != u"jp-chb-rct" && study.id != u"cirrhosis-rct")
                continue;
            for (const Arm &arm : study.arms) {
                QVERIFY2(!arm.size, qPrintable(arm.id));
                for (const Outcome &outcome : arm.outcomes)
                    QVERIFY2(!outcome.events && !outcome.total, qPrintable(outcome.id));
            }
        }
    }

    void theNumericallyWorseClaimCarriesACaveat()
    {
        bool found = false;
        for (const Study &study : m_dataset.studies)
            for (const Effect &effect : study.effects)
                if (effect.claim == u"numerically_worse") {
                    found = true;
                    QVERIFY(std::any_of(
                        effect.caveats.cbegin(), effect.caveats.cend(),
                        [](const Caveat &caveat) { return caveat.kind == u"words_vs_numbers"; }));
                }
        QVERIFY(found);
    }

    void findsConditionsWithoutRegardToCase_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("id");
        QTest::newRow("upper") << QStringLiteral("HBV") << QStringLiteral("hbv");
        QTest::newRow("mixed") << QStringLiteral("Cirrhosis") << QStringLiteral("cirrhosis");
        QTest::newRow("lower") << QStringLiteral("hcc") << QStringLiteral("hcc");
        QTest::newRow("spaces") << QStringLiteral(" HCC ") << QStringLiteral("hcc");
        QTest::newRow("unknown") << QStringLiteral("HCV") << QString();
    }

    void findsConditionsWithoutRegardToCase()
    {
        QFETCH(QString, typed);
        QFETCH(QString, id);
        QCOMPARE(m_repository->findConditionId(typed).value_or(QString()), id);
    }

    void filtersStudiesByCondition_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QStringList>("studies");
        QTest::newRow("hbv") << QStringLiteral("hbv")
                             << QStringList{u"cirrhosis-rct"_s, u"ifn-meta"_s, u"jp-chb-rct"_s,
                                            u"na-range"_s, u"you-2006-rct"_s};
        QTest::newRow("cirrhosis")
            << QStringLiteral("cirrhosis") << QStringList{u"cirrhosis-rct"_s};
        QTest::newRow("hcc") << QStringLiteral("hcc")
                             << QStringList{u"hcc-resection-cohort"_s, u"tace-study"_s};
    }

    void filtersStudiesByCondition()
    {
        QFETCH(QString, condition);
        QFETCH(QStringList, studies);
        const Dataset filtered = m_repository->load(StudySelection::ofCondition(condition));
        QCOMPARE(studyIds(filtered), studies);
        QVERIFY(filtered.therapyFacts.isEmpty());
        for (const Study &study : filtered.studies)
            QVERIFY(study.conditionIds.contains(condition));
        // Only the sources its rows cite: the HCC studies cite the document alone.
        if (condition == u"hcc")
            QCOMPARE(filtered.sources.size(), 1);
    }

    void sqlKeepsWhatTheSelectionKeeps_data()
    {
        QTest::addColumn<QStringList>("conditions");
        QTest::addColumn<QString>("studyId");
        QTest::newRow("none") << QStringList() << QString();
        QTest::newRow("hbv") << QStringList{u"hbv"_s} << QString();
        QTest::newRow("hbv or hcc") << QStringList{u"hbv"_s, u"hcc"_s} << QString();
        QTest::newRow("cirrhosis or hcc") << QStringList{u"cirrhosis"_s, u"hcc"_s} << QString();
        QTest::newRow("one study") << QStringList() << u"tace-study"_s;
        QTest::newRow("a study outside its condition") << QStringList{u"hbv"_s} << u"tace-study"_s;
        QTest::newRow("an unknown condition") << QStringList{u"hcv"_s} << QString();
    }

    // The repository's SQL and StudySelection::matches are the same rule for the criteria
    // stored as columns.
    void sqlKeepsWhatTheSelectionKeeps()
    {
        QFETCH(QStringList, conditions);
        QFETCH(QString, studyId);
        StudySelection selection;
        selection.conditionIds = QSet<QString>(conditions.cbegin(), conditions.cend());
        selection.studyId = studyId;
        QStringList inMemory;
        const DatasetView view(m_dataset);
        for (const Study *study : view.selectedStudies(selection))
            inMemory.append(study->id);
        inMemory.sort();
        QCOMPARE(studyIds(m_repository->load(selection)), inMemory);
        QCOMPARE(m_repository->load(selection).partial, selection.filtersStudies());
    }

    void streamedExportIsTheDocumentExport_data()
    {
        QTest::addColumn<QStringList>("conditions");
        QTest::newRow("everything") << QStringList();
        QTest::newRow("hbv") << QStringList{u"hbv"_s};
        QTest::newRow("cirrhosis") << QStringList{u"cirrhosis"_s};
        QTest::newRow("hcc or cirrhosis") << QStringList{u"hcc"_s, u"cirrhosis"_s};
        QTest::newRow("an unknown condition") << QStringList{u"hcv"_s};
    }

    // The export written as it reads is, byte for byte, the one built in memory.
    void streamedExportIsTheDocumentExport()
    {
        QFETCH(QStringList, conditions);
        StudySelection selection;
        selection.conditionIds = QSet<QString>(conditions.cbegin(), conditions.cend());
        QString streamed;
        QTextStream out(&streamed);
        JsonExporter::write(*m_repository, selection, out);
        out.flush();
        const QByteArray whole =
            QJsonDocument(JsonExporter::toJson(m_repository->load(selection))).toJson();
        QCOMPARE(streamed.toUtf8(), whole);
    }

    // Page by page, the studies are the ones one read gives, in the same order.
    void pagesOfStudiesAreTheWholeRead()
    {
        for (const QString &condition : {QString(), u"hbv"_s}) {
            const StudySelection selection = StudySelection::ofCondition(condition);
            QJsonArray paged;
            StudyCursor cursor;
            int pages = 0;
            while (!cursor.finished) {
                Dataset page = m_repository->loadHeader(selection);
                page.studies = m_repository->loadStudies(selection, cursor, 2);
                QVERIFY(page.studies.size() <= 2);
                for (const QJsonValue study : JsonExporter::toJson(page)[u"studies"_s].toArray())
                    paged.append(study);
                ++pages;
            }
            QVERIFY(pages >= 3);
            QCOMPARE(paged, JsonExporter::toJson(m_repository->load(selection))[u"studies"_s]);
        }
    }

    // What the audit reads: every row of every study but the citations.
    void studiesWithoutCitationsAreTheStudiesLessTheirCitations()
    {
        StudyCursor all;
        QList<Study> expected = m_repository->loadStudies({}, all, -1);
        StudyCursor lean;
        const QList<Study> read =
            m_repository->loadStudies({}, lean, -1, StudyParts::WithoutCitations);
        int citations = 0;
        for (Study &study : expected) {
            citations += int(study.citations.size());
            study.citations.clear();
            for (Arm &arm : study.arms) {
                arm.citations.clear();
                for (Outcome &outcome : arm.outcomes) {
                    citations += int(outcome.citations.size());
                    outcome.citations.clear();
                }
            }
            for (Effect &effect : study.effects) {
                citations += int(effect.citations.size());
                effect.citations.clear();
            }
        }
        QVERIFY(citations > 0);
        const auto studiesJson = [this](const QList<Study> &studies) {
            Dataset dataset = m_repository->loadHeader();
            dataset.studies = studies;
            return JsonExporter::toJson(dataset)[u"studies"_s].toArray();
        };
        QVERIFY(!read.isEmpty());
        QCOMPARE(studiesJson(read), studiesJson(expected));
    }

    void theTextIndexFindsWhatTheSelectionFinds_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text :
             {u"resection"_s, u"ReSeCtIoN"_s, u"Tα1"_s, u"interferon"_s, u"numerically worse"_s,
              u"ALT normalization"_s, u"HBeAg loss"_s, u"primary publication"_s, u"60–90"_s,
              u"1.6 mg"_s, u"ca"_s, u"%"_s, u"not in any study"_s, u"\"quoted\""_s, u"  hcc  "_s})
            QTest::newRow(qPrintable(text)) << text;
    }

    // The full-text index and StudySelection::matches keep the same studies.
    void theTextIndexFindsWhatTheSelectionFinds()
    {
        QFETCH(QString, text);
        StudySelection selection;
        selection.text = text;
        QSet<QString> inMemory;
        const DatasetView view(m_dataset);
        for (const Study *study : view.selectedStudies(selection))
            inMemory.insert(study->id);
        QCOMPARE(m_repository->studiesContaining(text), inMemory);
    }

    // Triggers keep the index in step with every insert, update and delete.
    void theTextIndexFollowsEveryChange()
    {
        const Database database = Database::open(m_dir.filePath(u"changes.sqlite"_s));
        const EvidenceRepository repository(database.connection());
        QSqlQuery query(database.connection());
        const QStringList rows{
            u"INSERT INTO source (id, kind, citation, title) VALUES ('u-src', "
            "'primary_publication', 'Doe 2024', 'A user study')"_s,
            u"INSERT INTO study (id, name, kind) VALUES ('u-study', 'Zebra trial', 'trial')"_s,
            u"INSERT INTO arm (id, study_id, label, role) VALUES ('u-arm', 'u-study', "
            "'Quokka arm', 'treatment')"_s,
            u"INSERT INTO outcome (id, arm_id, endpoint_id, finding) VALUES ('u-out', 'u-arm', "
            "'complete-response', 'Wombat finding')"_s,
            u"INSERT INTO quote (id, source_id, text) VALUES ('u-q', 'u-src', 'Narwhal words')"_s,
            u"INSERT INTO provenance (quote_id, outcome_id) VALUES ('u-q', 'u-out')"_s};
        for (const QString &row : rows)
            QVERIFY2(query.exec(row), qPrintable(query.lastError().text()));
        const QSet<QString> user{u"u-study"_s};
        for (const QString &word : {u"zebra"_s, u"quokka"_s, u"wombat"_s, u"narwhal"_s})
            QCOMPARE(repository.studiesContaining(word), user);
        QVERIFY(query.exec(u"UPDATE study SET name = 'Okapi trial' WHERE id = 'u-study'"_s));
        QVERIFY(query.exec(u"UPDATE quote SET text = 'Axolotl words' WHERE id = 'u-q'"_s));
        QVERIFY(repository.studiesContaining(u"zebra"_s).isEmpty());
        QVERIFY(repository.studiesContaining(u"narwhal"_s).isEmpty());
        QCOMPARE(repository.studiesContaining(u"okapi"_s), user);
        QCOMPARE(repository.studiesContaining(u"axolotl"_s), user);
        QVERIFY(query.exec(u"DELETE FROM provenance WHERE quote_id = 'u-q'"_s));
        QVERIFY(repository.studiesContaining(u"axolotl"_s).isEmpty());
        QVERIFY(query.exec(u"DELETE FROM outcome WHERE id = 'u-out'"_s));
        QVERIFY(repository.studiesContaining(u"wombat"_s).isEmpty());
        QCOMPARE(repository.studiesContaining(u"quokka"_s), user);
    }

    // The migration that creates the index keeps a user's rows and indexes them.
    void theTextIndexMigrationKeepsAndIndexesUserRows()
    {
        const QString path = m_dir.filePath(u"version3.sqlite"_s);
        {
            const Database database = Database::openUnprepared(path);
            SchemaMigrator().migrate(database.connection(), 3);
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"INSERT INTO study (id, name, kind) VALUES ('u-old', "
                               "'Pangolin cohort', 'cohort')"_s));
        }
        const Database database = Database::open(path);
        const EvidenceRepository repository(database.connection());
        QCOMPARE(SchemaMigrator::currentVersion(database.connection()),
                 SchemaMigrator().latestVersion());
        QCOMPARE(repository.studiesContaining(u"pangolin"_s), QSet<QString>{u"u-old"_s});
        QCOMPARE(repository.load().studies.size(), 8); // the bundled seven and the user's
    }

    void theUnfilteredDatasetHasEverythingOnce()
    {
        QCOMPARE(m_dataset.studies.size(), 7);
        QCOMPARE(m_dataset.sources.size(), 4);
        QVERIFY(m_dataset.therapyFacts.size() >= 4);
        QCOMPARE(m_dataset.datasetVersion, QStringLiteral("2"));
    }

    // Damage made with foreign keys off: refused with the file named, never attached to the
    // first study (which also crashed on an empty study table).
    void refusesRowsThatPointAtNothingOrHoldTextForNumbers_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("study row deleted")
            << u"DELETE FROM study WHERE id = 'hcc-resection-cohort'"_s
            << u"points at a study row that does not exist"_s;
        QTest::newRow("every study deleted")
            << u"DELETE FROM study"_s << u"points at a study row that does not exist"_s;
        QTest::newRow("arm of no study")
            << u"UPDATE arm SET study_id = 'nobody' WHERE rowid = 1"_s << u"arm '"_s;
        QTest::newRow("text for a number")
            << u"UPDATE effect SET estimate = 'abc' WHERE estimate_printed = '0.308'"_s
            << u"table effect, row '"_s;
        QTest::newRow("text for a whole number")
            << u"UPDATE outcome SET events = 'many' WHERE events IS NOT NULL AND rowid = "
               "(SELECT min(rowid) FROM outcome WHERE events IS NOT NULL)"_s
            << u"column events holds 'many'"_s;
        QTest::newRow("a fraction for a count")
            << u"UPDATE outcome SET events = 2.5 WHERE events IS NOT NULL AND rowid = "
               "(SELECT min(rowid) FROM outcome WHERE events IS NOT NULL)"_s
            << u"column events holds '2.5'"_s;
        QTest::newRow("an infinite estimate")
            << u"UPDATE effect SET estimate = 9e999 WHERE estimate_printed = '0.308'"_s
            << u"column estimate holds 'inf'"_s;
        QTest::newRow("a dropped column") << u"ALTER TABLE arm DROP COLUMN dose_printed"_s
                                          << u"table arm has no column dose_printed"_s;
    }

    void refusesRowsThatPointAtNothingOrHoldTextForNumbers()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_s);
        const Database database = Database::open(path);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(query.exec(u"PRAGMA ignore_check_constraints = ON"_s));
        QVERIFY2(query.exec(damage), qPrintable(query.lastError().text()));
        try {
            EvidenceRepository(database.connection()).load();
            QFAIL("a damaged database was loaded");
        } catch (const DatabaseError &error) {
            QVERIFY2(error.message().startsWith(path + u" is damaged"_s) &&
                         error.message().contains(message),
                     qPrintable(error.message()));
        }
    }

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_database;
    std::optional<EvidenceRepository> m_repository;
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TestEvidenceRepository)
#include "tst_evidencerepository.moc"
