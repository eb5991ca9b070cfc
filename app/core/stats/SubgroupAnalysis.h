// SPDX-License-Identifier: MIT
#pragma once

#include "core/stats/StudyPooling.h"

namespace eb {

// The test for subgroup differences as RevMan computes it for every method: Cochran's Q of
// the subgroup estimates, each weighted by 1 / se^2, df = subgroups - 1, I^2 = (Q - df) / Q.
// For inverse-variance fixed effect it equals metafor's QM of
// rma(yi, vi, mods = ~ factor(subgroup), method = "FE").
struct SubgroupDifferences
{
    double q = 0.0;
    int df = 0;
    double p = 1.0;
    double i2 = 0.0; // percent
};

struct SubgroupResult
{
    QString name;
    std::vector<size_t> studies; // indexes into the input, in input order
    PooledEstimate pooled;
};

struct SubgroupAnalysis
{
    PooledEstimate overall;
    std::vector<SubgroupResult> subgroups; // in order of first appearance; empty without them
    std::optional<SubgroupDifferences> differences; // with two or more subgroups
};

SubgroupDifferences testSubgroupDifferences(const std::vector<PooledEstimate> &subgroups);

// Pools all studies and, when the input names subgroups, each subgroup on its own (its own
// tau^2 under random effects, as RevMan) and tests their differences. Throws
// std::invalid_argument as poolStudies() does, the message naming the subgroup.
SubgroupAnalysis analyseSubgroups(const PoolingInput &input, Measure measure,
                                  const PoolingOptions &options);

} // namespace eb
