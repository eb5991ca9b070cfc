// SPDX-License-Identifier: MIT
#pragma once

#include "core/stats/MetaAnalysis.h"

#include <QJsonObject>

namespace eb {

// The `pool` command's two outputs: the JSON contract other programs read, and a summary
// laid out like metafor's print(rma). Ratio measures are back-transformed for estimate, CI
// and prediction interval; se and tau^2 stay on the log scale.
struct PooledEstimateFormat
{
    static QJsonObject toJson(const PooledEstimate &pooled,
                              const std::vector<StudyEstimate> &studies, Measure measure,
                              const PoolingOptions &options);
    static QString toText(const PooledEstimate &pooled, const std::vector<StudyEstimate> &studies,
                          Measure measure, const PoolingOptions &options);
};

} // namespace eb
