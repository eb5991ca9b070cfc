// SPDX-License-Identifier: MIT
#pragma once

// Deterministic synthetic meta-analyses for benchmarks; metafor_timing.R builds the same
// numbers so the two tools are timed on identical data: estimates yi = 0.3 sin(i) - 0.2,
// vi = 0.02 + 0.01 (i mod 7), and 2x2 tables n1 = 50 + (37 i mod 200),
// n2 = 50 + (53 i mod 200), events floor(n1 (0.1 + 0.05 (i mod 5))) and
// floor(n2 (0.15 + 0.04 (i mod 7))), i = 1..k.

#include "core/stats/MantelHaenszel.h"

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

inline std::vector<eb::StudyCounts> syntheticTables(int k)
{
    std::vector<eb::StudyCounts> tables;
    tables.reserve(size_t(k));
    for (int i = 1; i <= k; ++i) {
        const int n1 = 50 + (37 * i) % 200;
        const int n2 = 50 + (53 * i) % 200;
        tables.push_back({QString(),
                          {int(std::floor(n1 * (0.1 + 0.05 * (i % 5)))), n1,
                           int(std::floor(n2 * (0.15 + 0.04 * (i % 7)))), n2}});
    }
    return tables;
}
