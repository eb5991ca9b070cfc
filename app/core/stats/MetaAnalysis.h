// SPDX-License-Identifier: MIT
#pragma once

#include "core/stats/EffectSize.h"

#include <optional>
#include <vector>

namespace eb {

enum class PoolingMethod
{
    FixedEffect,
    DerSimonianLaird,
    Reml
};

QString poolingMethodCode(PoolingMethod method); // "FE", "DL", "REML"
std::optional<PoolingMethod> poolingMethodFromCode(const QString &code);

struct PoolingOptions
{
    PoolingMethod method = PoolingMethod::Reml;
    bool hartungKnapp = false; // metafor's test = "knha"
    double threshold = 1e-10;  // REML convergence on tau^2
    int maxIterations = 1000;

    // Why these options cannot be used, worded for the user, or empty: the Hartung-Knapp
    // adjustment belongs to random-effects models. The command line reports it as a usage
    // error, the window never offers it, and poolEstimates() refuses it.
    QString invalidReason() const;
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
};

// Throws std::invalid_argument, with a message for the user, for an empty input, fewer than
// two studies with a random-effects method, Hartung-Knapp with a fixed-effect model, a
// variance <= 0, Hartung-Knapp when every estimate is the same (its factor is 0), or a result
// that is not a finite number. Never lets a Boost domain error escape.
PooledEstimate poolEstimates(const std::vector<StudyEstimate> &studies,
                             const PoolingOptions &options);

} // namespace eb
