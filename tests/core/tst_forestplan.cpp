// SPDX-License-Identifier: MIT
#include "common/BundledData.h"
#include "core/forest/ForestPlan.h"
#include "core/forest/RatePlan.h"
#include "core/format/EvidenceText.h"
#include "data/ImportFileReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

Effect ratio(const QString &id, const QString &endpoint, double estimate, double low, double high,
             const QString &timepointId = u"t6"_s)
{
    Effect effect;
    effect.id = id;
    effect.endpointId = endpoint;
    effect.measure = u"OR"_s;
    effect.estimate = ReportedNumber{estimate, QString::number(estimate)};
    effect.ciLow = ReportedNumber{low, QString::number(low)};
    effect.ciHigh = ReportedNumber{high, QString::number(high)};
    effect.ciLevel = 0.95;
    effect.timepoint =
        Timepoint{timepointId, timepointId, u"treatment_start"_s, timepointId == u"t6" ? 6.0 : 12.0,
                  u"month"_s,  {}};
    return effect;
}

Study study(const QString &id, const QString &kind, const QList<Effect> &effects)
{
    Study s;
    s.id = id;
    s.name = id;
    s.kind = kind;
    s.effects = effects;
    s.conditionIds = {u"hbv"_s};
    return s;
}

DatasetView datasetOf(const QList<Study> &studies)
{
    Dataset dataset;
    dataset.endpoints = {
        {u"response"_s, u"Response"_s, u"response"_s, Direction::HigherIsBetter, QString(), {}},
        {u"death"_s, u"Overall survival"_s, u"death"_s, Direction::HigherIsWorse, QString(), {}}};
    dataset.studies = studies;
    return DatasetView(dataset);
}

} // namespace

class TestForestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundled = DatasetView(loadBundledDataset(m_dir.filePath(u"p.sqlite"_s)));
    }

    void poolsTwoIndependentTrials()
    {
        const ForestPlan plan = planForest(
            datasetOf({study(u"A"_s, u"trial"_s, {ratio(u"a"_s, u"response"_s, 0.8, 0.5, 1.3)}),
                       study(u"B"_s, u"trial"_s, {ratio(u"b"_s, u"response"_s, 1.2, 0.7, 2.1)})}),
            StudySelection(), PoolingOptions());
        QCOMPARE(plan.subgroups.size(), 1);
        QVERIFY(plan.subgroups.first().pooled);
        QCOMPARE(plan.subgroups.first().pooled->k, 2);
        QVERIFY(plan.subgroups.first().rows.at(0).weightPercent);
    }

    void neverPoolsAMetaAnalysisWithTrials()
    {
        const ForestPlan plan = planForest(
            datasetOf({study(u"Meta"_s, u"meta_analysis"_s,
                             {ratio(u"m"_s, u"response"_s, 0.6, 0.3, 1.1)}),
                       study(u"A"_s, u"trial"_s, {ratio(u"a"_s, u"response"_s, 0.8, 0.5, 1.3)})}),
            StudySelection(), PoolingOptions());
        QCOMPARE(plan.subgroups.size(), 1);
        QVERIFY(!plan.subgroups.first().pooled);
        QVERIFY(plan.subgroups.first().rows.at(0).isMetaAnalysis);
        QVERIFY(!plan.subgroups.first().rows.at(0).weightPercent);
    }

    void neverPoolsTwoEndpointsOrTimePointsOfOneStudy()
    {
        const ForestPlan plan =
            planForest(datasetOf({study(u"A"_s, u"trial"_s,
                                        {ratio(u"a1"_s, u"response"_s, 0.8, 0.5, 1.3),
                                         ratio(u"a2"_s, u"death"_s, 0.7, 0.4, 1.2),
                                         ratio(u"a3"_s, u"response"_s, 1.8, 1.1, 2.9, u"t12"_s)})}),
                       StudySelection(), PoolingOptions());
        QCOMPARE(plan.subgroups.size(), 3);
        for (const ForestSubgroup &subgroup : plan.subgroups)
            QVERIFY(!subgroup.pooled);
    }

    void neverCountsOneStudyTwice()
    {
        Effect again = ratio(u"a2"_s, u"response"_s, 0.9, 0.5, 1.4);
        const ForestPlan plan = planForest(
            datasetOf(
                {study(u"A"_s, u"trial"_s, {ratio(u"a1"_s, u"response"_s, 0.8, 0.5, 1.3), again}),
                 study(u"B"_s, u"trial"_s, {ratio(u"b"_s, u"response"_s, 1.2, 0.7, 2.1)})}),
            StudySelection(), PoolingOptions());
        QCOMPARE(plan.subgroups.size(), 1);
        QVERIFY(!plan.subgroups.first().pooled);
        QVERIFY(plan.subgroups.first().poolingNote.contains(u"more than one result"_s));
    }

    void poolsRiskDifferencesAtTheirStatedLevel()
    {
        // Two RDs with 90% CIs: SE = (high - low) / (2 z), z = qnorm(0.95) in R.
        Effect a = ratio(u"a"_s, u"response"_s, 0.10, 0.02, 0.18);
        Effect b = ratio(u"b"_s, u"response"_s, 0.20, 0.05, 0.35);
        for (Effect *effect : {&a, &b}) {
            effect->measure = u"RD"_s;
            effect->ciLevel = 0.90;
        }
        PoolingOptions fixed;
        fixed.method = PoolingMethod::FixedEffect;
        const ForestPlan plan =
            planForest(datasetOf({study(u"A"_s, u"trial"_s, {a}), study(u"B"_s, u"trial"_s, {b})}),
                       StudySelection(), fixed);
        QVERIFY(plan.subgroups.first().pooled);
        const double z = 1.6448536269514722;
        const double wa = std::pow(2 * z / 0.16, 2);
        const double wb = std::pow(2 * z / 0.30, 2);
        QCOMPARE(plan.subgroups.first().pooled->se, 1 / std::sqrt(wa + wb));
        QCOMPARE(plan.subgroups.first().pooled->estimate, (wa * 0.10 + wb * 0.20) / (wa + wb));
    }

    void drawsIdenticalEstimatesUnpooledUnderHartungKnappAndSaysWhy()
    {
        const std::vector<StudyEstimate> same{{u"A"_s, 0.0, 4.05, true}, {u"B"_s, 0.0, 4.07, true}};
        const ForestPlan plan = planForestFromEstimates(same, Measure::OddsRatio,
                                                        {PoolingMethod::Reml, true, 1e-10, 1000});
        QCOMPARE(plan.subgroups.size(), 1);
        QCOMPARE(plan.subgroups.first().rows.size(), 2);
        QVERIFY(!plan.subgroups.first().pooled);
        QVERIFY2(plan.subgroups.first().poolingNote.startsWith(u"Not pooled: the Hartung-Knapp"_s),
                 qPrintable(plan.subgroups.first().poolingNote));
    }

    // A plan too long to draw at once is drawn a page at a time: every row once, in order;
    // a panel cut by a page says which of its rows it shows, and its pooled estimate (of all
    // its rows) comes with its last row.
    void pagesAPlanTooLongToDrawAtOnce()
    {
        std::vector<StudyEstimate> studies;
        for (int i = 0; i < 700; ++i)
            studies.push_back(
                {u"Study %1"_s.arg(i), 0.3 * std::sin(i), 0.02 + 0.01 * (i % 7), false});
        PoolingOptions options;
        options.method = PoolingMethod::Reml;
        const ForestPlan plan = planForestFromEstimates(studies, Measure::OddsRatio, options);
        QVERIFY(plan.subgroups.first().pooled);
        QCOMPARE(forestPageCount(plan, 300), 3);
        QStringList labels;
        for (int page = 1; page <= 3; ++page) {
            const ForestPlan part = forestPage(plan, page, 300);
            QCOMPARE(part.subgroups.size(), 1);
            const ForestSubgroup &panel = part.subgroups.first();
            QCOMPARE(panel.rows.size(), page < 3 ? 300 : 100);
            QVERIFY2(panel.title.endsWith(u" · rows %1–%2 of 700"_s.arg((page - 1) * 300 + 1)
                                              .arg(std::min(page * 300, 700))),
                     qPrintable(panel.title));
            QCOMPARE(bool(panel.pooled), page == 3);
            if (page == 3)
                QCOMPARE(panel.pooled->estimate, plan.subgroups.first().pooled->estimate);
            for (const ForestRow &row : panel.rows)
                labels.append(row.label);
        }
        QCOMPARE(labels.size(), 700);
        QCOMPARE(labels.first(), u"Study 0"_s);
        QCOMPARE(labels.last(), u"Study 699"_s);
        QCOMPARE(forestPage(plan, 4, 300).subgroups.size(), 0);
        QCOMPARE(forestPageCount(plan, 700), 1);
    }

    void aStudyNameWithPercentSignsReadsAsGiven()
    {
        const std::vector<StudyEstimate> studies{{u"100%1 sure %2"_s, 0.1, 0.04, false},
                                                 {u"B"_s, 0.2, 0.05, false}};
        const ForestPlan plan =
            planForestFromEstimates(studies, Measure::OddsRatio, PoolingOptions());
        const QString description = plan.subgroups.first().rows.first().accessibleDescription;
        QVERIFY2(description.startsWith(u"100%1 sure %2: odds ratio 1.11, 95% CI"_s),
                 qPrintable(description));
    }

    void theCirrhosisSelectionHasNothingToDrawAndSaysWhy()
    {
        const StudySelection cirrhosis = StudySelection::ofCondition(u"cirrhosis"_s);
        QVERIFY(planForest(m_bundled, cirrhosis, PoolingOptions()).isEmpty());
        const QString explanation = noEffectExplanation(m_bundled.dataset(), cirrhosis);
        QVERIFY(explanation.contains(u"Cirrhosis"_s));
        QVERIFY(explanation.contains(u"response-rate bars"_s));
    }

    void theBundledHccPlotHasTwoUnpooledHazardRatios()
    {
        const ForestPlan plan =
            planForest(m_bundled, StudySelection::ofCondition(u"hcc"_s), PoolingOptions());
        QCOMPARE(plan.subgroups.size(), 2);
        for (const ForestSubgroup &subgroup : plan.subgroups) {
            QCOMPARE(subgroup.measure, Measure::HazardRatio);
            QCOMPARE(subgroup.comparison.direction, Direction::HigherIsWorse);
            QVERIFY(!subgroup.pooled);
        }
        QCOMPARE(
            plan.subgroups.first().rows.first().accessibleDescription,
            u"Thymosin alpha-1 after curative HCC resection: hazard ratio 0.308, 95% CI 0.175 to "
            "0.541, favours thymosin alpha-1"_s);
    }

    void theMetaAnalysisIsDrawnAsPublished()
    {
        const ForestPlan plan =
            planForest(m_bundled, StudySelection::ofCondition(u"hbv"_s), PoolingOptions());
        // Six results as Yang 2008 published them, and You 2006's two computed from counts.
        QCOMPARE(plan.rowCount(), 8);
        for (const ForestSubgroup &subgroup : plan.subgroups) {
            QVERIFY(!subgroup.pooled); // a meta-analysis is never pooled again with a trial
            QVERIFY(subgroup.rows.first().isMetaAnalysis);
        }
        // OR 0.54 (0.30-0.97) for a response: below 1 favours the comparator.
        QVERIFY(plan.subgroups.at(2).rows.first().accessibleDescription.endsWith(
            u"favours interferon-alpha"_s));
        QVERIFY(plan.subgroups.at(0).rows.first().accessibleDescription.endsWith(
            u"includes no effect"_s));
    }

    void computesAnOddsRatioWhereOnlyArmCountsAreReported()
    {
        const ForestPlan plan =
            planForest(m_bundled, StudySelection::ofCondition(u"hbv"_s), PoolingOptions());
        QList<ForestRow> computed;
        for (const ForestSubgroup &subgroup : plan.subgroups)
            for (const ForestRow &row : subgroup.rows)
                if (row.computedFromCounts) {
                    computed.append(row);
                    QCOMPARE(subgroup.comparison.treatment, u"Thymosin alpha-1"_s);
                    QCOMPARE(subgroup.comparison.control, u"Interferon-alpha"_s);
                }
        QCOMPARE(computed.size(), 2);
        // metafor: escalc("OR", ai=9, n1i=29, ci=15, n2i=33) and (14/29, 9/33), 95% CI.
        QCOMPARE(computed.at(0).studyId, u"you-2006-rct"_s);
        QCOMPARE(computed.at(0).treatmentCounts, u"9/29"_s);
        QCOMPARE(computed.at(0).controlCounts, u"15/33"_s);
        QCOMPARE(computed.at(0).estimateText, u"0.54 [0.19, 1.53]"_s);
        QCOMPARE(computed.at(1).treatmentCounts, u"14/29"_s);
        QCOMPARE(computed.at(1).controlCounts, u"9/33"_s);
        QCOMPARE(computed.at(1).estimateText, u"2.49 [0.86, 7.16]"_s);
        QVERIFY(computed.at(0).tooltip.contains(u"computed by Evidence Browser"_s,
                                                Qt::CaseInsensitive));
        QVERIFY(computed.at(0).accessibleDescription.endsWith(u"includes no effect"_s));
    }

    void marksTheCiLevelOnlyWhereTheSourceStatesIt()
    {
        const ForestPlan plan =
            planForest(m_bundled, StudySelection::ofCondition(u"hbv"_s), PoolingOptions());
        int unstated = 0;
        for (const ForestSubgroup &subgroup : plan.subgroups)
            for (const ForestRow &row : subgroup.rows)
                if (!row.ciLevelStated) {
                    ++unstated;
                    QCOMPARE(row.studyId, u"ifn-meta"_s); // Yang 2008's follow-up ORs
                }
        QCOMPARE(unstated, 3);
    }

    void marksTheRowThatAnIntegrityCheckFlags()
    {
        const ForestPlan plan =
            planForest(m_bundled, StudySelection::ofCondition(u"hbv"_s), PoolingOptions());
        int flagged = 0;
        for (const ForestSubgroup &subgroup : plan.subgroups)
            for (const ForestRow &row : subgroup.rows)
                if (!row.integrityNotes.isEmpty()) {
                    ++flagged;
                    QCOMPARE(row.effectId, u"ifn-meta-complete-eot"_s);
                    QVERIFY(row.tooltip.contains(u"numerically worse"_s));
                }
        QCOMPARE(flagged, 1);
    }

    void favoursTreatmentBelowTheNullOnlyForBadEvents()
    {
        QVERIFY(lowerFavoursTreatment(Direction::HigherIsWorse));
        QVERIFY(!lowerFavoursTreatment(Direction::HigherIsBetter));
    }

    void ratesAreDrawnOnlyAsTheSourcesGiveThem()
    {
        const RatePlan plan = planRates(m_bundled, StudySelection::ofCondition(u"hbv"_s));
        const RateBar *range = nullptr;
        const RateBar *combination = nullptr;
        int withWhiskers = 0;
        for (const RateGroup &group : plan.groups)
            for (const RateBar &bar : group.bars) {
                if (bar.valueText == u"60–90%")
                    range = &bar;
                if (bar.label.contains(u"entecavir"_s) && bar.label.contains(u"Tα1"_s))
                    combination = &bar;
                if (bar.wilson) {
                    ++withWhiskers;
                    QVERIFY(bar.valueText.contains(u'/'));
                }
                if (bar.detail.contains(u"Japanese"_s))
                    QVERIFY(!bar.wilson); // the 1.6 mg arm's size is not reported
            }
        QVERIFY(range && !range->percent && range->rangeLow == 60 && range->rangeHigh == 90);
        QVERIFY(combination);
        QCOMPARE(withWhiskers, 5);
        bool indirect = false;
        for (const RateGroup &group : plan.groups)
            if (group.title.startsWith(u"HBV DNA"_s))
                indirect = group.indirect;
        QVERIFY(indirect);
    }

    // A review's outcome is drawn with the review's measure, its graph labels, our pooling by
    // the review's own method, and the result the review stored beside it.
    void drawsAReviewOutcomeAsTheReviewChose()
    {
        const DatasetView review(
            readImportFile(QStringLiteral(EB_SOURCE_DIR "/resources/examples/drug-a-review.rm5")));
        StudySelection selection;
        for (const Endpoint &endpoint : review.dataset().endpoints)
            if (endpoint.label == u"Death at 12 months")
                selection.endpointId = endpoint.id;
        QVERIFY(!selection.endpointId.isEmpty());
        PoolingOptions reml; // the figure's own method, which a review's outcome does not use
        const ForestPlan plan = planForest(review, selection, reml);
        QCOMPARE(plan.subgroups.size(), 1);
        const ForestSubgroup &panel = plan.subgroups[0];
        QCOMPARE(panel.measure, Measure::RiskRatio);
        QCOMPARE(panel.rows.size(), 6);
        QVERIFY(panel.review);
        QCOMPARE(panel.methodLabel, u"MH, fixed effect"_s);
        QCOMPARE(panel.sideLabels(), std::pair(u"Favours drug A"_s, u"Favours placebo"_s));
        // Alvarez 2001: 4/60 against 9/58.
        QCOMPARE(format::fixed(panel.rows[0].estimate, 4),
                 format::fixed((4.0 / 60) / (9.0 / 58), 4));
        QVERIFY(panel.pooled);
        // Mantel-Haenszel as the review: the stored 0.549309 [0.360279, 0.837518].
        QCOMPARE(QString::number(std::exp(panel.pooled->estimate), 'f', 6), u"0.549309"_s);
        QCOMPARE(QString::number(std::exp(panel.pooled->ciLow), 'f', 6), u"0.360279"_s);
        QCOMPARE(QString::number(std::exp(panel.pooled->ciHigh), 'f', 6), u"0.837518"_s);
        QCOMPARE(panel.review->estimate->printed, u"0.549309"_s);
    }

private:
    QTemporaryDir m_dir;
    DatasetView m_bundled;
};

QTEST_GUILESS_MAIN(TestForestPlan)
#include "tst_forestplan.moc"
