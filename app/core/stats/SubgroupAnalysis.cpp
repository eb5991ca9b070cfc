// SPDX-License-Identifier: MIT
#include "core/stats/SubgroupAnalysis.h"

#include <QHash>

#include <stdexcept>

namespace eb {
namespace {

PoolingInput subset(const PoolingInput &input, const std::vector<size_t> &indexes)
{
    PoolingInput part;
    for (size_t i : indexes) {
        part.studies.push_back(input.studies[i]);
        if (!input.counts.empty())
            part.counts.push_back(input.counts[i]);
    }
    return part;
}

// A subgroup of one study under an inverse-variance random-effects model is that study's own
// estimate with a z test (tau^2 = 0), as metafor fits k = 1; the whole analysis still
// refuses k = 1 for random effects.
PoolingOptions optionsForSubgroup(const PoolingOptions &options, size_t studies)
{
    PoolingOptions adjusted = options;
    if (studies == 1 && !options.needsCounts() && options.isRandomEffects()) {
        adjusted.method = PoolingMethod::FixedEffect;
        adjusted.hartungKnapp = false;
    }
    return adjusted;
}

} // namespace

SubgroupDifferences testSubgroupDifferences(const std::vector<PooledEstimate> &subgroups)
{
    std::vector<StudyEstimate> estimates;
    for (const PooledEstimate &subgroup : subgroups)
        estimates.push_back({QString(), subgroup.estimate, subgroup.se * subgroup.se, false});
    double sumW = 0.0;
    double sumWY = 0.0;
    for (const StudyEstimate &estimate : estimates) {
        sumW += 1 / estimate.vi;
        sumWY += estimate.yi / estimate.vi;
    }
    PooledEstimate between;
    setHeterogeneityFromQ(between, cochranQAbout(estimates, sumWY / sumW),
                          int(estimates.size()) - 1);
    return {between.q, between.qDegreesOfFreedom, between.qP, between.i2};
}

SubgroupAnalysis analyseSubgroups(const PoolingInput &input, Measure measure,
                                  const PoolingOptions &options)
{
    SubgroupAnalysis analysis;
    analysis.overall = poolStudies(input, measure, options);
    if (input.subgroups.isEmpty())
        return analysis;
    QHash<QString, size_t> indexOf; // a subgroup's place in analysis.subgroups
    for (size_t i = 0; i < size_t(input.subgroups.size()); ++i) {
        const QString &name = input.subgroups[qsizetype(i)];
        const auto found = indexOf.constFind(name);
        const size_t index = found == indexOf.cend() ? analysis.subgroups.size() : *found;
        if (found == indexOf.cend()) {
            indexOf.insert(name, index);
            analysis.subgroups.push_back({name, {}, {}});
        }
        analysis.subgroups[index].studies.push_back(i);
    }
    std::vector<PooledEstimate> pooled;
    for (SubgroupResult &subgroup : analysis.subgroups) {
        try {
            subgroup.pooled = poolStudies(subset(input, subgroup.studies), measure,
                                          optionsForSubgroup(options, subgroup.studies.size()));
        } catch (const std::invalid_argument &error) {
            throw std::invalid_argument(QStringLiteral("subgroup '%1': %2")
                                            .arg(subgroup.name, QString::fromUtf8(error.what()))
                                            .toStdString());
        }
        pooled.push_back(subgroup.pooled);
    }
    if (pooled.size() >= 2)
        analysis.differences = testSubgroupDifferences(pooled);
    return analysis;
}

} // namespace eb
