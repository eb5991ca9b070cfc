// SPDX-License-Identifier: MIT
#include "common/BundledData.h"
#include "core/DatasetView.h"

#include <QTemporaryDir>
#include <QTest>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

QStringList idsOf(const QList<const Study *> &studies)
{
    QStringList ids;
    for (const Study *study : studies)
        ids.append(study->id);
    ids.sort();
    return ids;
}

} // namespace

// StudySelection, the one rule for which studies every view and command shows, and
// DatasetView, which derives what the rule needs once per dataset.
class TestStudySelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A quote cited by several values of a study is in its search text once, and still found.
    void aQuoteCitedTwiceIsSearchedOnce()
    {
        Dataset dataset;
        Source source;
        source.id = u"s"_s;
        Quote quote;
        quote.id = u"q"_s;
        quote.sourceId = u"s"_s;
        quote.text = u"Thymosin lowered the viral load"_s;
        source.quotes.append(quote);
        dataset.sources.append(source);
        Study study;
        study.id = u"study"_s;
        study.name = u"A trial"_s;
        study.citations.append({u"q"_s, u"size"_s});
        Arm arm;
        arm.label = u"Treated"_s;
        arm.citations.append({u"q"_s, u"dose"_s});
        study.arms.append(arm);
        dataset.studies.append(study);
        const QuoteIndex quotes = dataset.quoteIndex();
        const StudySearchKeys keys = StudySearchKeys::of(study, dataset, quotes);
        QCOMPARE(keys.text.count(u"viral load"_s), 1);
        StudySelection selection;
        selection.text = u"VIRAL"_s;
        QVERIFY(selection.matches(study, keys));
    }

    void textMatchesWithoutRegardToCaseOrSpaces()
    {
        StudySelection selection;
        selection.text = u"  INTERFERON "_s;
        const QStringList upper = idsOf(m_view.selectedStudies(selection));
        selection.text = u"interferon"_s;
        QCOMPARE(idsOf(m_view.selectedStudies(selection)), upper);
        QVERIFY(!upper.isEmpty());
        QVERIFY(upper.size() < m_view.studies().size());
    }

    void criteriaCombineWithinAndAcrossKinds()
    {
        StudySelection hccOrHbv;
        hccOrHbv.conditionIds = {u"hcc"_s, u"hbv"_s};
        StudySelection hcc = StudySelection::ofCondition(u"hcc"_s);
        StudySelection hbv = StudySelection::ofCondition(u"hbv"_s);
        QCOMPARE(m_view.selectedStudies(hccOrHbv).size(),
                 m_view.selectedStudies(hcc).size() + m_view.selectedStudies(hbv).size());
        hcc.designIds = {u"rct"_s};
        QVERIFY(m_view.selectedStudies(hcc).isEmpty()); // the HCC studies are observational
    }

    void theEndpointSelectsResultsNotStudies()
    {
        StudySelection selection;
        selection.endpointId = u"overall-survival"_s;
        QVERIFY(!selection.filtersStudies());
        QCOMPARE(m_view.selectedStudies(selection).size(), m_view.studies().size());
        QVERIFY(selection.matchesEndpoint(u"overall-survival"_s));
        QVERIFY(!selection.matchesEndpoint(u"hcc-recurrence"_s));
    }

    void describesEveryCriterion()
    {
        StudySelection selection;
        QCOMPARE(selection.describe(m_view.dataset()), QString());
        selection.conditionIds = {u"hcc"_s, u"hbv"_s};
        selection.designIds = {u"observational"_s};
        selection.text = u"resection"_s;
        QCOMPARE(
            selection.describe(m_view.dataset()),
            u"Chronic hepatitis B or Hepatocellular carcinoma · Observational · “resection”"_s);
    }

    void computesTheAuditOnceAndSharesIt()
    {
        const DatasetView copy = m_view;
        QCOMPARE(&copy.findings(), &m_view.findings()); // one state, not a second audit
        int flagged = 0;
        for (qsizetype i = 0; i < m_view.studies().size(); ++i)
            flagged += int(m_view.findingCountOfStudy(m_view.studies().at(i).id));
        QCOMPARE(flagged, int(m_view.findings().size()));
        for (const IntegrityFinding &finding : m_view.findings())
            QVERIFY(m_view.findingsOf(finding.targetKind, finding.targetId).contains(finding));
    }

private:
    const QTemporaryDir m_dir;
    const DatasetView m_view{loadBundledDataset(m_dir.filePath(u"s.sqlite"_s))};
};

QTEST_GUILESS_MAIN(TestStudySelection)
#include "tst_studyselection.moc"
