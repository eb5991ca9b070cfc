// SPDX-License-Identifier: MIT
#include "common/BundledData.h"
#include "models/StudyTableModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;

class TestStudyTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = loadBundledDataset(m_dir.filePath(QStringLiteral("m.sqlite")));
    }

    void passesTheModelTester()
    {
        StudyTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(DatasetView(m_dataset));
        QCOMPARE(model.rowCount(), int(m_dataset.studies.size()));
        model.setView(DatasetView());
        QCOMPARE(model.rowCount(), 0);
    }

    void showsWhatAReaderScans_data()
    {
        QTest::addColumn<QString>("studyId");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("size") << QStringLiteral("jp-chb-rct") << int(StudyTableModel::Size)
                              << QStringLiteral("316");
        QTest::newRow("size not reported")
            << QStringLiteral("tace-study") << int(StudyTableModel::Size)
            << QStringLiteral("not reported");
        QTest::newRow("median follow-up")
            << QStringLiteral("hcc-resection-cohort") << int(StudyTableModel::FollowUp)
            << QStringLiteral("median 60 months");
        QTest::newRow("two conditions")
            << QStringLiteral("cirrhosis-rct") << int(StudyTableModel::Conditions)
            << QStringLiteral("Cirrhosis, Chronic hepatitis B");
        QTest::newRow("comparison")
            << QStringLiteral("cirrhosis-rct") << int(StudyTableModel::Comparison)
            << QStringLiteral("Tα1 + entecavir vs Entecavir alone");
        QTest::newRow("key result of a ratio")
            << QStringLiteral("hcc-resection-cohort") << int(StudyTableModel::KeyResult)
            << QStringLiteral("Overall survival: HR 0.308 (0.175–0.541) Tα1 vs without thymosin "
                              "alpha-1, over follow-up");
        QTest::newRow("key result of two arms")
            << QStringLiteral("cirrhosis-rct") << int(StudyTableModel::KeyResult)
            << QStringLiteral(
                   "HCC incidence: Tα1 + entecavir 1.7% vs ETV 2.1%, time point not reported");
        QTest::newRow("key result that reverses, arm level")
            << QStringLiteral("you-2006-rct") << int(StudyTableModel::KeyResult)
            << QStringLiteral("Complete response: Tα1 31.0% vs IFN-α 45.5%, end of 6 months of "
                              "treatment; reverses: Tα1 48.3% vs IFN-α 27.3%, end of follow-up, 6 "
                              "months after treatment");
        QTest::newRow("key result that reverses, a ratio")
            << QStringLiteral("ifn-meta") << int(StudyTableModel::KeyResult)
            << QStringLiteral("Virologic response: OR 0.62 (0.35–1.10) Tα1 vs IFN-α, end of 6 "
                              "months of treatment; reverses: OR 3.71 (2.05–6.71) Tα1 vs IFN-α, "
                              "end of follow-up, 6 months after treatment");
        QTest::newRow("key result of a range")
            << QStringLiteral("na-range") << int(StudyTableModel::KeyResult)
            << QStringLiteral("HBV DNA suppression: entecavir or tenofovir 60–90%, time point not "
                              "reported");
        QTest::newRow("key result without numbers")
            << QStringLiteral("tace-study") << int(StudyTableModel::KeyResult)
            << QStringLiteral("not reported");
        QTest::newRow("evidence level")
            << QStringLiteral("ifn-meta") << int(StudyTableModel::Evidence)
            << QStringLiteral("A · meta-analysis of randomised trials");
    }

    void showsWhatAReaderScans()
    {
        QFETCH(QString, studyId);
        QFETCH(int, column);
        QFETCH(QString, text);
        StudyTableModel model;
        model.setView(DatasetView(m_dataset));
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.study(row).id == studyId) {
                QCOMPARE(model.index(row, column).data().toString(), text);
                return;
            }
        QFAIL("study not in the model");
    }

    void marksStudiesWithIntegrityFindings()
    {
        StudyTableModel model;
        model.setView(DatasetView(m_dataset));
        const int meta = model.rowOfStudy(QStringLiteral("ifn-meta"));
        const int cohort = model.rowOfStudy(QStringLiteral("hcc-resection-cohort"));
        QCOMPARE(model.index(meta, 0).data(StudyTableModel::FindingCountRole).toInt(),
                 4); // the "numerically worse" words, and three values the document leaves out
        QVERIFY(model.index(meta, StudyTableModel::Name).data().toString().startsWith(u'⚠'));
        QVERIFY(model.index(meta, StudyTableModel::Name)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("numerically worse")));
        QCOMPARE(model.index(cohort, 0).data(StudyTableModel::FindingCountRole).toInt(), 0);
        QVERIFY(!model.index(cohort, StudyTableModel::Name).data().toString().startsWith(u'⚠'));
    }

private:
    QTemporaryDir m_dir;
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TestStudyTableModel)
#include "tst_studytablemodel.moc"
