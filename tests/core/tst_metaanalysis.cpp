// SPDX-License-Identifier: MIT
// Pooling against R metafor 3.8. tests/reference/metafor_reference.R wrote the inputs
// (tests/reference/data/*.csv) and metafor's results (tests/reference/expected.csv); this
// test reads the same inputs through the `pool` command's CSV reader and compares every
// value with |a - b| <= 1e-8 + 1e-6 |b|.
#include "core/stats/MetaAnalysis.h"
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
    QMap<QString, QString> values; // key -> value as R printed it ("NA" for none)
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
        c.method = *poolingMethodFromCode(f[2]);
        c.hartungKnapp = f[3] == u"1";
        c.values.insert(f[4], f[5]);
    }
    return cases.values();
}

bool close(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-8 + 1e-6 * std::abs(expected);
}

std::optional<double> reportScale(const std::optional<double> &value, Measure measure)
{
    if (!value)
        return std::nullopt;
    return isRatio(measure) ? std::exp(*value) : *value;
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
        QVERIFY(cases.size() >= 265);
        for (const ReferenceCase &c : cases)
            QTest::newRow(qPrintable(c.dataset + u' ' + measureCode(c.measure) + u' ' +
                                     poolingMethodCode(c.method) +
                                     (c.hartungKnapp ? u" HKSJ"_s : u""_s)))
                << c;
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
        const PooledEstimate pooled = poolEstimates(input.studies, options);

        const Measure m = reference.measure;
        QMap<QString, std::optional<double>> actual{
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
        for (size_t i = 0; i < pooled.weightPercent.size(); ++i)
            actual.insert(QStringLiteral("weight_%1").arg(i + 1), pooled.weightPercent[i]);

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
