// SPDX-License-Identifier: MIT
// The summary of findings: each reading rule with its edge cases, and the bundled data's rows
// as issue #14 states them (expected wording typed in here, from the rules in README).
#include "common/BundledData.h"
#include "core/forest/ForestPlan.h"
#include "core/summary/EvidenceSummary.h"
#include "core/summary/SummaryReport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

reading::Context responseContext()
{
    reading::Context context;
    context.treatment = u"thymosin alpha-1"_s;
    context.control = u"interferon-alpha"_s;
    context.endpoint = u"Complete response"_s;
    context.direction = Direction::HigherIsBetter;
    return context;
}

reading::Context harmContext()
{
    reading::Context context = responseContext();
    context.control = u"entecavir"_s;
    context.endpoint = u"HCC incidence"_s;
    context.direction = Direction::HigherIsWorse;
    return context;
}

const SummaryQuestion *findQuestion(const EvidenceSummary &summary, const QString &title)
{
    for (const SummaryQuestion &question : summary.questions)
        if (question.title == title)
            return &question;
    return nullptr;
}

const SummaryLine *lineOf(const SummaryQuestion &question, const QString &studyId)
{
    for (const SummaryLine &line : question.lines)
        if (line.studyId == studyId)
            return &line;
    return nullptr;
}

ReportedNumber printed(double value, const QString &text)
{
    return ReportedNumber{value, text};
}

// Two arms, one response endpoint, one time point: a study to give effects or rates to.
Study twoArmStudy(const QString &id, const QString &kind)
{
    Study study;
    study.id = id;
    study.name = id;
    study.kind = kind;
    study.design = u"Randomized controlled trial"_s;
    study.conditionIds = {u"hbv"_s};
    Arm treatment;
    treatment.id = id + u"-t"_s;
    treatment.label = u"Thymosin alpha-1"_s;
    treatment.role = u"treatment"_s;
    treatment.interventionIds = {u"ta1"_s};
    Arm control = treatment;
    control.id = id + u"-c"_s;
    control.label = u"Interferon-alpha"_s;
    control.role = u"comparator"_s;
    control.interventionIds = {u"ifn"_s};
    study.arms = {treatment, control};
    return study;
}

Effect oddsRatio(const Study &study, const QString &id, double estimate, double low, double high,
                 const Timepoint &timepoint)
{
    Effect effect;
    effect.id = id;
    effect.endpointId = u"response"_s;
    effect.timepoint = timepoint;
    effect.treatmentArmId = study.arms.at(0).id;
    effect.comparatorArmId = study.arms.at(1).id;
    effect.measure = u"OR"_s;
    effect.estimate = printed(estimate, QString::number(estimate));
    effect.ciLow = printed(low, QString::number(low));
    effect.ciHigh = printed(high, QString::number(high));
    effect.ciLevel = 0.95;
    return effect;
}

Timepoint timepoint(const QString &id, double months, const QString &anchor)
{
    return Timepoint{id, id, anchor, months, u"month"_s, {}};
}

DatasetView syntheticView(const QList<Study> &studies)
{
    Dataset dataset;
    dataset.endpoints = {
        {u"response"_s, u"Response"_s, u"response"_s, Direction::HigherIsBetter, QString(), {}}};
    dataset.interventions = {{u"ta1"_s, u"Thymosin alpha-1"_s, u"Tα1"_s, QString(), {}},
                             {u"ifn"_s, u"Interferon-alpha"_s, u"IFN-α"_s, QString(), {}}};
    dataset.studies = studies;
    return DatasetView(dataset);
}

} // namespace

class TestEvidenceSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_view = DatasetView(loadBundledDataset(m_dir.filePath(u"evidence.sqlite"_s)));
        m_summary = summarizeEvidence(m_view, StudySelection());
    }

    void anIntervalIsReadByWhetherItExcludesTheNull_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("nullValue");
        QTest::addColumn<bool>("harm");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("text");
        QTest::newRow("below 1, a response")
            << 0.30 << 0.97 << 1.0 << false << u"favours"_s << u"Favours interferon-alpha"_s;
        QTest::newRow("above 1, a response")
            << 1.47 << 4.91 << 1.0 << false << u"favours"_s << u"Favours thymosin alpha-1"_s;
        QTest::newRow("below 1, a harm")
            << 0.175 << 0.541 << 1.0 << true << u"favours"_s << u"Favours thymosin alpha-1"_s;
        QTest::newRow("above 1, a harm")
            << 1.1 << 1.9 << 1.0 << true << u"favours"_s << u"Favours entecavir"_s;
        QTest::newRow("crosses 1")
            << 0.35 << 1.10 << 1.0 << false << u"no-clear-difference"_s << u"No clear difference"_s;
        QTest::newRow("upper bound touches 1")
            << 0.49 << 1.00 << 1.0 << false << u"no-clear-difference"_s << u"No clear difference"_s;
        QTest::newRow("lower bound touches 1")
            << 1.00 << 2.25 << 1.0 << false << u"no-clear-difference"_s << u"No clear difference"_s;
        QTest::newRow("just above 1")
            << 1.01 << 2.25 << 1.0 << false << u"favours"_s << u"Favours thymosin alpha-1"_s;
        QTest::newRow("difference below 0")
            << -0.18 << -0.02 << 0.0 << false << u"favours"_s << u"Favours interferon-alpha"_s;
        QTest::newRow("difference touches 0")
            << 0.0 << 0.10 << 0.0 << false << u"no-clear-difference"_s << u"No clear difference"_s;
    }

    void anIntervalIsReadByWhetherItExcludesTheNull()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, nullValue);
        QFETCH(bool, harm);
        QFETCH(QString, rule);
        QFETCH(QString, text);
        const reading::Reading reading =
            reading::ofInterval(low, high, nullValue, harm ? harmContext() : responseContext());
        QCOMPARE(reading::ruleId(reading.rule), rule);
        QCOMPARE(reading.text, text);
        QCOMPARE(reading.favoursTreatment.has_value(), rule == u"favours");
    }

    void qualifiersAreAddedToTheReading()
    {
        reading::Context context = responseContext();
        context.ciLevelStated = false;
        QCOMPARE(reading::ofInterval(1.47, 4.91, 1.0, context).text,
                 u"Favours thymosin alpha-1 (CI level not stated)"_s);
        QCOMPARE(reading::ofInterval(0.35, 1.10, 1.0, context).text,
                 u"No clear difference (CI level not stated)"_s);
        context = harmContext();
        context.observational = true;
        QCOMPARE(
            reading::ofInterval(0.175, 0.541, 1.0, context).text,
            u"Favours thymosin alpha-1: association, not proven effect (observational study)"_s);
        QCOMPARE(reading::ofInterval(0.5, 1.6, 1.0, context).text,
                 u"No clear difference (observational study)"_s);
        // Without a known direction no side is called favourable.
        context = responseContext();
        context.direction.reset();
        const reading::Reading reading = reading::ofInterval(1.2, 3.3, 1.0, context);
        QCOMPARE(reading.text, u"Higher with thymosin alpha-1"_s);
        QVERIFY(!reading.favoursTreatment);
    }

    void numbersWithoutACiGiveADirectionOnly()
    {
        reading::Reading reading = reading::ofEstimate(0.8, 1.0, harmContext());
        QCOMPARE(reading.rule, reading::Rule::DirectionOnly);
        QCOMPARE(
            reading.text,
            u"Direction only, uncertainty not reported: the estimate favours thymosin alpha-1"_s);
        QCOMPARE(reading::ofEstimate(1.0, 1.0, harmContext()).rule, reading::Rule::NoDirection);

        reading = reading::ofRates(1.7, 1.7, 2.1, 2.1, harmContext());
        QCOMPARE(reading.rule, reading::Rule::DirectionOnly);
        QCOMPARE(reading.text, u"Direction only, uncertainty not reported: lower HCC incidence "
                               "with thymosin alpha-1"_s);
        QCOMPARE(reading.favoursTreatment, std::optional<bool>(true));
        reading = reading::ofRates(31.0, 31.0, 45.5, 45.5, responseContext());
        QCOMPARE(reading.text, u"Direction only, uncertainty not reported: lower complete "
                               "response with thymosin alpha-1"_s);
        QCOMPARE(reading.favoursTreatment, std::optional<bool>(false));
        QCOMPARE(reading::ofRates(20, 20, 20, 20, responseContext()).text,
                 u"No direction, uncertainty not reported: the same rate in both groups"_s);
        // A range: only a range wholly on one side gives a direction.
        QCOMPARE(reading::ofRates(30, 30, 60, 90, responseContext()).rule,
                 reading::Rule::DirectionOnly);
        QCOMPARE(reading::ofRates(70, 70, 60, 90, responseContext()).text,
                 u"No direction, uncertainty not reported: the reported ranges overlap"_s);
        QCOMPARE(reading::ofRates(60, 60, 60, 90, responseContext()).rule,
                 reading::Rule::NoDirection);
    }

    void aSingleGroupOrWordsAreNeverAComparison()
    {
        QCOMPARE(reading::ofSingleGroup(true, false).text, u"One group only, no comparison"_s);
        QCOMPARE(reading::ofSingleGroup(true, true).text,
                 u"One group only, a range across studies: no comparison"_s);
        QCOMPARE(reading::ofSingleGroup(false, false).text,
                 u"One group only, no numbers: no comparison"_s);
        QCOMPARE(reading::ofWordsOnly().text, u"No numbers reported"_s);
        QVERIFY(!reading::ofSingleGroup(true, false).favoursTreatment);
    }

    void everyStoredEffectIsReadOnce()
    {
        QHash<QString, int> seen;
        for (const SummaryQuestion &question : m_summary.questions)
            for (const SummaryLine &line : question.lines)
                if (!line.effectId.isEmpty())
                    ++seen[line.effectId];
        int effects = 0;
        for (const Study &study : m_view.studies())
            for (const Effect &effect : study.effects) {
                ++effects;
                QVERIFY2(seen.value(effect.id) == 1, qPrintable(effect.id));
            }
        QCOMPARE(seen.size(), effects);
    }

    void everyOutcomeIsShownOnce()
    {
        // Each outcome is either a rate beside its comparison or a single group's line (its
        // number, or the source's words where it gives none).
        int shownRates = 0;
        for (const SummaryQuestion &question : m_summary.questions)
            for (const SummaryLine &line : question.lines)
                shownRates +=
                    int(!line.treatmentRate.isEmpty()) + int(!line.controlRate.isEmpty()) +
                    int(line.reading.text == u"One group only, no numbers: no comparison");
        int outcomes = 0;
        for (const Study &study : m_view.studies())
            for (const Arm &arm : study.arms)
                outcomes += int(arm.outcomes.size());
        QCOMPARE(shownRates, outcomes);
    }

    void hbvRowsReadAsTheIssueStates()
    {
        const SummaryQuestion *endOfTreatment =
            findQuestion(m_summary, u"Thymosin alpha-1 vs interferon-alpha · Complete response · "
                                    "end of 6 months of treatment"_s);
        QVERIFY(endOfTreatment);
        QCOMPARE(endOfTreatment->lines.size(), 2);
        const SummaryLine *meta = lineOf(*endOfTreatment, u"ifn-meta"_s);
        QVERIFY(meta);
        QCOMPARE(meta->effect, u"OR 0.54 (95% CI 0.30–0.97)"_s);
        QCOMPARE(meta->reading.text, u"Favours interferon-alpha"_s);
        QCOMPARE(meta->level, u'A');
        // The source's words disagree with this reading: the audit's finding is in the row.
        QCOMPARE(meta->disagreements.size(), 1);
        QVERIFY(meta->disagreements.constFirst().contains(u"numerically worse"_s));
        QCOMPARE(meta->sourceWords, u"“numerically worse outcomes” — Source document"_s);
        QCOMPARE(meta->otherTimepoints,
                 u"Reverses between time points: favours thymosin alpha-1 at "
                 "end of follow-up, 6 months after treatment"_s);
        // The trial is its own line, never pooled with the meta-analysis that may contain it.
        const SummaryLine *trial = lineOf(*endOfTreatment, u"you-2006-rct"_s);
        QVERIFY(trial);
        QVERIFY(trial->computed);
        QCOMPARE(trial->effect, u"OR 0.54 [0.19, 1.53]"_s);
        QCOMPARE(trial->treatmentRate, u"9/29 (31.0%)"_s);
        QCOMPARE(trial->controlRate, u"15/33 (45.5%)"_s);
        QCOMPARE(trial->reading.text, u"No clear difference"_s);
        QVERIFY(trial->otherTimepoints.isEmpty());
        QVERIFY(endOfTreatment->note.contains(u"never pooled"_s));

        const SummaryQuestion *afterTreatment =
            findQuestion(m_summary, u"Thymosin alpha-1 vs interferon-alpha · Complete response · "
                                    "end of follow-up, 6 months after treatment"_s);
        QVERIFY(afterTreatment);
        meta = lineOf(*afterTreatment, u"ifn-meta"_s);
        QVERIFY(meta);
        QCOMPARE(meta->effect, u"OR 2.69 (CI, level not stated, 1.47–4.91)"_s);
        QCOMPARE(meta->reading.text, u"Favours thymosin alpha-1 (CI level not stated)"_s);
        QVERIFY(meta->otherTimepoints.contains(u"favours interferon-alpha at end of 6 months"_s));
        // Words from our summary of Yang 2008's abstract are said to be ours, never labelled
        // as the source's words.
        QVERIFY(meta->sourceWords.startsWith(u"From the abstract of Yang 2008, as summarised by "
                                             "Evidence Browser: "_s));
        QVERIFY(meta->sourceWordsAreOurSummary);
        QVERIFY(meta->sourceWordsLabel().isEmpty());
        trial = lineOf(*afterTreatment, u"you-2006-rct"_s);
        QVERIFY(trial);
        QCOMPARE(trial->effect, u"OR 2.49 [0.86, 7.16]"_s);
        QCOMPARE(trial->reading.text, u"No clear difference"_s);

        for (const QString &endpoint : {u"Virologic response"_s, u"Biochemical response"_s}) {
            const SummaryQuestion *question =
                findQuestion(m_summary, u"Thymosin alpha-1 vs interferon-alpha · "_s + endpoint +
                                            u" · end of 6 months of treatment"_s);
            QVERIFY(question);
            QCOMPARE(question->lines.size(), 1);
            QCOMPARE(question->lines.constFirst().reading.text, u"No clear difference"_s);
            QCOMPARE(question->lines.constFirst().otherTimepoints,
                     u"At another time point: favours thymosin alpha-1 at end of follow-up, 6 "
                     "months after treatment"_s);
        }
    }

    void cirrhosisHccIncidenceIsDirectionOnlyWithTheSourcesWords()
    {
        const SummaryQuestion *question =
            findQuestion(m_summary, u"Entecavir + Thymosin alpha-1 vs entecavir · HCC incidence · "
                                    "time point not stated"_s);
        QVERIFY(question);
        QCOMPARE(question->lines.size(), 1);
        const SummaryLine &line = question->lines.constFirst();
        QVERIFY(line.effect.isEmpty());
        QCOMPARE(line.treatmentRate, u"1.7%"_s);
        QCOMPARE(line.controlRate, u"2.1%"_s);
        QVERIFY(!line.countsReported);
        QCOMPARE(line.reading.rule, reading::Rule::DirectionOnly);
        QCOMPARE(line.reading.text, u"Direction only, uncertainty not reported: lower HCC "
                                    "incidence with entecavir + thymosin alpha-1"_s);
        QCOMPARE(line.sourceWords,
                 u"“the difference was not statistically significant” — Source document"_s);

        const SummaryQuestion *similar = findQuestion(
            m_summary, u"Entecavir + Thymosin alpha-1 vs entecavir · HBV DNA suppression · "
                       "time point not stated"_s);
        QVERIFY(similar);
        QCOMPARE(similar->lines.constFirst().reading.text, u"No numbers reported"_s);
        QVERIFY(
            similar->lines.constFirst().sourceWords.startsWith(u"“similar viral suppression"_s));
    }

    void hccSurvivalIsAnAssociation()
    {
        for (const QString &endpoint : {u"Overall survival"_s, u"Recurrence-free survival"_s}) {
            const SummaryQuestion *question =
                findQuestion(m_summary, u"Thymosin alpha-1 vs no thymosin alpha-1 · "_s + endpoint +
                                            u" · over follow-up"_s);
            QVERIFY2(question, qPrintable(endpoint));
            const SummaryLine &line = question->lines.constFirst();
            QCOMPARE(line.reading.text, u"Favours thymosin alpha-1: association, not proven "
                                        "effect (observational study)"_s);
            QCOMPARE(line.level, u'C');
            QCOMPARE(line.design, u"Observational"_s);
        }
    }

    void singleGroupsAndRangesAreNotComparisons()
    {
        const SummaryQuestion *range = findQuestion(
            m_summary, u"Entecavir or tenofovir · HBV DNA suppression · time point not stated"_s);
        QVERIFY(range);
        QVERIFY(range->singleGroup);
        QCOMPARE(range->lines.constFirst().treatmentRate, u"60–90%"_s);
        QCOMPARE(range->lines.constFirst().reading.text,
                 u"One group only, a range across studies: no comparison"_s);
        const SummaryQuestion *alt =
            findQuestion(m_summary, u"Thymosin alpha-1 1.6 mg · ALT normalization · 72 weeks"_s);
        QVERIFY(alt);
        QCOMPARE(alt->lines.constFirst().reading.rule, reading::Rule::SingleGroup);
        // Words without numbers are the source's, quoted as it spells them (whole words).
        const SummaryQuestion *cd8 =
            findQuestion(m_summary, u"TACE + Tα1 · CD8+ T-cell count · 3 months"_s);
        QVERIFY(cd8);
        QVERIFY(cd8->lines.constFirst().treatmentRate.isEmpty());
        QCOMPARE(cd8->lines.constFirst().sourceWords,
                 u"“significant increases” — Source document"_s);
        // Comparisons come first, single groups after them.
        bool single = false;
        for (const SummaryQuestion &question : m_summary.questions) {
            QVERIFY2(!single || question.singleGroup, qPrintable(question.title));
            single = question.singleGroup;
        }
    }

    void caveatsAreNumberedOnceInReadingOrder()
    {
        QVERIFY(!m_summary.caveats.isEmpty());
        int next = 1;
        QSet<QString> texts;
        for (const SummaryCaveat &caveat : m_summary.caveats) {
            QCOMPARE(caveat.number, next++);
            QVERIFY(!texts.contains(caveat.text));
            texts.insert(caveat.text);
        }
        int highest = 0;
        for (const SummaryQuestion &question : m_summary.questions)
            for (const SummaryLine &line : question.lines)
                for (int number : line.caveats) {
                    QVERIFY(number >= 1 && number <= m_summary.caveats.size());
                    QVERIFY2(number <= highest + 1, "first met in reading order");
                    highest = std::max(highest, number);
                }
        QCOMPARE(highest, int(m_summary.caveats.size()));
        // The omitted OR 2.69 carries its caveat.
        const SummaryQuestion *afterTreatment =
            findQuestion(m_summary, u"Thymosin alpha-1 vs interferon-alpha · Complete response · "
                                    "end of follow-up, 6 months after treatment"_s);
        QStringList caveatTexts;
        for (int number : lineOf(*afterTreatment, u"ifn-meta"_s)->caveats)
            caveatTexts.append(m_summary.caveats.at(number - 1).text);
        QVERIFY(caveatTexts.join(u' ').contains(u"2.69 (1.47-4.91)"_s));
    }

    void certaintyHasTwoParts()
    {
        QVERIFY(m_summary.sourceRating);
        QCOMPARE(m_summary.sourceRating->label, u"Tier 3 (probable efficacy)"_s);
        QCOMPARE(sourceCertainty(m_summary),
                 u"Source: Tier 3 (probable efficacy), for the therapy as a whole"_s);
        const SummaryLine &line = m_summary.questions.constFirst().lines.constFirst();
        QCOMPARE(programCertainty(line), u"Program: A (meta-analysis of randomised trials)"_s);
        QVERIFY(evidenceLevelRule().contains(u"not a GRADE rating"_s));
    }

    void questionsAreTheForestPlotsPanels()
    {
        const ForestPlan plan = planForest(m_view, StudySelection(), PoolingOptions());
        QCOMPARE(plan.subgroups.size(), 8);
        for (const ForestSubgroup &panel : plan.subgroups) {
            int found = 0;
            for (const SummaryQuestion &question : m_summary.questions)
                if (question.forestPanels.contains(panel.title)) {
                    ++found;
                    QCOMPARE(question.key, panel.questionKey);
                    QCOMPARE(question.lines.size(), panel.rows.size());
                }
            QVERIFY2(found == 1, qPrintable(panel.title));
        }
    }

    void aSelectionKeepsItsStudies()
    {
        const EvidenceSummary hcc =
            summarizeEvidence(m_view, StudySelection::ofCondition(u"hcc"_s));
        QCOMPARE(hcc.title, u"Summary of findings · Hepatocellular carcinoma"_s);
        QSet<QString> studies;
        for (const SummaryQuestion &question : hcc.questions)
            for (const SummaryLine &line : question.lines)
                studies.insert(line.studyId);
        QCOMPARE(studies, (QSet<QString>{u"hcc-resection-cohort"_s, u"tace-study"_s}));
        QVERIFY(hcc.sourceRating); // the therapy's rating, whatever the selection
    }

    void aChangeBetweenTimePointsIsNamed()
    {
        Study study = twoArmStudy(u"trial"_s, u"trial"_s);
        const Timepoint end = timepoint(u"end"_s, 6, u"treatment_start"_s);
        const Timepoint later = timepoint(u"later"_s, 6, u"treatment_end"_s);
        study.effects = {oddsRatio(study, u"e1"_s, 0.5, 0.3, 0.8, end),
                         oddsRatio(study, u"e2"_s, 1.5, 0.9, 2.5, later)};
        EvidenceSummary summary = summarizeEvidence(syntheticView({study}), StudySelection());
        QCOMPARE(summary.questions.size(), 2);
        QCOMPARE(summary.questions.at(0).lines.constFirst().otherTimepoints,
                 u"At another time point: no clear difference at later"_s);
        QCOMPARE(summary.questions.at(1).lines.constFirst().otherTimepoints,
                 u"At another time point: favours interferon-alpha at end"_s);

        // A reversal needs both sides to exclude the null.
        study.effects[1] = oddsRatio(study, u"e2"_s, 1.5, 1.2, 2.5, later);
        summary = summarizeEvidence(syntheticView({study}), StudySelection());
        QCOMPARE(summary.questions.at(0).lines.constFirst().otherTimepoints,
                 u"Reverses between time points: favours thymosin alpha-1 at later"_s);
        QCOMPARE(summary.questions.at(1).lines.constFirst().otherTimepoints,
                 u"Reverses between time points: favours interferon-alpha at end"_s);
        // No clear difference at both: nothing to say.
        study.effects[0] = oddsRatio(study, u"e1"_s, 0.5, 0.3, 1.2, end);
        study.effects[1] = oddsRatio(study, u"e2"_s, 1.5, 0.9, 2.5, later);
        summary = summarizeEvidence(syntheticView({study}), StudySelection());
        for (const SummaryQuestion &question : summary.questions)
            QVERIFY(question.lines.constFirst().otherTimepoints.isEmpty());
    }

    void trialsBesideEachOtherAreEachTheirOwnLine()
    {
        const Timepoint end = timepoint(u"end"_s, 6, u"treatment_start"_s);
        Study first = twoArmStudy(u"first"_s, u"trial"_s);
        first.effects = {oddsRatio(first, u"a"_s, 0.5, 0.3, 0.8, end)};
        Study second = twoArmStudy(u"second"_s, u"trial"_s);
        second.effects = {oddsRatio(second, u"b"_s, 0.9, 0.5, 1.6, end)};
        const EvidenceSummary summary =
            summarizeEvidence(syntheticView({first, second}), StudySelection());
        QCOMPARE(summary.questions.size(), 1);
        const SummaryQuestion &question = summary.questions.constFirst();
        QCOMPARE(question.title, u"Thymosin alpha-1 vs interferon-alpha · Response · end"_s);
        QCOMPARE(question.lines.size(), 2);
        QCOMPARE(question.lines.at(0).reading.text, u"Favours interferon-alpha"_s);
        QCOMPARE(question.lines.at(1).reading.text, u"No clear difference"_s);
        QVERIFY(question.note.contains(u"forest plot pools"_s));
    }

    void anEffectWithoutItsComparatorIsStillAComparison()
    {
        Study study = twoArmStudy(u"trial"_s, u"trial"_s);
        study.effects = {
            oddsRatio(study, u"e"_s, 0.5, 0.3, 0.8, timepoint(u"end"_s, 6, u"treatment_start"_s))};
        study.effects[0].comparatorArmId = u"no such arm"_s;
        study.arms.removeLast();
        const EvidenceSummary summary = summarizeEvidence(syntheticView({study}), StudySelection());
        QCOMPARE(summary.questions.size(), 1);
        const SummaryQuestion &question = summary.questions.constFirst();
        QVERIFY(!question.singleGroup);
        QCOMPARE(question.title,
                 u"Thymosin alpha-1 vs a comparator not described · Response · end"_s);
        QCOMPARE(question.lines.constFirst().effect, u"OR 0.5 (95% CI 0.3–0.8)"_s);
        QCOMPARE(question.lines.constFirst().reading.text, u"Favours the comparator"_s);
    }

    // The window's page stops after its line limit and says how many lines it left out; a
    // file always has them all.
    void aPageCutShortSaysSo()
    {
        qsizetype lines = 0;
        for (const SummaryQuestion &question : m_summary.questions)
            lines += question.lines.size();
        QVERIFY(lines > 3);
        summary::HtmlOptions options;
        options.forWindow = true;
        options.maxLines = 3;
        const QString cut = summary::toHtml(m_summary, u"2"_s, options);
        QCOMPARE(cut.count(u"<tr><td>"_s), 3);
        QVERIFY(cut.contains(u"Showing the first 3 of %1 result lines."_s.arg(lines)));
        const QString whole = summary::toHtml(m_summary, u"2"_s);
        QCOMPARE(whole.count(u"<tr><td>"_s), lines);
        QVERIFY(!whole.contains(u"Showing the first"_s));
    }

private:
    QTemporaryDir m_dir;
    DatasetView m_view;
    EvidenceSummary m_summary;
};

QTEST_GUILESS_MAIN(TestEvidenceSummary)
#include "tst_evidencesummary.moc"
