// SPDX-License-Identifier: MIT
#include "core/stats/MantelHaenszel.h"

#include <cmath>
#include <stdexcept>

namespace eb {
namespace {

// One table's cells as doubles, with `add` added to each of the four.
struct Table
{
    double a, b, c, d, n1, n2, n;

    explicit Table(const ArmCounts &counts, double add = 0.0)
        : a(counts.eventsTreatment + add)
        , b(counts.totalTreatment - counts.eventsTreatment + add)
        , c(counts.eventsControl + add)
        , d(counts.totalControl - counts.eventsControl + add)
        , n1(a + b)
        , n2(c + d)
        , n(a + b + c + d)
    {}
};

bool hasZeroCell(const ArmCounts &counts)
{
    return counts.eventsTreatment == 0 || counts.eventsControl == 0 ||
           counts.eventsTreatment == counts.totalTreatment ||
           counts.eventsControl == counts.totalControl;
}

void requireStudies(const std::vector<StudyCounts> &studies)
{
    if (studies.empty())
        throw std::invalid_argument("no studies to pool");
}

// The pooled estimate (log scale for ratios), its variance and the studies' MH weights.
struct MantelHaenszelSums
{
    double estimate = 0.0;
    double variance = 0.0;
    std::vector<double> weights;
};

MantelHaenszelSums oddsRatio(const std::vector<Table> &tables)
{
    double r = 0, s = 0, pr = 0, psqr = 0, qs = 0;
    MantelHaenszelSums sums;
    for (const Table &t : tables) {
        const double ri = t.a * t.d / t.n;
        const double si = t.b * t.c / t.n;
        const double pi = (t.a + t.d) / t.n;
        const double qi = (t.b + t.c) / t.n;
        r += ri;
        s += si;
        pr += pi * ri;
        psqr += pi * si + qi * ri;
        qs += qi * si;
        sums.weights.push_back(si);
    }
    if (r == 0 || s == 0)
        throw std::invalid_argument(
            "the Mantel-Haenszel odds ratio is undefined: in every study one of the four cells "
            "that form it is 0 (no events, or no non-events, in an arm)");
    sums.estimate = std::log(r / s);
    sums.variance = (pr / (r * r) + psqr / (r * s) + qs / (s * s)) / 2;
    return sums;
}

MantelHaenszelSums riskRatio(const std::vector<Table> &tables)
{
    double r = 0, s = 0, numerator = 0, eventsT = 0, eventsC = 0;
    MantelHaenszelSums sums;
    for (const Table &t : tables) {
        r += t.a * t.n2 / t.n;
        s += t.c * t.n1 / t.n;
        numerator += t.n1 * t.n2 * (t.a + t.c) / (t.n * t.n) - t.a * t.c / t.n;
        eventsT += t.a;
        eventsC += t.c;
        sums.weights.push_back(t.c * t.n1 / t.n);
    }
    if (eventsT == 0 || eventsC == 0)
        throw std::invalid_argument("the Mantel-Haenszel risk ratio is undefined: one arm has no "
                                    "events in any study");
    sums.estimate = std::log(r / s);
    sums.variance = numerator / (r * s);
    return sums;
}

MantelHaenszelSums riskDifference(const std::vector<Table> &tables)
{
    double numerator = 0, weight = 0, slope = 0, constant = 0;
    MantelHaenszelSums sums;
    for (const Table &t : tables) {
        const double f1 = t.n1 / t.n;
        const double f2 = t.n2 / t.n;
        numerator += t.a * f2 - t.c * f1;
        weight += t.n1 * f2;
        slope += t.c * f1 * f1 - t.a * f2 * f2 + f1 * f2 * (t.n2 - t.n1) / 2;
        constant += (t.a * (t.n2 - t.c) / t.n + t.c * (t.n1 - t.a) / t.n) / 2;
        sums.weights.push_back(t.n1 * f2);
    }
    sums.estimate = numerator / weight;
    sums.variance = (sums.estimate * slope + constant) / (weight * weight);
    return sums;
}

std::vector<double> percentages(const std::vector<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    std::vector<double> percent;
    percent.reserve(weights.size());
    for (double w : weights)
        percent.push_back(100 * w / total);
    return percent;
}

} // namespace

PooledEstimate poolMantelHaenszel(const std::vector<StudyCounts> &studies, Measure measure,
                                  const MantelHaenszelOptions &options)
{
    requireStudies(studies);
    if (options.revmanZeroCells && measure == Measure::RiskDifference)
        throw std::invalid_argument("RevMan's zero-cell correction inside Mantel-Haenszel is "
                                    "offered for OR and RR only");
    // The tables in the MH sums, and where each sits in the input.
    std::vector<Table> tables;
    std::vector<size_t> tableIndex;
    tables.reserve(studies.size());
    tableIndex.reserve(studies.size());
    for (size_t i = 0; i < studies.size(); ++i) {
        const ArmCounts &counts = studies[i].counts;
        if (options.revmanZeroCells && hasNoContrast(counts))
            continue;
        tables.emplace_back(counts, options.revmanZeroCells && hasZeroCell(counts) ? 0.5 : 0.0);
        tableIndex.push_back(i);
    }
    if (tables.empty())
        throw std::invalid_argument("no study has events in some but not all of its patients");
    MantelHaenszelSums sums;
    switch (measure) {
    case Measure::OddsRatio:
        sums = oddsRatio(tables);
        break;
    case Measure::RiskRatio:
        sums = riskRatio(tables);
        break;
    case Measure::RiskDifference:
        sums = riskDifference(tables);
        break;
    case Measure::HazardRatio:
    case Measure::MeanDifference:
    case Measure::StandardisedMeanDifference:
        throw std::invalid_argument(
            QStringLiteral("Mantel-Haenszel pools OR, RR or RD from counts, not a %1")
                .arg(measureName(measure).toLower())
                .toStdString());
    }

    std::vector<StudyEstimate> estimable;
    std::vector<size_t> estimableIndex;
    estimable.reserve(studies.size());
    estimableIndex.reserve(studies.size());
    QStringList excluded;
    for (size_t i = 0; i < studies.size(); ++i) {
        if (hasNoContrast(studies[i].counts)) {
            excluded.append(studies[i].study);
            continue;
        }
        estimable.push_back(estimateFromCounts(studies[i].study, measure, studies[i].counts));
        estimableIndex.push_back(i);
    }
    const double q = cochranQAbout(estimable, sums.estimate);
    const int df = int(estimable.size()) - 1;

    PooledEstimate result;
    std::vector<double> weights(studies.size(), 0.0); // in input order, 0 for a study left out
    if (options.randomEffects) {
        if (estimable.empty())
            throw std::invalid_argument("a random-effects model needs a study with a contrast "
                                        "(events in some but not all patients)");
        // One study: tau^2 = 0, as RevMan and metafor fit k = 1.
        const double tau2 = estimable.size() < 2 ? 0.0 : derSimonianLairdTau2(estimable, q);
        result = poolWithTau2(estimable, tau2, estimable.size() > 1);
        for (size_t j = 0; j < estimable.size(); ++j)
            weights[estimableIndex[j]] = result.weightPercent[j];
    } else {
        result.estimate = sums.estimate;
        result.se = std::sqrt(sums.variance);
        setTest(result, std::nullopt);
        const std::vector<double> percent = percentages(sums.weights);
        for (size_t j = 0; j < tables.size(); ++j)
            weights[tableIndex[j]] = percent[j];
    }
    result.weightPercent = weights;
    result.k = int(tables.size());
    setHeterogeneityFromQ(result, q, df);
    result.excludedStudies = excluded;
    return result;
}

PooledEstimate poolPeto(const std::vector<StudyCounts> &studies)
{
    requireStudies(studies);
    double observedMinusExpected = 0, sumV = 0, q = 0;
    int withContrast = 0;
    int withVariance = 0;
    std::vector<double> weights;
    PooledEstimate result;
    for (const StudyCounts &study : studies) {
        const Table t(study.counts);
        const double events = t.a + t.c;
        const double oe = t.a - events * t.n1 / t.n;
        const double v = events * (t.b + t.d) * (t.n1 / t.n) * (t.n2 / t.n) / (t.n - 1);
        observedMinusExpected += oe;
        sumV += v;
        weights.push_back(v);
        if (v > 0) {
            q += oe * oe / v;
            ++withVariance;
        }
        if (hasNoContrast(study.counts))
            result.excludedStudies.append(study.study);
        else
            ++withContrast;
    }
    if (sumV == 0)
        throw std::invalid_argument("Peto's odds ratio is undefined: no study has events in one "
                                    "arm and non-events in the other");
    result.k = int(studies.size());
    result.estimate = observedMinusExpected / sumV;
    result.se = std::sqrt(1 / sumV);
    setTest(result, std::nullopt);
    result.weightPercent = percentages(weights);
    q = std::max(0.0, q - observedMinusExpected * observedMinusExpected / sumV);
    // metafor: with at most one informative table, Q stays as computed (0) with p 1.
    setHeterogeneityFromQ(result, q, withVariance > 1 ? withContrast - 1 : 0);
    result.qDegreesOfFreedom = withContrast - 1;
    return result;
}

} // namespace eb
