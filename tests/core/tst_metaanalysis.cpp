// SPDX-License-Identifier: MIT
// Pooling against R metafor 3.8. tests/reference/metafor_reference.R wrote the inputs
// (tests/reference/data/*.csv) and metafor's results (tests/reference/expected.csv); this
// test reads the same inputs through the `pool` command's CSV reader and compares every
// value with |a - b| <= 1e-12 + 1e-8 |b|: inverse variance (FE, DL, REML, HKSJ) on counts,
// means (MD, SMD) and reported estimates, rma.mh() (also with RevMan's zero cells),
// rma.peto(), RevMan's random effects on MH data (computed by hand in R), and subgroups.
#include "core/stats/MantelHaenszel.h"
#include "core/stats/MetaAnalysis.h"
#include "core/stats/SubgroupAnalysis.h"
#include "core/stats/WilsonInterval.h"
#include "data/CsvTable.h"
#include "data/PoolingCsvReader.h"

#include <QMap>
#include <QTest>

#include <cmath>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

const QString referenceFolder = QStringLiteral(EB_SOURCE_DIR "/tests/reference/");

struct ReferenceCase
{
    QString dataset;
    Measure measure = Measure::OddsRatio;
    PoolingMethod method = PoolingMethod::FixedEffect;
    bool hartungKnapp = false;
    bool randomMantelHaenszel = false;
    bool revmanZeroCells = false;
    QMap<QString, QString> values; // key -> value as R printed it ("NA" for none)

    QString name() const
    {
        return dataset + u' ' + measureCode(measure) + u' ' + poolingMethodCode(method) +
               (randomMantelHaenszel ? u"-random"_s : u""_s) +
               (revmanZeroCells ? u"-revman"_s : u""_s) + (hartungKnapp ? u" HKSJ"_s : u""_s);
    }
};

QList<ReferenceCase> referenceCases()
{
    const CsvTable table = CsvTable::read(referenceFolder + QStringLiteral("expected.csv"));
    QMap<QString, ReferenceCase> cases;
    for (const CsvTable::Record &record : table.records()) {
        const QStringList &f = record.fields; // dataset,measure,method,hksj,key,value
        const QString name = f[0] + u' ' + f[1] + u' ' + f[2] + (f[3] == u"1" ? u" HKSJ"_s : u""_s);
        ReferenceCase &c = cases[name];
        c.dataset = f[0];
        c.measure = *measureFromCode(f[1]);
        // "MH-random", "MH-revman", "MH-random-revman": MH with RevMan's options.
        const QStringList method = f[2].split(u'-');
        const std::optional<PoolingMethod> code = poolingMethodFromCode(method[0]);
        if (!code)
            qFatal("expected.csv: unknown method %s", qPrintable(f[2]));
        c.method = *code;
        c.randomMantelHaenszel = method.contains(u"random"_s);
        c.revmanZeroCells = method.contains(u"revman"_s);
        c.hartungKnapp = f[3] == u"1";
        c.values.insert(f[4], f[5]);
    }
    return cases.values();
}

bool close(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-12 + 1e-8 * std::abs(expected);
}

std::optional<double> reportScale(const std::optional<double> &value, Measure measure)
{
    if (!value)
        return std::nullopt;
    return isRatio(measure) ? std::exp(*value) : *value;
}

// The values metafor's script writes for one pooled result, keys prefixed.
void insertValues(QMap<QString, std::optional<double>> &actual, const QString &prefix,
                  const PooledEstimate &pooled, Measure m)
{
    const QMap<QString, std::optional<double>> values{
        {u"k"_s, pooled.k},
        {u"estimate"_s, reportScale(pooled.estimate, m)},
        {u"ci_low"_s, reportScale(pooled.ciLow, m)},
        {u"ci_high"_s, reportScale(pooled.ciHigh, m)},
        {u"se"_s, pooled.se},
        {u"stat"_s, pooled.statistic},
        {u"p"_s, pooled.p},
        {u"tau2"_s, pooled.tau2},
        {u"i2"_s, pooled.i2},
        {u"h2"_s, pooled.h2},
        {u"q"_s, pooled.q},
        {u"q_df"_s, pooled.qDegreesOfFreedom},
        {u"q_p"_s, pooled.qP},
        {u"pi_low"_s, reportScale(pooled.predictionLow, m)},
        {u"pi_high"_s, reportScale(pooled.predictionHigh, m)},
        {u"converged"_s, pooled.converged ? 1.0 : 0.0},
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        actual.insert(prefix + it.key(), it.value());
    for (size_t i = 0; i < pooled.weightPercent.size(); ++i)
        actual.insert(prefix + QStringLiteral("weight_%1").arg(i + 1), pooled.weightPercent[i]);
}

} // namespace

Q_DECLARE_METATYPE(ReferenceCase)

class TestMetaAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalsMetafor_data()
    {
        QTest::addColumn<ReferenceCase>("reference");
        const QList<ReferenceCase> cases = referenceCases();
        QVERIFY(cases.size() >= 782);
        for (const ReferenceCase &c : cases)
            QTest::newRow(qPrintable(c.name())) << c;
    }

    void equalsMetafor()
    {
        QFETCH(ReferenceCase, reference);
        const PoolingCsvReader::Result input = PoolingCsvReader::read(
            referenceFolder + QStringLiteral("data/") + reference.dataset + QStringLiteral(".csv"),
            reference.measure);
        PoolingOptions options;
        options.method = reference.method;
        options.hartungKnapp = reference.hartungKnapp;
        options.mantelHaenszelRandom = reference.randomMantelHaenszel;
        options.revmanZeroCells = reference.revmanZeroCells;
        const SubgroupAnalysis analysis = analyseSubgroups(input, reference.measure, options);

        QMap<QString, std::optional<double>> actual;
        insertValues(actual, QString(), analysis.overall, reference.measure);
        for (size_t i = 0; i < analysis.subgroups.size(); ++i)
            insertValues(actual, QStringLiteral("sub%1_").arg(i + 1), analysis.subgroups[i].pooled,
                         reference.measure);
        if (analysis.differences) {
            actual.insert(u"q_between"_s, analysis.differences->q);
            actual.insert(u"q_between_df"_s, analysis.differences->df);
            actual.insert(u"q_between_p"_s, analysis.differences->p);
            actual.insert(u"i2_between"_s, analysis.differences->i2);
        }

        QCOMPARE(actual.keys(), reference.values.keys());
        for (auto it = reference.values.cbegin(); it != reference.values.cend(); ++it) {
            const std::optional<double> value = actual.value(it.key());
            if (it.value() == u"NA") {
                QVERIFY2(!value, qPrintable(it.key()));
                continue;
            }
            const double expected = it.value().toDouble();
            QVERIFY2(value && close(*value, expected),
                     qPrintable(QStringLiteral("%1: %2, metafor %3")
                                    .arg(it.key())
                                    .arg(value.value_or(NAN), 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
        }
    }

    void reportsZeroCellCorrections()
    {
        const PoolingCsvReader::Result input = PoolingCsvReader::read(
            referenceFolder + QStringLiteral("data/double_zero.csv"), Measure::RiskDifference);
        QVERIFY(input.studies.at(0).zeroCellCorrected);
        QVERIFY(!input.studies.at(1).zeroCellCorrected);
    }

    void refusesWhatCannotBePooled()
    {
        const std::vector<StudyEstimate> one{{u"A"_s, 0.1, 0.04, false}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 poolEstimates(one, {PoolingMethod::Reml, false, 1e-10, 1000}));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            poolEstimates(one, {PoolingMethod::FixedEffect, true, 1e-10, 1000}));
        QCOMPARE(poolEstimates(one, {PoolingMethod::FixedEffect, false, 1e-10, 1000}).estimate,
                 0.1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, poolEstimates({}, PoolingOptions()));
    }

    // Every estimate the same: metafor's Hartung-Knapp factor is 0 (SE 0, a CI of no width,
    // and a NaN statistic for an estimate of 0, on which Boost threw). Refused instead.
    void refusesHartungKnappWhenEveryEstimateIsTheSame_data()
    {
        QTest::addColumn<double>("yi");
        QTest::addColumn<int>("method");
        QTest::newRow("double-zero trials, REML") << 0.0 << int(PoolingMethod::Reml);
        QTest::newRow("identical counts, DL") << 0.0 << int(PoolingMethod::DerSimonianLaird);
        QTest::newRow("identical hazard ratios, REML") << std::log(2.0) << int(PoolingMethod::Reml);
    }

    void refusesHartungKnappWhenEveryEstimateIsTheSame()
    {
        QFETCH(double, yi);
        QFETCH(int, method);
        const std::vector<StudyEstimate> same{{u"A"_s, yi, 4.05, true}, {u"B"_s, yi, 4.07, true}};
        const PoolingOptions options{PoolingMethod(method), true, 1e-10, 1000};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, poolEstimates(same, options));
        try {
            poolEstimates(same, options);
        } catch (const std::invalid_argument &error) {
            QVERIFY2(QByteArray(error.what()).contains("same estimate"), error.what());
        }
    }

    // Without Hartung-Knapp identical estimates pool as metafor pools them: tau^2 = 0 on the
    // boundary, Q = 0, I^2 = 0, and the fixed-effect SE.
    void poolsIdenticalEstimatesWithoutHartungKnapp_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("FE") << int(PoolingMethod::FixedEffect);
        QTest::newRow("DL") << int(PoolingMethod::DerSimonianLaird);
        QTest::newRow("REML") << int(PoolingMethod::Reml);
    }

    void poolsIdenticalEstimatesWithoutHartungKnapp()
    {
        QFETCH(int, method);
        const std::vector<StudyEstimate> same{{u"A"_s, 0.0, 0.2, false}, {u"B"_s, 0.0, 0.2, false}};
        const PooledEstimate pooled =
            poolEstimates(same, {PoolingMethod(method), false, 1e-10, 1000});
        QCOMPARE(pooled.estimate, 0.0);
        QCOMPARE(pooled.tau2, 0.0);
        QCOMPARE(pooled.q, 0.0);
        QCOMPARE(pooled.i2, 0.0);
        QCOMPARE(pooled.p, 1.0);
        QVERIFY(qAbs(pooled.se - std::sqrt(0.1)) < 1e-12);
        QVERIFY(pooled.converged);
    }

    void refusesNumbersTooExtremeToPool()
    {
        const std::vector<StudyEstimate> denormal{{u"A"_s, 0.1, 1e-320, false},
                                                  {u"B"_s, 0.2, 0.04, false}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, poolEstimates(denormal, PoolingOptions()));
        const std::vector<StudyEstimate> farApart{{u"A"_s, -1e300, 1e-300, false},
                                                  {u"B"_s, 1e300, 1e-300, false}};
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            poolEstimates(farApart, {PoolingMethod::FixedEffect, false, 1e-10, 1000}));
    }

    void reportsRemlThatDoesNotConverge()
    {
        const std::vector<StudyEstimate> studies{
            {u"A"_s, -1.0, 0.01, false}, {u"B"_s, 1.0, 0.02, false}, {u"C"_s, 0.3, 0.5, false}};
        PoolingOptions options;
        options.maxIterations = 1;
        QVERIFY(!poolEstimates(studies, options).converged);
        options.maxIterations = 1000;
        QVERIFY(poolEstimates(studies, options).converged);
    }

    // metafor: escalc("SMD", m1i = 5, sd1i = 2, n1i = 4, m2i = 3, sd2i = 3, n2i = 5): the
    // exact Hedges correction matters most in small trials.
    void standardisedMeanDifferenceEqualsMetaforInASmallTrial()
    {
        const StudyEstimate g =
            estimateFromMeans(u"A"_s, Measure::StandardisedMeanDifference, {5, 2, 4, 3, 3, 5});
        QVERIFY2(close(g.yi, 0.67837617614837598), qPrintable(QString::number(g.yi, 'g', 17)));
        QVERIFY2(close(g.vi, 0.4755663464647607), qPrintable(QString::number(g.vi, 'g', 17)));
    }

    void tellsWhichTablesHaveNoContrast()
    {
        QVERIFY(hasNoContrast({0, 10, 0, 12}));
        QVERIFY(hasNoContrast({10, 10, 12, 12}));
        QVERIFY(!hasNoContrast({0, 10, 1, 12}));
        QVERIFY(!hasNoContrast({10, 10, 11, 12}));
    }

    void refusesUndefinedMantelHaenszelAndPetoEstimates()
    {
        const std::vector<StudyCounts> noControlEvents{{u"A"_s, {3, 10, 0, 10}},
                                                       {u"B"_s, {2, 12, 0, 11}}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 poolMantelHaenszel(noControlEvents, Measure::OddsRatio, {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 poolMantelHaenszel(noControlEvents, Measure::RiskRatio, {}));
        // RD needs no events in the control arm to be defined.
        QVERIFY(poolMantelHaenszel(noControlEvents, Measure::RiskDifference, {}).estimate > 0);
        const std::vector<StudyCounts> noEvents{{u"A"_s, {0, 10, 0, 10}}, {u"B"_s, {0, 8, 0, 9}}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, poolPeto(noEvents));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 poolMantelHaenszel({}, Measure::OddsRatio, {}));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            poolEstimates({{u"A"_s, 0.1, 0.04, false}},
                          {PoolingMethod::MantelHaenszel, false, 1e-10, 1000}));
    }

    // Two subgroups at 0 and 1, each with SE 1: Q = 0.25 + 0.25 on 1 df; R's
    // pchisq(0.5, 1, lower.tail = FALSE) = 0.47950012218695348.
    void testsSubgroupDifferencesAsRevMan()
    {
        PooledEstimate zero;
        zero.se = 1;
        PooledEstimate one;
        one.estimate = 1;
        one.se = 1;
        const SubgroupDifferences test = testSubgroupDifferences({zero, one});
        QCOMPARE(test.q, 0.5);
        QCOMPARE(test.df, 1);
        QVERIFY(close(test.p, 0.47950012218695348));
        QCOMPARE(test.i2, 0.0);
    }

    // A subgroup of one study under REML is that study (tau^2 = 0, z, no prediction
    // interval), as metafor fits k = 1; the other subgroup is pooled by REML.
    void poolsASubgroupOfOneStudyAsItself()
    {
        PoolingInput input;
        input.studies = {
            {u"A"_s, 0.4, 0.09, false}, {u"B"_s, 0.1, 0.04, false}, {u"C"_s, -0.2, 0.05, false}};
        input.subgroups = {u"single"_s, u"pair"_s, u"pair"_s};
        PoolingOptions options;
        options.hartungKnapp = true;
        const SubgroupAnalysis analysis = analyseSubgroups(input, Measure::MeanDifference, options);
        QCOMPARE(analysis.subgroups.size(), size_t(2));
        const PooledEstimate &single = analysis.subgroups[0].pooled;
        QCOMPARE(single.estimate, 0.4);
        QVERIFY(close(single.se, 0.3));
        QVERIFY(!single.degreesOfFreedom);
        QVERIFY(!single.predictionLow);
        QCOMPARE(analysis.subgroups[1].pooled.degreesOfFreedom, std::optional<int>(1));
        QVERIFY(analysis.differences);
    }

    void wilsonEqualsR()
    {
        const CsvTable table = CsvTable::read(referenceFolder + QStringLiteral("wilson.csv"));
        QVERIFY(table.records().size() >= 5);
        for (const CsvTable::Record &record : table.records()) {
            const ProportionInterval interval =
                wilsonInterval(record.fields[0].toInt(), record.fields[1].toInt());
            QVERIFY2(close(interval.low, record.fields[2].toDouble()) &&
                         close(interval.high, record.fields[3].toDouble()),
                     qPrintable(record.fields.join(u',')));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetaAnalysis)
#include "tst_metaanalysis.moc"
