// SPDX-License-Identifier: MIT
#pragma once

#include "core/stats/SubgroupAnalysis.h"

#include <QJsonObject>

namespace eb {

// The `pool` command's two outputs: the JSON contract other programs read, and a summary
// laid out like metafor's print(rma). Ratio measures are back-transformed for estimate, CI
// and prediction interval; se and tau^2 stay on the log scale.
class PooledEstimateFormat
{
public:
    PooledEstimateFormat(const PoolingInput &input, Measure measure, const PoolingOptions &options);

    QJsonObject toJson(const SubgroupAnalysis &analysis) const;
    QString toText(const SubgroupAnalysis &analysis) const;

private:
    // One pooled result over the studies at these input indexes.
    QJsonObject pooledJson(const PooledEstimate &pooled, const std::vector<size_t> &studies) const;
    void writePooledText(QTextStream &out, const PooledEstimate &pooled,
                         const std::vector<size_t> &studies) const;
    QStringList correctedStudies(const std::vector<size_t> &studies) const;
    std::vector<size_t> allStudies() const;

    const PoolingInput &m_input;
    Measure m_measure;
    PoolingOptions m_options;
};

} // namespace eb
