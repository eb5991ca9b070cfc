// SPDX-License-Identifier: MIT
#include "core/DatasetView.h"
#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "data/StudyQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;

// StudyQuery answers in SQL what StudySelection::matches answers in memory: the two must keep
// the same studies, in the same (stored) order, for every kind of criterion and their
// combinations.
class TestStudyQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database.emplace(Database::open(m_dir.filePath(QStringLiteral("q.sqlite"))));
        m_view = DatasetView(EvidenceRepository(m_database->connection()).load());
        QVERIFY(m_view.studies().size() > 5);
        addUserStudies();
    }

    void agreesWithMatches_data()
    {
        QTest::addColumn<StudySelection>("selection");
        QTest::newRow("everything") << StudySelection();
        const Dataset &dataset = m_view.dataset();
        for (const SelectionChoice &choice : conditionChoices(dataset)) {
            StudySelection selection;
            selection.conditionIds = {choice.id};
            QTest::newRow(qPrintable(u"condition " + choice.id)) << selection;
        }
        for (const SelectionChoice &choice : designChoices()) {
            StudySelection selection;
            selection.designIds = {choice.id};
            QTest::newRow(qPrintable(u"design " + choice.id)) << selection;
        }
        for (const SelectionChoice &choice : treatmentChoices()) {
            StudySelection selection;
            selection.treatmentIds = {choice.id};
            QTest::newRow(qPrintable(u"treatment " + choice.id)) << selection;
        }
        for (const QString &text : {QStringLiteral("resection"), QStringLiteral("SURVIVAL"),
                                    QStringLiteral("hb"), QStringLiteral("no such words")}) {
            StudySelection selection;
            selection.text = text;
            QTest::newRow(qPrintable(u"text " + text)) << selection;
        }
        StudySelection combined;
        combined.conditionIds = {QStringLiteral("hbv"), QStringLiteral("hcc")};
        combined.designIds = {QStringLiteral("rct"), QStringLiteral("observational")};
        combined.treatmentIds = {QStringLiteral("nucleos(t)ide-analogue")};
        QTest::newRow("conditions, designs and a treatment class") << combined;
        combined.text = QStringLiteral("response");
        QTest::newRow("and text") << combined;
        StudySelection one;
        one.studyId = m_view.studies().at(3).id;
        QTest::newRow("one study") << one;
    }

    void agreesWithMatches()
    {
        QFETCH(StudySelection, selection);
        QStringList expected;
        for (const Study *study : m_view.selectedStudies(selection))
            expected.append(study->id);
        QCOMPARE(StudyQuery(m_database->connection()).studyIds(selection), expected);
    }

    void countsEveryStudy()
    {
        QCOMPARE(StudyQuery(m_database->connection()).studyCount(), m_view.studies().size());
    }

    // The text found in a study's own fields, in an arm's, and in quotes the study, an arm or
    // a result cites; in stored order, which here is not the ids' order; a study matching
    // twice is listed once, and a quote no value cites leads to no study.
    void textMatchesThroughFieldsAndQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("studyIds");
        QTest::newRow("a study's name and a quote it cites")
            << QStringLiteral("okapi")
            << QStringList{QStringLiteral("u-z"), QStringLiteral("u-m"), QStringLiteral("u-a")};
        QTest::newRow("an arm's label")
            << QStringLiteral("Quokka") << QStringList{QStringLiteral("u-m")};
        QTest::newRow("a quote an arm cites")
            << QStringLiteral("narwhal") << QStringList{QStringLiteral("u-a")};
        QTest::newRow("a quote a result cites, and a study's notes")
            << QStringLiteral("WOMBAT")
            << QStringList{QStringLiteral("u-z"), QStringLiteral("u-a")};
        QTest::newRow("a quote no value cites") << QStringLiteral("pangolin") << QStringList();
    }

    void textMatchesThroughFieldsAndQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, studyIds);
        StudySelection selection;
        selection.text = text;
        QStringList inMemory;
        const DatasetView view(EvidenceRepository(m_userStudies->connection()).load());
        for (const Study *study : view.selectedStudies(selection))
            inMemory.append(study->id);
        QCOMPARE(inMemory, studyIds);
        QCOMPARE(StudyQuery(m_userStudies->connection()).studyIds(selection), studyIds);
    }

private:
    // Four studies stored in an order that is not their ids' (see
    // textMatchesThroughFieldsAndQuotes), their arms, a result and the quotes they cite.
    void addUserStudies()
    {
        m_userStudies.emplace(Database::open(m_dir.filePath(QStringLiteral("user.sqlite"))));
        QSqlQuery query(m_userStudies->connection());
        const QStringList rows{
            QStringLiteral("INSERT INTO source (id, kind, citation, title) VALUES ('u-src', "
                           "'primary_publication', 'Doe 2024', 'User studies')"),
            QStringLiteral("INSERT INTO study (id, name, kind, notes) VALUES ('u-z', 'Okapi "
                           "trial', 'trial', 'wombat notes')"),
            QStringLiteral("INSERT INTO study (id, name, kind) VALUES ('u-m', 'Second', 'cohort')"),
            QStringLiteral("INSERT INTO study (id, name, kind) VALUES ('u-a', 'Third', 'trial')"),
            QStringLiteral("INSERT INTO study (id, name, kind) VALUES ('u-b', 'Fourth', 'trial')"),
            QStringLiteral("INSERT INTO arm (id, study_id, label, role) VALUES ('u-m-arm', 'u-m', "
                           "'Quokka arm', 'treatment')"),
            QStringLiteral("INSERT INTO arm (id, study_id, label, role) VALUES ('u-a-arm', 'u-a', "
                           "'Arm', 'treatment')"),
            QStringLiteral("INSERT INTO outcome (id, arm_id, endpoint_id) VALUES ('u-a-out', "
                           "'u-a-arm', 'complete-response')"),
            QStringLiteral("INSERT INTO quote (id, source_id, text) VALUES ('u-q1', 'u-src', "
                           "'Okapi words')"),
            QStringLiteral("INSERT INTO quote (id, source_id, text) VALUES ('u-q2', 'u-src', "
                           "'Narwhal and okapi words')"),
            QStringLiteral("INSERT INTO quote (id, source_id, text) VALUES ('u-q3', 'u-src', "
                           "'Wombat words')"),
            QStringLiteral("INSERT INTO quote (id, source_id, text) VALUES ('u-q4', 'u-src', "
                           "'Pangolin words')"),
            QStringLiteral("INSERT INTO provenance (quote_id, study_id) VALUES ('u-q1', 'u-m')"),
            QStringLiteral("INSERT INTO provenance (quote_id, study_id) VALUES ('u-q1', 'u-z')"),
            QStringLiteral("INSERT INTO provenance (quote_id, arm_id) VALUES ('u-q2', 'u-a-arm')"),
            QStringLiteral(
                "INSERT INTO provenance (quote_id, outcome_id) VALUES ('u-q3', 'u-a-out')")};
        for (const QString &row : rows)
            QVERIFY2(query.exec(row), qPrintable(query.lastError().text()));
    }

    QTemporaryDir m_dir;
    std::optional<Database> m_database;
    std::optional<Database> m_userStudies;
    DatasetView m_view;
};

QTEST_GUILESS_MAIN(TestStudyQuery)
#include "tst_studyquery.moc"
