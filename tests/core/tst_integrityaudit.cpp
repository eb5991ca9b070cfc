// SPDX-License-Identifier: MIT
// The integrity checks (README "Evidence integrity checks"): each on a table of consistent,
// inconsistent and at-the-rounding-boundary cases built in code, then the bundled dataset.
#include "common/BundledData.h"
#include "core/integrity/EffectChecks.h"
#include "core/integrity/IntegrityAudit.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <utility>

using namespace eb;

namespace {

const QString responseEndpoint = QStringLiteral("response"); // higher is better
const QString deathEndpoint = QStringLiteral("death");       // higher is worse

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result.append(QString::fromUtf8(text));
    return result;
}

// "" is "not reported"; otherwise the printed form, whose value is read from it.
OptionalNumber number(const QString &printed)
{
    if (printed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = printed.toDouble(&ok);
    Q_ASSERT(ok);
    return ReportedNumber{value, printed};
}

// "<0.001" -> relation "<", value 0.001; "0.03" -> "=", 0.03; "" -> none.
std::optional<ReportedPValue> pValue(const QString &printed)
{
    if (printed.isEmpty())
        return std::nullopt;
    qsizetype digits = 0;
    while (digits < printed.size() && QStringLiteral("<>=").contains(printed.at(digits)))
        ++digits;
    const QString relation = digits == 0 ? QStringLiteral("=") : printed.left(digits);
    return ReportedPValue{relation, printed.mid(digits).toDouble(), printed};
}

Arm arm(const QString &id, const QString &label, const QString &role, const QString &size)
{
    Arm result;
    result.id = id;
    result.label = label;
    result.role = role;
    result.size = number(size);
    return result;
}

Study twoArmStudy()
{
    Study study;
    study.id = QStringLiteral("s1");
    study.name = QStringLiteral("Study one");
    study.arms = {arm(QStringLiteral("t"), QStringLiteral("Thymosin alpha-1"),
                      QStringLiteral("treatment"), QString()),
                  arm(QStringLiteral("c"), QStringLiteral("Interferon-alpha"),
                      QStringLiteral("comparator"), QString())};
    return study;
}

Dataset datasetWith(const Study &study)
{
    Dataset dataset;
    dataset.datasetVersion = QStringLiteral("test");
    Endpoint response;
    response.id = responseEndpoint;
    response.direction = Direction::HigherIsBetter;
    Endpoint death;
    death.id = deathEndpoint;
    death.direction = Direction::HigherIsWorse;
    dataset.endpoints = {response, death};
    dataset.studies = {study};
    return dataset;
}

struct EffectSpec
{
    EffectSpec(QString measure_, QString estimate_, QString low_ = QString(),
               QString high_ = QString(), QString p_ = QString(), QString claim_ = QString(),
               QString endpoint_ = responseEndpoint)
        : measure(std::move(measure_))
        , estimate(std::move(estimate_))
        , low(std::move(low_))
        , high(std::move(high_))
        , p(std::move(p_))
        , claim(std::move(claim_))
        , endpoint(std::move(endpoint_))
    {}

    QString measure;
    QString estimate;
    QString low;
    QString high;
    QString p;
    QString claim;
    QString endpoint;
    std::optional<double> level = 0.95;
    QString relativeReduction;
};

Effect effect(const EffectSpec &spec)
{
    Effect result;
    result.id = QStringLiteral("e1");
    result.endpointId = spec.endpoint;
    result.treatmentArmId = QStringLiteral("t");
    result.comparatorArmId = QStringLiteral("c");
    result.measure = spec.measure;
    result.estimate = number(spec.estimate);
    result.ciLevel = spec.level;
    result.ciLow = number(spec.low);
    result.ciHigh = number(spec.high);
    result.pValue = pValue(spec.p);
    result.claim = spec.claim;
    result.relativeReductionPercent = number(spec.relativeReduction);
    return result;
}

QList<IntegrityFinding> findingsOf(const QList<IntegrityFinding> &findings, const QString &check)
{
    QList<IntegrityFinding> result;
    for (const IntegrityFinding &finding : findings)
        if (finding.checkId == check)
            result.append(finding);
    return result;
}

QList<IntegrityFinding> auditEffect(const EffectSpec &spec, const QString &check)
{
    Study study = twoArmStudy();
    study.effects = {effect(spec)};
    return findingsOf(auditDataset(datasetWith(study)), check);
}

// Runs one effect through the audit and compares "flagged or not" with the expectation.
void verifyEffect(const EffectSpec &spec, const QString &check, bool flagged)
{
    const QList<IntegrityFinding> found = auditEffect(spec, check);
    QVERIFY2(found.size() == (flagged ? 1 : 0),
             qPrintable(found.isEmpty() ? QStringLiteral("no finding")
                                        : found.constFirst().explanation));
    if (flagged) {
        QCOMPARE(found.constFirst().studyId, QStringLiteral("s1"));
        QCOMPARE(found.constFirst().targetKind, QStringLiteral("effect"));
        QCOMPARE(found.constFirst().targetId, QStringLiteral("e1"));
        QVERIFY(!found.constFirst().explanation.isEmpty());
    }
}

} // namespace

class TestIntegrityAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryCheckWithAStableId()
    {
        QStringList ids;
        for (const IntegrityCheckInfo &check : integrityChecks()) {
            ids.append(check.id);
            QVERIFY(!check.title.isEmpty());
            QVERIFY(!check.description.isEmpty());
        }
        QCOMPARE(ids, QStringList(
                          {QStringLiteral("estimate-outside-ci"), QStringLiteral("ci-asymmetric"),
                           QStringLiteral("p-inconsistent-with-ci"),
                           QStringLiteral("words-vs-numbers"), QStringLiteral("percent-vs-counts"),
                           QStringLiteral("arm-sizes-vs-study-size"),
                           QStringLiteral("relative-reduction-vs-ratio"),
                           QStringLiteral("differs-from-primary")}));
    }

    void estimateOutsideCi_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("estimate");
        QTest::addColumn<QString>("low");
        QTest::addColumn<QString>("high");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("inside") << "OR"
                                << "0.54"
                                << "0.30"
                                << "0.97" << false;
        QTest::newRow("below") << "OR"
                               << "0.25"
                               << "0.30"
                               << "0.97" << true;
        QTest::newRow("above") << "OR"
                               << "1.50"
                               << "0.30"
                               << "0.90" << true;
        QTest::newRow("RD above") << "RD"
                                  << "0.35"
                                  << "0.12"
                                  << "0.30" << true;
        QTest::newRow("RD negative inside") << "RD"
                                            << "-0.05"
                                            << "-0.09"
                                            << "-0.01" << false;
        QTest::newRow("boundary below: 0.30 vs 0.31 meet at 0.305") << "OR"
                                                                    << "0.30"
                                                                    << "0.31"
                                                                    << "0.97" << false;
        QTest::newRow("boundary above: 0.92 vs 0.91 meet at 0.915") << "HR"
                                                                    << "0.92"
                                                                    << "0.50"
                                                                    << "0.91" << false;
        QTest::newRow("just beyond: 0.29 vs 0.31") << "OR"
                                                   << "0.29"
                                                   << "0.31"
                                                   << "0.97" << true;
        QTest::newRow("one decimal printed 0.3 may be 0.32") << "OR"
                                                             << "0.3"
                                                             << "0.32"
                                                             << "0.97" << false;
        QTest::newRow("two decimals printed 0.30 cannot be 0.315") << "OR"
                                                                   << "0.30"
                                                                   << "0.32"
                                                                   << "0.97" << true;
        QTest::newRow("only the upper bound, above it") << "HR"
                                                        << "1.20"
                                                        << ""
                                                        << "1.10" << true;
        QTest::newRow("no CI") << "HR"
                               << "1.20"
                               << ""
                               << "" << false;
    }

    void estimateOutsideCi()
    {
        QFETCH(QString, measure);
        QFETCH(QString, estimate);
        QFETCH(QString, low);
        QFETCH(QString, high);
        QFETCH(bool, flagged);
        verifyEffect({measure, estimate, low, high}, QStringLiteral("estimate-outside-ci"),
                     flagged);
    }

    void ciAsymmetric_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("estimate");
        QTest::addColumn<QString>("low");
        QTest::addColumn<QString>("high");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("OR 0.62 (0.35-1.10): 0.3844 vs 0.385, rounding only") << "OR"
                                                                             << "0.62"
                                                                             << "0.35"
                                                                             << "1.10" << false;
        QTest::newRow("HR 0.308 (0.175-0.541)") << "HR"
                                                << "0.308"
                                                << "0.175"
                                                << "0.541" << false;
        QTest::newRow("OR 2.69 (1.47-4.91)") << "OR"
                                             << "2.69"
                                             << "1.47"
                                             << "4.91" << false;
        QTest::newRow("OR 0.70 (0.30-0.97): geometric mean 0.539") << "OR"
                                                                   << "0.70"
                                                                   << "0.30"
                                                                   << "0.97" << true;
        QTest::newRow("RR 0.60 (0.35-1.10): 1.10 has two decimals") << "RR"
                                                                    << "0.60"
                                                                    << "0.35"
                                                                    << "1.10" << true;
        QTest::newRow("RR 0.60 (0.35-1.1): 1.1 may be 1.05") << "RR"
                                                             << "0.60"
                                                             << "0.35"
                                                             << "1.1" << false;
        QTest::newRow("boundary: 2.5^2 = 0.5 x 12.5 (HR 2, 1-13)") << "HR"
                                                                   << "2"
                                                                   << "1"
                                                                   << "13" << false;
        QTest::newRow("beyond: HR 2 (1-14)") << "HR"
                                             << "2"
                                             << "1"
                                             << "14" << true;
        QTest::newRow("RD is not a ratio") << "RD"
                                           << "0.10"
                                           << "0.01"
                                           << "0.50" << false;
    }

    void ciAsymmetric()
    {
        QFETCH(QString, measure);
        QFETCH(QString, estimate);
        QFETCH(QString, low);
        QFETCH(QString, high);
        QFETCH(bool, flagged);
        verifyEffect({measure, estimate, low, high}, QStringLiteral("ci-asymmetric"), flagged);
    }

    void pInconsistentWithCi_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("estimate");
        QTest::addColumn<QString>("low");
        QTest::addColumn<QString>("high");
        QTest::addColumn<QString>("p");
        QTest::addColumn<bool>("hasLevel");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("HR 0.308 p<0.001 (derived 4e-5)") << "HR"
                                                         << "0.308"
                                                         << "0.175"
                                                         << "0.541"
                                                         << "<0.001" << true << false;
        QTest::newRow("HR 0.308 p=0.03") << "HR"
                                         << "0.308"
                                         << "0.175"
                                         << "0.541"
                                         << "0.03" << true << true;
        QTest::newRow("HR 0.308 p>0.05") << "HR"
                                         << "0.308"
                                         << "0.175"
                                         << "0.541"
                                         << ">0.05" << true << true;
        QTest::newRow("HR 0.308 p>0.05 but no CI level") << "HR"
                                                         << "0.308"
                                                         << "0.175"
                                                         << "0.541"
                                                         << ">0.05" << false << false;
        QTest::newRow("OR 0.54 p=0.03: point value 0.040, rounding reaches 0.033")
            << "OR"
            << "0.54"
            << "0.30"
            << "0.97"
            << "0.03" << true << false;
        QTest::newRow("OR 0.54 p=0.02") << "OR"
                                        << "0.54"
                                        << "0.30"
                                        << "0.97"
                                        << "0.02" << true << true;
        QTest::newRow("OR 0.62 p=0.10") << "OR"
                                        << "0.62"
                                        << "0.35"
                                        << "1.10"
                                        << "0.10" << true << false;
        QTest::newRow("OR 0.62 p<0.05") << "OR"
                                        << "0.62"
                                        << "0.35"
                                        << "1.10"
                                        << "<0.05" << true << true;
        QTest::newRow("boundary: RD 0.10 (0.01-0.19) reaches p=0.05 exactly, p>0.05")
            << "RD"
            << "0.10"
            << "0.01"
            << "0.19"
            << ">0.05" << true << false;
        QTest::newRow("boundary: RD 0.10 (0.01-0.19), p>=0.05") << "RD"
                                                                << "0.10"
                                                                << "0.01"
                                                                << "0.19"
                                                                << ">=0.05" << true << false;
        QTest::newRow("RD 0.10 (0.01-0.19), p>0.06") << "RD"
                                                     << "0.10"
                                                     << "0.01"
                                                     << "0.19"
                                                     << ">0.06" << true << true;
        QTest::newRow("RD 0.10 (0.01-0.19), p=0.05") << "RD"
                                                     << "0.10"
                                                     << "0.01"
                                                     << "0.19"
                                                     << "0.05" << true << false;
        QTest::newRow("no p") << "HR"
                              << "0.308"
                              << "0.175"
                              << "0.541"
                              << "" << true << false;
    }

    void pInconsistentWithCi()
    {
        QFETCH(QString, measure);
        QFETCH(QString, estimate);
        QFETCH(QString, low);
        QFETCH(QString, high);
        QFETCH(QString, p);
        QFETCH(bool, hasLevel);
        QFETCH(bool, flagged);
        EffectSpec spec{measure, estimate, low, high, p};
        if (!hasLevel)
            spec.level = std::nullopt;
        verifyEffect(spec, QStringLiteral("p-inconsistent-with-ci"), flagged);
    }

    void derivedPOfTheOverallSurvivalHazardRatio()
    {
        const std::optional<integrity::RoundingInterval> p =
            integrity::derivedPRange(effect({QStringLiteral("HR"), QStringLiteral("0.308"),
                                             QStringLiteral("0.175"), QStringLiteral("0.541")}));
        QVERIFY(p);
        QVERIFY2(p->low > 3e-5 && p->high < 5.5e-5,
                 qPrintable(QStringLiteral("%1 to %2").arg(p->low).arg(p->high)));
        QVERIFY(p->low <= 4.3e-5 && 4.3e-5 <= p->high); // the point value
    }

    void wordsVsNumbers_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("estimate");
        QTest::addColumn<QString>("low");
        QTest::addColumn<QString>("high");
        QTest::addColumn<bool>("flagged");
        const QString r = responseEndpoint;
        const QString d = deathEndpoint;
        QTest::newRow("numerically worse, CI wholly below 1") << "numerically_worse" << r << "OR"
                                                              << "0.54"
                                                              << "0.30"
                                                              << "0.97" << true;
        QTest::newRow("numerically worse, CI includes 1") << "numerically_worse" << r << "OR"
                                                          << "0.62"
                                                          << "0.35"
                                                          << "1.10" << false;
        QTest::newRow("numerically worse, estimate favours treatment")
            << "numerically_worse" << r << "OR"
            << "1.20"
            << "0.80"
            << "1.80" << true;
        QTest::newRow("not superior, CI includes 1") << "not_superior" << r << "OR"
                                                     << "0.62"
                                                     << "0.35"
                                                     << "1.10" << false;
        QTest::newRow("not superior, significant against treatment") << "not_superior" << r << "OR"
                                                                     << "0.54"
                                                                     << "0.30"
                                                                     << "0.97" << false;
        QTest::newRow("not superior, significant for treatment") << "not_superior" << r << "OR"
                                                                 << "1.60"
                                                                 << "1.10"
                                                                 << "2.30" << true;
        QTest::newRow("significantly better, HR of death below 1")
            << "significantly_better" << d << "HR"
            << "0.308"
            << "0.175"
            << "0.541" << false;
        QTest::newRow("significantly better, CI includes 1") << "significantly_better" << d << "HR"
                                                             << "0.80"
                                                             << "0.60"
                                                             << "1.07" << true;
        QTest::newRow("significantly better, HR of death above 1")
            << "significantly_better" << d << "HR"
            << "1.50"
            << "1.20"
            << "1.90" << true;
        QTest::newRow("boundary: significantly better, upper bound 1.00 may be 0.995")
            << "significantly_better" << d << "HR"
            << "0.80"
            << "0.60"
            << "1.00" << false;
        QTest::newRow("better, estimate favours comparator") << "better" << d << "HR"
                                                             << "1.20"
                                                             << "0.90"
                                                             << "1.60" << true;
        QTest::newRow("better, HR of recurrence below 1") << "better" << d << "HR"
                                                          << "0.381"
                                                          << "0.229"
                                                          << "0.633" << false;
        QTest::newRow("better, OR of response above 1") << "better" << r << "OR"
                                                        << "3.71"
                                                        << "2.05"
                                                        << "6.71" << false;
        QTest::newRow("boundary: better, estimate exactly at 1") << "better" << d << "HR"
                                                                 << "1.00"
                                                                 << "0.80"
                                                                 << "1.25" << false;
        QTest::newRow("similar, significant") << "similar" << r << "OR"
                                              << "1.50"
                                              << "1.10"
                                              << "2.05" << true;
        QTest::newRow("similar, upper bound 0.99 excludes 1") << "similar" << r << "OR"
                                                              << "0.70"
                                                              << "0.50"
                                                              << "0.99" << true;
        QTest::newRow("boundary: similar, upper bound 1.0 may be 1.04") << "similar" << r << "OR"
                                                                        << "0.70"
                                                                        << "0.5"
                                                                        << "1.0" << false;
        QTest::newRow("not significant, HR of death above 1") << "not_significant" << d << "HR"
                                                              << "1.60"
                                                              << "1.20"
                                                              << "2.10" << true;
        QTest::newRow("not significant, RD includes 0") << "not_significant" << r << "RD"
                                                        << "0.04"
                                                        << "-0.01"
                                                        << "0.09" << false;
        QTest::newRow("not significant, RD excludes 0") << "not_significant" << r << "RD"
                                                        << "0.04"
                                                        << "0.01"
                                                        << "0.07" << true;
        QTest::newRow("significantly better, RD of HCC below 0")
            << "significantly_better" << d << "RD"
            << "-0.05"
            << "-0.09"
            << "-0.01" << false;
        QTest::newRow("similar, no numbers") << "similar" << r << ""
                                             << ""
                                             << ""
                                             << "" << false;
        QTest::newRow("no claim") << "" << r << "OR"
                                  << "0.54"
                                  << "0.30"
                                  << "0.97" << false;
    }

    void wordsVsNumbers()
    {
        QFETCH(QString, claim);
        QFETCH(QString, endpoint);
        QFETCH(QString, measure);
        QFETCH(QString, estimate);
        QFETCH(QString, low);
        QFETCH(QString, high);
        QFETCH(bool, flagged);
        EffectSpec spec{measure, estimate, low, high, QString(), claim, endpoint};
        verifyEffect(spec, QStringLiteral("words-vs-numbers"), flagged);
    }

    void wordsVsNumbersExplainsInPlainWords()
    {
        const QList<IntegrityFinding> found =
            auditEffect({QStringLiteral("OR"), QStringLiteral("0.54"), QStringLiteral("0.30"),
                         QStringLiteral("0.97"), QString(), QStringLiteral("numerically_worse")},
                        QStringLiteral("words-vs-numbers"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().value, QStringLiteral("OR 0.54 (95% CI 0.30\u20130.97)"));
        QCOMPARE(found.constFirst().explanation,
                 QStringLiteral("The source calls this result numerically worse, but the 95% CI "
                                "0.30\u20130.97 lies wholly below 1, so it is statistically "
                                "significant against thymosin alpha-1."));
    }

    void percentVsCounts_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("9/29 = 31.03%, printed 31.0") << 9 << 29 << "31.0" << false;
        QTest::newRow("15/33 = 45.45%, printed 45.5") << 15 << 33 << "45.5" << false;
        QTest::newRow("15/33 = 45.45%, printed 45.4") << 15 << 33 << "45.4" << true;
        QTest::newRow("9/29 = 31.03%, printed 35.0") << 9 << 29 << "35.0" << true;
        QTest::newRow("boundary: 1/8 = 12.5%, printed 13") << 1 << 8 << "13" << false;
        QTest::newRow("boundary: 1/8 = 12.5%, printed 12") << 1 << 8 << "12" << false;
        QTest::newRow("1/8 = 12.5%, printed 12.4") << 1 << 8 << "12.4" << true;
        QTest::newRow("1/3 = 33.33%, printed 33.3") << 1 << 3 << "33.3" << false;
        QTest::newRow("1/3 = 33.33%, printed 33.4") << 1 << 3 << "33.4" << true;
        QTest::newRow("no percentage") << 1 << 30 << "" << false;
    }

    void percentVsCounts()
    {
        QFETCH(int, events);
        QFETCH(int, total);
        QFETCH(QString, percent);
        QFETCH(bool, flagged);
        Study study = twoArmStudy();
        Outcome outcome;
        outcome.id = QStringLiteral("o1");
        outcome.endpointId = responseEndpoint;
        outcome.events = events;
        outcome.total = total;
        outcome.percent = number(percent);
        study.arms[0].outcomes = {outcome};
        const QList<IntegrityFinding> found =
            findingsOf(auditDataset(datasetWith(study)), QStringLiteral("percent-vs-counts"));
        QVERIFY2(found.size() == (flagged ? 1 : 0),
                 qPrintable(found.isEmpty() ? QString() : found.constFirst().explanation));
        if (flagged) {
            QCOMPARE(found.constFirst().targetKind, QStringLiteral("outcome"));
            QCOMPARE(found.constFirst().targetId, QStringLiteral("o1"));
            QCOMPARE(found.constFirst().value,
                     QStringLiteral("%1/%2 (%3%)").arg(events).arg(total).arg(percent));
        }
    }

    void armSizesVsStudySize_data()
    {
        QTest::addColumn<QString>("studySize");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QStringList>("sizes");
        QTest::addColumn<bool>("flagged");
        const QStringList trial{QStringLiteral("treatment"), QStringLiteral("comparator"),
                                QStringLiteral("historical_control")};
        QTest::newRow("29 + 33 = 62, historical control of 30 not counted")
            << "62" << trial << strings({"29", "33", "30"}) << false;
        QTest::newRow("29 + 33 is not 63") << "63" << trial << strings({"29", "33", "30"}) << true;
        QTest::newRow("a third arm that is not historical counts")
            << "62"
            << QStringList{QStringLiteral("treatment"), QStringLiteral("comparator"),
                           QStringLiteral("comparator")}
            << strings({"29", "33", "30"}) << true;
        QTest::newRow("an arm size not reported")
            << "70" << trial << strings({"29", "", "30"}) << false;
        QTest::newRow("study size not reported")
            << "" << trial << strings({"29", "33", "30"}) << false;
        QTest::newRow("single arm matches")
            << "50" << QStringList{QStringLiteral("single_arm")} << strings({"50"}) << false;
        QTest::newRow("single arm differs")
            << "60" << QStringList{QStringLiteral("single_arm")} << strings({"50"}) << true;
    }

    void armSizesVsStudySize()
    {
        QFETCH(QString, studySize);
        QFETCH(QStringList, roles);
        QFETCH(QStringList, sizes);
        QFETCH(bool, flagged);
        Study study;
        study.id = QStringLiteral("s1");
        study.size = number(studySize);
        for (qsizetype i = 0; i < roles.size(); ++i)
            study.arms.append(arm(QStringLiteral("a%1").arg(i), QStringLiteral("Arm %1").arg(i),
                                  roles.at(i), sizes.at(i)));
        const QList<IntegrityFinding> found =
            findingsOf(auditDataset(datasetWith(study)), QStringLiteral("arm-sizes-vs-study-size"));
        QVERIFY2(found.size() == (flagged ? 1 : 0),
                 qPrintable(found.isEmpty() ? QString() : found.constFirst().explanation));
        if (flagged) {
            QCOMPARE(found.constFirst().targetKind, QStringLiteral("study"));
            QCOMPARE(found.constFirst().targetId, QStringLiteral("s1"));
            QVERIFY(found.constFirst().value.startsWith(QStringLiteral("n=") + studySize));
        }
    }

    void relativeReductionVsRatio_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QString>("estimate");
        QTest::addColumn<QString>("reduction");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("HR 0.308, 69%") << "HR"
                                       << "0.308"
                                       << "69" << false;
        QTest::newRow("HR 0.381, 62%") << "HR"
                                       << "0.381"
                                       << "62" << false;
        QTest::newRow("HR 0.308, 75%") << "HR"
                                       << "0.308"
                                       << "75" << true;
        QTest::newRow("HR 0.308, 69.5% (69.45-69.55 vs 69.15-69.25)") << "HR"
                                                                      << "0.308"
                                                                      << "69.5" << true;
        QTest::newRow("boundary: HR 0.31 (68.5-69.5), 68%") << "HR"
                                                            << "0.31"
                                                            << "68" << false;
        QTest::newRow("boundary: HR 0.31 (68.5-69.5), 70%") << "HR"
                                                            << "0.31"
                                                            << "70" << false;
        QTest::newRow("HR 0.31, 67%") << "HR"
                                      << "0.31"
                                      << "67" << true;
        QTest::newRow("RD is not a ratio") << "RD"
                                           << "-0.05"
                                           << "90" << false;
        QTest::newRow("no reduction stated") << "HR"
                                             << "0.308"
                                             << "" << false;
    }

    void relativeReductionVsRatio()
    {
        QFETCH(QString, measure);
        QFETCH(QString, estimate);
        QFETCH(QString, reduction);
        QFETCH(bool, flagged);
        EffectSpec spec{measure, estimate};
        spec.relativeReduction = reduction;
        verifyEffect(spec, QStringLiteral("relative-reduction-vs-ratio"), flagged);
    }

    void differsFromPrimary_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<QString>("value");
        const QString effectValue = QStringLiteral("HR 0.308 (95% CI 0.175\u20130.541), p<0.001");
        QTest::newRow("differs, on a study") << "differs_from_primary"
                                             << "study" << true << "n=316";
        QTest::newRow("differs, on an outcome") << "differs_from_primary"
                                                << "outcome" << true << "36.4%";
        QTest::newRow("differs, on a range outcome") << "differs_from_primary"
                                                     << "range" << true << "60\u201390%";
        QTest::newRow("omitted, on an effect") << "omitted_by_document"
                                               << "effect" << true << effectValue;
        QTest::newRow("omitted, on an arm") << "omitted_by_document"
                                            << "arm" << true << "Thymosin alpha-1, n=29";
        QTest::newRow("words vs numbers caveat is not this check")
            << "words_vs_numbers"
            << "effect" << false << effectValue;
        QTest::newRow("design limitation is not this check") << "design_limitation"
                                                             << "study" << false << "n=316";
    }

    void differsFromPrimary()
    {
        QFETCH(QString, kind);
        QFETCH(QString, target);
        QFETCH(bool, flagged);
        QFETCH(QString, value);
        const Caveat caveat{QStringLiteral("cav"), kind, QStringLiteral("The caveat's text."),
                            QString(), QString()};
        Study study = twoArmStudy();
        study.size = number(QStringLiteral("316"));
        study.arms[0].size = number(QStringLiteral("29"));
        Outcome outcome;
        outcome.id = QStringLiteral("o1");
        outcome.endpointId = responseEndpoint;
        if (target == u"range") {
            outcome.percentLow = number(QStringLiteral("60"));
            outcome.percentHigh = number(QStringLiteral("90"));
        } else {
            outcome.percent = number(QStringLiteral("36.4"));
        }
        Effect hazard =
            effect({QStringLiteral("HR"), QStringLiteral("0.308"), QStringLiteral("0.175"),
                    QStringLiteral("0.541"), QStringLiteral("<0.001"), QString(), deathEndpoint});
        QString targetId;
        if (target == u"study") {
            study.caveats = {caveat};
            targetId = study.id;
        } else if (target == u"arm") {
            study.arms[0].caveats = {caveat};
            targetId = study.arms[0].id;
        } else if (target == u"effect") {
            hazard.caveats = {caveat};
            targetId = hazard.id;
        } else {
            outcome.caveats = {caveat};
            targetId = outcome.id;
            target = QStringLiteral("outcome");
        }
        study.arms[0].outcomes = {outcome};
        study.effects = {hazard};
        const QList<IntegrityFinding> all = auditDataset(datasetWith(study));
        const QList<IntegrityFinding> found =
            findingsOf(all, QStringLiteral("differs-from-primary"));
        QCOMPARE(found.size(), flagged ? 1 : 0);
        QCOMPARE(all.size(), found.size()); // nothing else is wrong with these rows
        if (flagged) {
            QCOMPARE(found.constFirst().targetKind, target);
            QCOMPARE(found.constFirst().targetId, targetId);
            QCOMPARE(found.constFirst().value, value);
            QCOMPARE(found.constFirst().explanation, QStringLiteral("The caveat's text."));
        }
    }

    void aCaveatOnAStudyFieldNamesThatField()
    {
        Study study = twoArmStudy();
        study.size = number(QStringLiteral("316"));
        study.design = QStringLiteral("Randomized controlled trial");
        study.caveats = {Caveat{QStringLiteral("cav"), QStringLiteral("differs_from_primary"),
                                QStringLiteral("Two dose groups."), QString(),
                                QStringLiteral("design")}};
        const QList<IntegrityFinding> found = auditDataset(datasetWith(study));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().value, QStringLiteral("design: Randomized controlled trial"));
    }

    void effectValueWithoutCiLevel()
    {
        Effect unstated = effect({QStringLiteral("OR"), QStringLiteral("3.71"),
                                  QStringLiteral("2.05"), QStringLiteral("6.71")});
        unstated.ciLevel = std::nullopt;
        unstated.caveats = {Caveat{QStringLiteral("cav"), QStringLiteral("omitted_by_document"),
                                   QStringLiteral("Omitted."), QString(), QString()}};
        Study study = twoArmStudy();
        study.effects = {unstated};
        const QList<IntegrityFinding> found = auditDataset(datasetWith(study));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().value,
                 QStringLiteral("OR 3.71 (CI, level not stated, 2.05\u20136.71)"));
    }

    void findingsComeInStudyOrder()
    {
        Study first = twoArmStudy();
        first.id = QStringLiteral("b-first");
        first.effects = {effect({QStringLiteral("OR"), QStringLiteral("0.25"),
                                 QStringLiteral("0.30"), QStringLiteral("0.97")})};
        Study second = twoArmStudy();
        second.id = QStringLiteral("a-second");
        second.effects = first.effects;
        Dataset dataset = datasetWith(first);
        dataset.studies.append(second);
        const QList<IntegrityFinding> found = auditDataset(dataset);
        QVERIFY(found.size() >= 2);
        QCOMPARE(found.constFirst().studyId, QStringLiteral("b-first"));
        QCOMPARE(found.constLast().studyId, QStringLiteral("a-second"));
    }

    void bundledDataset()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Dataset dataset = loadBundledDataset(dir.filePath(QStringLiteral("e.sqlite")));
        const QList<IntegrityFinding> findings = auditDataset(dataset);

        // The document's contradiction: OR 0.54 (95% CI 0.30-0.97) called numerically worse.
        const QList<IntegrityFinding> words =
            findingsOf(findings, QStringLiteral("words-vs-numbers"));
        QCOMPARE(words.size(), 1);
        QCOMPARE(words.constFirst().studyId, QStringLiteral("ifn-meta"));
        QCOMPARE(words.constFirst().targetId, QStringLiteral("ifn-meta-complete-eot"));
        QCOMPARE(words.constFirst().value, QStringLiteral("OR 0.54 (95% CI 0.30\u20130.97)"));
        QVERIFY(words.constFirst().explanation.contains(QStringLiteral("numerically worse")));
        QVERIFY(words.constFirst().explanation.contains(QStringLiteral("wholly below 1")));

        // The overall survival HR 0.308 (0.175-0.541), p<0.001, 69%: nothing at all.
        for (const IntegrityFinding &finding : findings)
            QVERIFY2(finding.targetId != u"hcc-resection-cohort-os",
                     qPrintable(finding.checkId + u": " + finding.explanation));

        // Everything else in the stored numbers is consistent within rounding.
        for (const char *check :
             {"estimate-outside-ci", "ci-asymmetric", "p-inconsistent-with-ci", "percent-vs-counts",
              "arm-sizes-vs-study-size", "relative-reduction-vs-ratio"}) {
            const QList<IntegrityFinding> found = findingsOf(findings, QString::fromLatin1(check));
            QVERIFY2(found.isEmpty(),
                     qPrintable(QString::fromLatin1(check) + u": " +
                                (found.isEmpty() ? QString() : found.constFirst().explanation)));
        }

        // 3 differs_from_primary + 3 omitted_by_document caveats.
        QStringList targets;
        for (const IntegrityFinding &finding :
             findingsOf(findings, QStringLiteral("differs-from-primary")))
            targets.append(QString(finding.targetKind + u':' + finding.targetId));
        // Each names the value in dispute: the Japanese trial's design (Iino 2005 confirms
        // n=316), and the follow-up results the document omits (not the end-of-treatment ORs
        // it gives as Yang 2008 does).
        QCOMPARE(targets, QStringList({QStringLiteral("study:jp-chb-rct"),
                                       QStringLiteral("outcome:jp-chb-rct-hbvdna-bdna-wk72"),
                                       QStringLiteral("outcome:jp-chb-rct-hbeag-wk72"),
                                       QStringLiteral("effect:ifn-meta-virologic-fu"),
                                       QStringLiteral("effect:ifn-meta-biochemical-fu"),
                                       QStringLiteral("effect:ifn-meta-complete-fu")}));
        const QList<IntegrityFinding> differs =
            findingsOf(findings, QStringLiteral("differs-from-primary"));
        QCOMPARE(differs.constFirst().value, QStringLiteral("design: Randomized controlled trial"));
        QCOMPARE(differs.at(3).value,
                 QStringLiteral("OR 3.71 (CI, level not stated, 2.05\u20136.71)"));
        for (const IntegrityFinding &finding : differs)
            QVERIFY2(!finding.value.contains(QStringLiteral("n=316")) &&
                         !finding.value.contains(QStringLiteral("0.62")),
                     qPrintable(finding.value));
        QCOMPARE(findings.size(), 7);

        // Deterministic.
        const QList<IntegrityFinding> again = auditDataset(dataset);
        QCOMPARE(again.size(), findings.size());
        for (qsizetype i = 0; i < again.size(); ++i) {
            QCOMPARE(again.at(i).checkId, findings.at(i).checkId);
            QCOMPARE(again.at(i).targetId, findings.at(i).targetId);
            QCOMPARE(again.at(i).explanation, findings.at(i).explanation);
        }
    }
};

QTEST_GUILESS_MAIN(TestIntegrityAudit)
#include "tst_integrityaudit.moc"
