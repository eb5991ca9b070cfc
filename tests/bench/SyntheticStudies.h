// SPDX-License-Identifier: MIT
#pragma once

// Deterministic synthetic meta-analyses for benchmarks; metafor_timing.R builds the same
// numbers (yi = 0.3 sin(i) - 0.2, vi = 0.02 + 0.01 (i mod 7), i = 1..k) so the two tools
// are timed on identical data.

#include "core/stats/EffectSize.h"

#include <cmath>
#include <vector>

inline std::vector<eb::StudyEstimate> syntheticStudies(int k)
{
    std::vector<eb::StudyEstimate> studies;
    studies.reserve(size_t(k));
    for (int i = 1; i <= k; ++i)
        studies.push_back({QString(), 0.3 * std::sin(i) - 0.2, 0.02 + 0.01 * (i % 7), false});
    return studies;
}
