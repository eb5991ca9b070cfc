// SPDX-License-Identifier: MIT
#include "core/stats/MetaAnalysis.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace eb {
namespace {

constexpr double doubleEpsilon = 2.220446049250313e-16; // R's .Machine$double.eps

struct WeightedMean
{
    double mean = 0.0;
    double sumWeights = 0.0;
};

WeightedMean weightedMean(const std::vector<StudyEstimate> &studies, double tau2)
{
    WeightedMean result;
    double sum = 0.0;
    for (const StudyEstimate &study : studies) {
        const double w = 1 / (study.vi + tau2);
        result.sumWeights += w;
        sum += w * study.yi;
    }
    result.mean = sum / result.sumWeights;
    return result;
}

// Cochran's Q with fixed-effect weights; metafor reports it for every model.
double cochranQ(const std::vector<StudyEstimate> &studies)
{
    return cochranQAbout(studies, weightedMean(studies, 0.0).mean);
}

// Hedges' estimator: metafor's starting value for REML.
double hedges(const std::vector<StudyEstimate> &studies)
{
    const double k = double(studies.size());
    double meanY = 0.0;
    double meanV = 0.0;
    for (const StudyEstimate &study : studies) {
        meanY += study.yi / k;
        meanV += study.vi / k;
    }
    double ss = 0.0;
    for (const StudyEstimate &study : studies)
        ss += (study.yi - meanY) * (study.yi - meanY);
    return std::max(0.0, ss / (k - 1) - meanV);
}

struct RemlSolution
{
    double tau2 = 0.0;
    bool converged = true;
    int iterations = 0;
};

// Fisher scoring on the restricted likelihood, halving any step that would leave tau^2 >= 0,
// exactly as metafor's rma.uni() iterates.
RemlSolution reml(const std::vector<StudyEstimate> &studies, const PoolingOptions &options)
{
    RemlSolution solution{hedges(studies), true, 0};
    double change = options.threshold + 1;
    while (change > options.threshold) {
        ++solution.iterations;
        const double old = solution.tau2;
        // For the intercept-only model P = W - w w' / sum(w), so:
        // y'PPy = sum(w^2 r^2), tr(P) = sum(w) - sum(w^2)/sum(w),
        // tr(PP) = sum(w^2) - 2 sum(w^3)/sum(w) + (sum(w^2)/sum(w))^2, with r = y - mean.
        const WeightedMean mean = weightedMean(studies, solution.tau2);
        double sumW2 = 0.0;
        double sumW3 = 0.0;
        double yPPy = 0.0;
        for (const StudyEstimate &study : studies) {
            const double w = 1 / (study.vi + solution.tau2);
            const double r = study.yi - mean.mean;
            sumW2 += w * w;
            sumW3 += w * w * w;
            yPPy += w * w * r * r;
        }
        const double traceP = mean.sumWeights - sumW2 / mean.sumWeights;
        const double tracePP = sumW2 - 2 * sumW3 / mean.sumWeights +
                               (sumW2 / mean.sumWeights) * (sumW2 / mean.sumWeights);
        double step = (yPPy - traceP) / tracePP;
        if (std::isnan(step))
            step = 0;
        while (solution.tau2 + step < 0)
            step /= 2;
        solution.tau2 += step;
        change = std::abs(old - solution.tau2);
        if (solution.iterations > options.maxIterations) {
            solution.converged = false;
            break;
        }
    }
    solution.tau2 = std::max(0.0, solution.tau2);
    return solution;
}

void requireValidEstimates(const std::vector<StudyEstimate> &studies, bool randomEffects)
{
    if (studies.empty())
        throw std::invalid_argument("no studies to pool");
    if (randomEffects && studies.size() < 2)
        throw std::invalid_argument("a random-effects model needs at least 2 studies");
    // 1 / vi must be finite too: a denormal variance would make its weight infinite.
    for (const StudyEstimate &study : studies)
        if (!(study.vi > 0) || !std::isfinite(1 / study.vi) || !std::isfinite(study.vi) ||
            !std::isfinite(study.yi))
            throw std::invalid_argument(
                QStringLiteral("%1: every study needs a finite estimate and a variance above 0")
                    .arg(study.study)
                    .toStdString());
}

void requireValidInput(const std::vector<StudyEstimate> &studies, const PoolingOptions &options)
{
    if (options.needsCounts())
        throw std::invalid_argument(QStringLiteral("%1 pools arm-level counts, not estimates")
                                        .arg(poolingMethodCode(options.method))
                                        .toStdString());
    if (const QString reason = options.invalidReason(); !reason.isEmpty())
        throw std::invalid_argument(reason.toStdString());
    requireValidEstimates(studies, options.isRandomEffects());
}

// I^2 and H^2 as metafor computes them: from Q for the fixed-effect model; for random-effects
// models from tau^2 and the "typical" within-study variance s^2 = (k-1) / tr(P_FE).
void setHeterogeneity(PooledEstimate &result, const std::vector<StudyEstimate> &studies,
                      PoolingMethod method)
{
    const int k = int(studies.size());
    const double q = k < 2 ? 0.0 : cochranQ(studies);
    if (!std::isfinite(q))
        throw std::invalid_argument("Cochran's Q is not a finite number; the estimates are too "
                                    "far apart to pool");
    setHeterogeneityFromQ(result, q, k - 1);
    if (method == PoolingMethod::FixedEffect || k < 2)
        return;
    double sumW = 0.0;
    double sumW2 = 0.0;
    for (const StudyEstimate &study : studies) {
        sumW += 1 / study.vi;
        sumW2 += 1 / (study.vi * study.vi);
    }
    const double typicalVariance = (k - 1) / (sumW - sumW2 / sumW);
    result.i2 = 100 * result.tau2 / (typicalVariance + result.tau2);
    result.h2 = result.tau2 / typicalVariance + 1;
}

// Estimate, SE, test, CI, weights and (random effects) prediction interval for a given tau^2.
PooledEstimate combine(const std::vector<StudyEstimate> &studies, double tau2, bool hartungKnapp,
                       bool randomEffects)
{
    PooledEstimate result;
    result.k = int(studies.size());
    result.tau2 = tau2;
    const WeightedMean mean = weightedMean(studies, result.tau2);
    result.estimate = mean.mean;
    double variance = 1 / mean.sumWeights;
    for (const StudyEstimate &study : studies)
        result.weightPercent.push_back(100 / (study.vi + result.tau2) / mean.sumWeights);

    if (hartungKnapp) {
        double weightedResiduals = 0.0;
        for (const StudyEstimate &study : studies)
            weightedResiduals +=
                (study.yi - mean.mean) * (study.yi - mean.mean) / (study.vi + result.tau2);
        // Not truncated at 1 (metafor's "knha", not its "adhoc"). When every study has the
        // same estimate the factor is 0; metafor then reports SE 0, a CI of no width and p 0
        // (or NaN for an estimate of exactly 0). That claims certainty the data cannot give,
        // so it is refused here (README "Statistics").
        if (weightedResiduals <= doubleEpsilon)
            throw std::invalid_argument(
                "the Hartung-Knapp adjustment is undefined here: every study has the same "
                "estimate, so its variance factor is 0 and the interval would have no width; "
                "pool without the Hartung-Knapp adjustment");
        variance *= weightedResiduals / (result.k - 1);
    }
    result.se = std::sqrt(variance);
    setTest(result, hartungKnapp ? std::optional<int>(result.k - 1) : std::nullopt);
    if (randomEffects) {
        const double critical =
            result.degreesOfFreedom
                ? boost::math::quantile(boost::math::students_t(*result.degreesOfFreedom), 0.975)
                : boost::math::quantile(boost::math::normal(), 0.975);
        const double predictionSe = std::sqrt(variance + result.tau2);
        result.predictionLow = result.estimate - critical * predictionSe;
        result.predictionHigh = result.estimate + critical * predictionSe;
    }
    return result;
}

} // namespace

QString PoolingOptions::invalidReason() const
{
    const bool inverseVarianceRandom =
        method == PoolingMethod::DerSimonianLaird || method == PoolingMethod::Reml;
    if (hartungKnapp && !inverseVarianceRandom)
        return QStringLiteral("the Hartung-Knapp adjustment applies to random-effects models (DL, "
                              "REML), not to %1")
            .arg(method == PoolingMethod::FixedEffect
                     ? QStringLiteral("a fixed-effect model (FE)")
                     : poolingMethodCode(method) + QStringLiteral(" pooling"));
    if (mantelHaenszelRandom && method != PoolingMethod::MantelHaenszel)
        return QStringLiteral("random effects on Mantel-Haenszel data go with the MH method; for "
                              "%1 choose DL or REML instead")
            .arg(poolingMethodCode(method));
    if (revmanZeroCells && method != PoolingMethod::MantelHaenszel)
        return QStringLiteral("RevMan's zero-cell correction inside the pooled estimate belongs "
                              "to the MH method, not to %1")
            .arg(poolingMethodCode(method));
    return QString();
}

bool PoolingOptions::isRandomEffects() const
{
    return method == PoolingMethod::DerSimonianLaird || method == PoolingMethod::Reml ||
           (method == PoolingMethod::MantelHaenszel && mantelHaenszelRandom);
}

bool PoolingOptions::needsCounts() const
{
    return method == PoolingMethod::MantelHaenszel || method == PoolingMethod::Peto;
}

QString poolingMethodCode(PoolingMethod method)
{
    switch (method) {
    case PoolingMethod::FixedEffect:
        return QStringLiteral("FE");
    case PoolingMethod::DerSimonianLaird:
        return QStringLiteral("DL");
    case PoolingMethod::Reml:
        return QStringLiteral("REML");
    case PoolingMethod::MantelHaenszel:
        return QStringLiteral("MH");
    case PoolingMethod::Peto:
        return QStringLiteral("Peto");
    }
    return QString();
}

std::optional<PoolingMethod> poolingMethodFromCode(const QString &code)
{
    for (PoolingMethod method :
         {PoolingMethod::FixedEffect, PoolingMethod::DerSimonianLaird, PoolingMethod::Reml,
          PoolingMethod::MantelHaenszel, PoolingMethod::Peto})
        if (poolingMethodCode(method).compare(code, Qt::CaseInsensitive) == 0)
            return method;
    return std::nullopt;
}

void setTest(PooledEstimate &result, std::optional<int> tDegreesOfFreedom)
{
    // Checked before Boost sees the statistic: a NaN there throws std::domain_error.
    if (!std::isfinite(result.estimate) || !(result.se > 0) || !std::isfinite(result.se))
        throw std::invalid_argument("the pooled estimate or its standard error is not a finite "
                                    "number above 0; the inputs are too extreme to pool");
    result.statistic = result.estimate / result.se;
    result.degreesOfFreedom = tDegreesOfFreedom;
    double critical = 0.0;
    if (tDegreesOfFreedom) {
        const boost::math::students_t t(*tDegreesOfFreedom);
        critical = boost::math::quantile(t, 0.975);
        result.p = 2 * boost::math::cdf(complement(t, std::abs(result.statistic)));
    } else {
        const boost::math::normal z;
        critical = boost::math::quantile(z, 0.975);
        result.p = 2 * boost::math::cdf(complement(z, std::abs(result.statistic)));
    }
    result.ciLow = result.estimate - critical * result.se;
    result.ciHigh = result.estimate + critical * result.se;
}

double cochranQAbout(const std::vector<StudyEstimate> &studies, double pooled)
{
    double q = 0.0;
    for (const StudyEstimate &study : studies)
        q += (study.yi - pooled) * (study.yi - pooled) / study.vi;
    return std::max(0.0, q);
}

double derSimonianLairdTau2(const std::vector<StudyEstimate> &studies, double q)
{
    double sumW = 0.0;
    double sumW2 = 0.0;
    for (const StudyEstimate &study : studies) {
        sumW += 1 / study.vi;
        sumW2 += 1 / (study.vi * study.vi);
    }
    const double k = double(studies.size());
    return std::max(0.0, (q - (k - 1)) / (sumW - sumW2 / sumW));
}

void setHeterogeneityFromQ(PooledEstimate &result, double q, int df)
{
    result.qDegreesOfFreedom = df;
    if (df < 1) {
        result.q = 0;
        result.qP = 1;
        result.i2 = 0;
        result.h2 = 1;
        return;
    }
    if (!std::isfinite(q))
        throw std::invalid_argument("Cochran's Q is not a finite number; the estimates are too "
                                    "far apart to pool");
    result.q = q;
    result.qP = boost::math::cdf(complement(boost::math::chi_squared(df), q));
    result.i2 = q > 0 ? std::max(0.0, 100 * (q - df) / q) : 0.0;
    result.h2 = q / df;
}

PooledEstimate poolWithTau2(const std::vector<StudyEstimate> &studies, double tau2,
                            bool randomEffects)
{
    requireValidEstimates(studies, randomEffects);
    return combine(studies, tau2, false, randomEffects);
}

PooledEstimate poolEstimates(const std::vector<StudyEstimate> &studies,
                             const PoolingOptions &options)
{
    requireValidInput(studies, options);
    double tau2 = 0.0;
    RemlSolution solution;
    switch (options.method) {
    case PoolingMethod::FixedEffect:
    case PoolingMethod::MantelHaenszel:
    case PoolingMethod::Peto:
        break;
    case PoolingMethod::DerSimonianLaird:
        tau2 = derSimonianLairdTau2(studies, cochranQ(studies));
        break;
    case PoolingMethod::Reml:
        solution = reml(studies, options);
        tau2 = solution.tau2;
        break;
    }
    PooledEstimate result = combine(studies, tau2, options.hartungKnapp, options.isRandomEffects());
    result.converged = solution.converged;
    result.iterations = solution.iterations;
    setHeterogeneity(result, studies, options.method);
    return result;
}

} // namespace eb
