// SPDX-License-Identifier: MIT
#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "models/StudyFilterProxy.h"
#include "models/StudyTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

QStringList visibleStudyIds(const StudyFilterProxy &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(StudyTableModel::StudyIdRole).toString());
    ids.sort();
    return ids;
}

QSet<QString> setOf(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

// Counts how often a study is tested against the selection.
class CountingProxy : public StudyFilterProxy
{
public:
    mutable int tests = 0;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        ++tests;
        return StudyFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
    }
};

} // namespace

class TestStudyFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Database database = Database::open(m_dir.filePath(QStringLiteral("f.sqlite")));
        m_model.setView(DatasetView(EvidenceRepository(database.connection()).load()));
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("conditions");
        QTest::addColumn<QStringList>("designs");
        QTest::addColumn<QStringList>("treatments");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{
            u"cirrhosis-rct"_s, u"hcc-resection-cohort"_s, u"ifn-meta"_s,    u"jp-chb-rct"_s,
            u"na-range"_s,      u"tace-study"_s,           u"you-2006-rct"_s};
        const QStringList none;
        QTest::newRow("nothing set") << none << none << none << QString() << all;
        QTest::newRow("hbv") << QStringList{u"hbv"_s} << none << none << QString()
                             << QStringList{u"cirrhosis-rct"_s, u"ifn-meta"_s, u"jp-chb-rct"_s,
                                            u"na-range"_s, u"you-2006-rct"_s};
        QTest::newRow("cirrhosis") << QStringList{u"cirrhosis"_s} << none << none << QString()
                                   << QStringList{u"cirrhosis-rct"_s};
        QTest::newRow("hcc") << QStringList{u"hcc"_s} << none << none << QString()
                             << QStringList{u"hcc-resection-cohort"_s, u"tace-study"_s};
        QTest::newRow("cirrhosis or hcc")
            << QStringList{u"cirrhosis"_s, u"hcc"_s} << none << none << QString()
            << QStringList{u"cirrhosis-rct"_s, u"hcc-resection-cohort"_s, u"tace-study"_s};
        QTest::newRow("hbv and randomised")
            << QStringList{u"hbv"_s} << QStringList{u"rct"_s} << none << QString()
            << QStringList{u"cirrhosis-rct"_s, u"jp-chb-rct"_s, u"you-2006-rct"_s};
        QTest::newRow("meta-analysis") << none << QStringList{u"meta-analysis"_s} << none
                                       << QString() << QStringList{u"ifn-meta"_s};
        QTest::newRow("observational") << none << QStringList{u"observational"_s} << none
                                       << QString() << QStringList{u"hcc-resection-cohort"_s};
        QTest::newRow("other designs") << none << QStringList{u"other"_s} << none << QString()
                                       << QStringList{u"na-range"_s, u"tace-study"_s};
        QTest::newRow("interferon") << none << none << QStringList{u"interferon-alpha"_s}
                                    << QString() << QStringList{u"ifn-meta"_s, u"you-2006-rct"_s};
        QTest::newRow("entecavir") << none << none << QStringList{u"entecavir"_s} << QString()
                                   << QStringList{u"cirrhosis-rct"_s, u"na-range"_s};
        QTest::newRow("nucleos(t)ide analogues by class")
            << none << none << QStringList{u"nucleos(t)ide-analogue"_s} << QString()
            << QStringList{u"cirrhosis-rct"_s, u"na-range"_s};
        QTest::newRow("hcc and interferon: nothing")
            << QStringList{u"hcc"_s} << none << QStringList{u"interferon-alpha"_s} << QString()
            << none;
        QTest::newRow("text in a name")
            << none << none << none << u"TACE"_s << QStringList{u"tace-study"_s};
        QTest::newRow("text in a quote") << none << none << none << u"propensity score"_s
                                         << QStringList{u"hcc-resection-cohort"_s};
        QTest::newRow("text in an endpoint") << none << none << none << u"recurrence-free"_s
                                             << QStringList{u"hcc-resection-cohort"_s};
        QTest::newRow("text in a caveat")
            << none << none << none << u"branched-DNA"_s << QStringList{u"jp-chb-rct"_s};
        QTest::newRow("text with condition")
            << QStringList{u"hbv"_s} << none << none << u"interferon"_s
            << QStringList{u"ifn-meta"_s, u"you-2006-rct"_s};
        QTest::newRow("text matching nothing") << none << none << none << u"aspirin"_s << none;
    }

    void filters()
    {
        QFETCH(QStringList, conditions);
        QFETCH(QStringList, designs);
        QFETCH(QStringList, treatments);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        StudyFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&m_model);
        StudySelection selection;
        selection.conditionIds = setOf(conditions);
        selection.designIds = setOf(designs);
        selection.treatmentIds = setOf(treatments);
        selection.text = text;
        proxy.setSelection(selection);
        QCOMPARE(visibleStudyIds(proxy), expected);
        QCOMPARE(proxy.isFiltering(), !conditions.isEmpty() || !designs.isEmpty() ||
                                          !treatments.isEmpty() || !text.isEmpty());
        // The figures and the commands keep the same studies: one definition.
        QStringList selected;
        for (const Study *study : m_model.view().selectedStudies(selection))
            selected.append(study->id);
        selected.sort();
        QCOMPARE(selected, expected);

        proxy.setSelection(StudySelection());
        QCOMPARE(proxy.rowCount(), m_model.rowCount());
        QVERIFY(!proxy.isFiltering());
    }

    void sortsNumbersAsNumbersAndUnknownsLast()
    {
        StudyFilterProxy proxy;
        proxy.setSourceModel(&m_model);
        proxy.sort(StudyTableModel::Size, Qt::AscendingOrder);
        QStringList sizes;
        for (int row = 0; row < proxy.rowCount(); ++row)
            sizes.append(proxy.index(row, StudyTableModel::Size).data().toString());
        QCOMPARE(sizes, (QStringList{u"62"_s, u"199"_s, u"316"_s, u"468"_s, u"690"_s,
                                     u"not reported"_s, u"not reported"_s}));
    }

    void filtersOnceAndAnnouncesOnlyRealChanges()
    {
        CountingProxy proxy;
        proxy.setSourceModel(&m_model);
        QCOMPARE(proxy.rowCount(), m_model.rowCount());
        QSignalSpy changed(&proxy, &StudyFilterProxy::selectionChanged);
        proxy.tests = 0;
        const StudySelection hcc = StudySelection::ofCondition(u"hcc"_s);
        // Each change is one filter pass, each study tested once (rowCount() makes the proxy
        // filter now rather than when a view next asks).
        proxy.setSelection(hcc);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.tests, m_model.rowCount());
        proxy.setSelection(hcc);
        proxy.setSelection(StudySelection::ofCondition(u"hcc"_s));
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.tests, m_model.rowCount());
        proxy.setSelection(StudySelection());
        QCOMPARE(proxy.rowCount(), m_model.rowCount());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(proxy.tests, 2 * m_model.rowCount());
    }

private:
    QTemporaryDir m_dir;
    StudyTableModel m_model;
};

QTEST_GUILESS_MAIN(TestStudyFilterProxy)
#include "tst_studyfilterproxy.moc"
