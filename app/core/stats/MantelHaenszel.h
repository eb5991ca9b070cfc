// SPDX-License-Identifier: MIT
#pragma once

#include "core/stats/MetaAnalysis.h"

#include <vector>

namespace eb {

struct StudyCounts
{
    QString study;
    ArmCounts counts;
};

struct MantelHaenszelOptions
{
    // RevMan's random-effects model: DerSimonian-Laird with tau^2 from the MH Q.
    bool randomEffects = false;
    // RevMan 5's default, for OR and RR: 0.5 added to every cell of a table with a zero cell
    // inside the MH sums too, and tables without a contrast left out of them and of k; as
    // metafor's rma.mh(add = c(1/2, 1/2), to = c("only0", "only0"), drop00 = c(TRUE, TRUE)).
    bool revmanZeroCells = false;
};

// Mantel-Haenszel pooling of 2x2 tables (OR, RR, RD), as metafor's rma.mh() with its
// defaults: no correction for zero cells in the pooled estimate (unless revmanZeroCells); the
// Robins-Breslow-Greenland variance for OR, Greenland-Robins for RR, and Sato, Greenland and
// Robins (1989) for RD (RevMan 5 prints Greenland-Robins' large-strata one; README
// "Statistics"). Cochran's Q is taken about the MH estimate with the inverse-variance weights
// of the escalc() study estimates (0.5 added to every cell of a study with a zero cell);
// studies without a contrast (hasNoContrast) are left out of Q and named in excludedStudies.
// With randomEffects: RevMan's DerSimonian-Laird model, tau^2 from that Q, pooled by inverse
// variance over the studies with a contrast. Weights are the MH weights (b c / N for OR,
// c n1 / N for RR, n1 n2 / N for RD) or, with random effects, 1 / (vi + tau^2); 0 for a study
// left out. Throws std::invalid_argument, with a sentence for the user, when the estimate is
// undefined (no events in one of the arms of every study, ...).
PooledEstimate poolMantelHaenszel(const std::vector<StudyCounts> &studies, Measure measure,
                                  const MantelHaenszelOptions &options);

// Peto's one-step odds ratio, as metafor's rma.peto(): ln OR = sum(O - E) / sum(V), SE =
// 1 / sqrt(sum(V)), Q = sum((O - E)^2 / V) - (sum(O - E))^2 / sum(V) over the tables with V > 0,
// df = studies with a contrast - 1, weights V / sum(V). No zero-cell correction is needed.
PooledEstimate poolPeto(const std::vector<StudyCounts> &studies);

} // namespace eb
