// SPDX-License-Identifier: MIT
#pragma once

#include "core/stats/MetaAnalysis.h"

#include <QStringList>

#include <vector>

namespace eb {

// A review's studies as the `pool` command reads them: each study's estimate on the analysis
// scale, and, when the input has them, its 2x2 counts (for MH and Peto) and its subgroup.
struct PoolingInput
{
    std::vector<StudyEstimate> studies;
    std::vector<ArmCounts> counts; // one per study, or empty
    QStringList subgroups;         // one per study, or empty
};

// Pools by the method the options name: MH and Peto from the counts, the others from the
// estimates. Throws std::invalid_argument, with a sentence for the user, for a method the
// input or measure does not allow (MH without counts, Peto for anything but OR, ...).
PooledEstimate poolStudies(const PoolingInput &input, Measure measure,
                           const PoolingOptions &options);

// Why these options cannot pool this measure, worded for the user, or empty.
QString methodMeasureMismatch(const PoolingOptions &options, Measure measure);

} // namespace eb
