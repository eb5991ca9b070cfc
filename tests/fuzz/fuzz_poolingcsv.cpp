// SPDX-License-Identifier: MIT
// libFuzzer target: the pool command's CSV reader and the pooling behind it, on arbitrary
// bytes. Every input must end in a result or a refusal (InputError, std::invalid_argument),
// never in a crash, a hang or a sanitizer finding. Built only by clang (preset "fuzz").
#include "core/stats/SubgroupAnalysis.h"
#include "data/InputError.h"
#include "data/PoolingCsvReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <stdexcept>

namespace {

// Every method the measure allows, with and without each switch, through the subgroups.
std::vector<eb::PoolingOptions> methodsFor(eb::Measure measure)
{
    std::vector<eb::PoolingOptions> methods{{eb::PoolingMethod::Reml, false, 1e-10, 1000},
                                            {eb::PoolingMethod::Reml, true, 1e-10, 1000},
                                            {eb::PoolingMethod::DerSimonianLaird, false}};
    if (eb::isDichotomous(measure))
        for (const bool random : {false, true})
            for (const bool revman : {false, true})
                methods.push_back(
                    {eb::PoolingMethod::MantelHaenszel, false, 1e-10, 1000, random, revman});
    if (measure == eb::Measure::OddsRatio)
        methods.push_back({eb::PoolingMethod::Peto});
    return methods;
}

void readAndPool(const QString &path, eb::Measure measure)
{
    try {
        const eb::PoolingCsvReader::Result input = eb::PoolingCsvReader::read(path, measure);
        for (const eb::PoolingOptions &options : methodsFor(measure)) {
            try {
                eb::analyseSubgroups(input, measure, options);
            } catch (const std::invalid_argument &) {
            }
        }
    } catch (const eb::InputError &) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The reader takes a path, as the command line gives it one.
    static QTemporaryDir folder;
    static const QString path = folder.filePath(QStringLiteral("input.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    for (const eb::Measure measure :
         {eb::Measure::OddsRatio, eb::Measure::RiskRatio, eb::Measure::RiskDifference,
          eb::Measure::HazardRatio, eb::Measure::MeanDifference,
          eb::Measure::StandardisedMeanDifference})
        readAndPool(path, measure);
    return 0;
}
