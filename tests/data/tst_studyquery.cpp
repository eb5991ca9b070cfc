// SPDX-License-Identifier: MIT
#include "core/DatasetView.h"
#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "data/StudyQuery.h"

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

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_database;
    DatasetView m_view;
};

QTEST_GUILESS_MAIN(TestStudyQuery)
#include "tst_studyquery.moc"
