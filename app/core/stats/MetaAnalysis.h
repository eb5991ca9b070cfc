// SPDX-License-Identifier: MIT
#pragma once

#include "core/stats/EffectSize.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace eb {

enum class PoolingMethod
{
    FixedEffect,      // inverse variance
    DerSimonianLaird, // inverse variance
    Reml,             // inverse variance
    MantelHaenszel,   // 2x2 tables: OR, RR, RD
    Peto              // 2x2 tables: OR
};

QString poolingMethodCode(PoolingMethod method); // "FE", "DL", "REML", "MH", "Peto"
std::optional<PoolingMethod> poolingMethodFromCode(const QString &code);

struct PoolingOptions
{
    PoolingMethod method = PoolingMethod::Reml;
    bool hartungKnapp = false; // metafor's test = "knha"
    double threshold = 1e-10;  // REML convergence on tau^2
    int maxIterations = 1000;
    // With MantelHaenszel: RevMan's random-effects model, DerSimonian-Laird on the study
    // estimates with tau^2 from the Mantel-Haenszel Q.
    bool mantelHaenszelRandom = false;
    // With MantelHaenszel (OR, RR): RevMan 5's 0.5 added to the cells of zero-cell tables
    // inside the MH sums too (MantelHaenszelOptions::revmanZeroCells).
    bool revmanZeroCells = false;

    // Why these options cannot be used, worded for the user, or empty: the Hartung-Knapp
    // adjustment belongs to the inverse-variance random-effects models, random effects on
    // Mantel-Haenszel to that method. The command line reports it as a usage error, the
    // window never offers it, and the pooling functions refuse it.
    QString invalidReason() const;
    bool isRandomEffects() const; // DL, REML, or MH with mantelHaenszelRandom
    bool needsCounts() const;     // MH and Peto pool 2x2 tables, not estimates
};

// A pooled estimate with metafor's conventions (see README "Statistics"). estimate, CI and
// prediction interval are on the analysis scale (log scale for ratio measures).
struct PooledEstimate
{
    int k = 0;
    double estimate = 0.0;
    double se = 0.0;
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double statistic = 0.0;              // z, or t with Hartung-Knapp
    std::optional<int> degreesOfFreedom; // only for t
    double p = 0.0;
    double tau2 = 0.0;
    double i2 = 0.0; // percent
    double h2 = 1.0;
    double q = 0.0;
    int qDegreesOfFreedom = 0;
    double qP = 1.0;
    std::optional<double> predictionLow; // random-effects models only
    std::optional<double> predictionHigh;
    bool converged = true;
    int iterations = 0;
    std::vector<double> weightPercent; // per study, in input order
    // Studies with no events in either arm (or events in every patient of both arms) under
    // MH or Peto: no study-level estimate, left out of Q and I^2 (weight 0 for OR and RR).
    QStringList excludedStudies;
};

// Throws std::invalid_argument, with a message for the user, for an empty input, fewer than
// two studies with a random-effects method, Hartung-Knapp with a fixed-effect model, a
// variance <= 0, Hartung-Knapp when every estimate is the same (its factor is 0), or a result
// that is not a finite number. Never lets a Boost domain error escape.
PooledEstimate poolEstimates(const std::vector<StudyEstimate> &studies,
                             const PoolingOptions &options);

// Inverse-variance pooling with tau^2 chosen by the caller (0: fixed effect): estimate, SE, z
// test, CI, weights, and the prediction interval when randomEffects. Leaves Q, I^2 and H^2 to
// the caller. Throws std::invalid_argument as poolEstimates() does.
PooledEstimate poolWithTau2(const std::vector<StudyEstimate> &studies, double tau2,
                            bool randomEffects);

// The DerSimonian-Laird tau^2 for a heterogeneity statistic q over these studies:
// max(0, (q - (k - 1)) / (sum w - sum w^2 / sum w)), w = 1 / vi.
double derSimonianLairdTau2(const std::vector<StudyEstimate> &studies, double q);

// Sets the test for overall effect (z, or t with these df), its p-value and the 95% CI from
// estimate and se. Throws std::invalid_argument unless both are finite and se > 0.
void setTest(PooledEstimate &result, std::optional<int> tDegreesOfFreedom);

// Cochran's Q of the studies about a given pooled value, with weights 1 / vi.
double cochranQAbout(const std::vector<StudyEstimate> &studies, double pooled);

// Q's p-value, I^2 (percent) and H^2 from Q and its df, as RevMan and metafor's rma.mh()
// compute them: I^2 = max(0, (Q - df) / Q), H^2 = Q / df; df = 0 gives p 1, I^2 0, H^2 1.
void setHeterogeneityFromQ(PooledEstimate &result, double q, int df);

} // namespace eb
