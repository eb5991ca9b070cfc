// SPDX-License-Identifier: MIT
#include "core/stats/StudyPooling.h"

#include "core/stats/MantelHaenszel.h"

#include <stdexcept>

namespace eb {

QString methodMeasureMismatch(const PoolingOptions &options, Measure measure)
{
    const PoolingMethod method = options.method;
    if (method == PoolingMethod::MantelHaenszel && !isDichotomous(measure))
        return QStringLiteral("Mantel-Haenszel (MH) pools OR, RR or RD, not %1")
            .arg(measureCode(measure));
    if (method == PoolingMethod::Peto && measure != Measure::OddsRatio)
        return QStringLiteral("Peto's method pools odds ratios (OR) only, not %1")
            .arg(measureCode(measure));
    if (options.revmanZeroCells && measure != Measure::OddsRatio && measure != Measure::RiskRatio)
        return QStringLiteral("RevMan's zero-cell correction inside Mantel-Haenszel is offered "
                              "for OR and RR only, not %1")
            .arg(measureCode(measure));
    return QString();
}

PooledEstimate poolStudies(const PoolingInput &input, Measure measure,
                           const PoolingOptions &options)
{
    if (!options.needsCounts())
        return poolEstimates(input.studies, options);
    if (const QString reason = methodMeasureMismatch(options, measure); !reason.isEmpty())
        throw std::invalid_argument(reason.toStdString());
    if (const QString reason = options.invalidReason(); !reason.isEmpty())
        throw std::invalid_argument(reason.toStdString());
    if (input.counts.size() != input.studies.size())
        throw std::invalid_argument(
            QStringLiteral("%1 pools arm-level counts (events and totals of both arms), which "
                           "this input does not have")
                .arg(poolingMethodCode(options.method))
                .toStdString());
    std::vector<StudyCounts> tables;
    tables.reserve(input.counts.size());
    for (size_t i = 0; i < input.counts.size(); ++i)
        tables.push_back({input.studies[i].study, input.counts[i]});
    if (options.method == PoolingMethod::Peto)
        return poolPeto(tables);
    return poolMantelHaenszel(tables, measure,
                              {options.mantelHaenszelRandom, options.revmanZeroCells});
}

} // namespace eb
