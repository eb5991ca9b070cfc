// SPDX-License-Identifier: MIT
// libFuzzer target: the pool command's CSV reader and the pooling behind it, on arbitrary
// bytes. Every input must end in a result or a refusal (InputError, std::invalid_argument),
// never in a crash, a hang or a sanitizer finding. Built only by clang (preset "fuzz").
#include "core/stats/MetaAnalysis.h"
#include "data/InputError.h"
#include "data/PoolingCsvReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <stdexcept>

namespace {

void readAndPool(const QString &path, eb::Measure measure)
{
    try {
        const eb::PoolingCsvReader::Result input = eb::PoolingCsvReader::read(path, measure);
        for (const bool hartungKnapp : {false, true})
            eb::poolEstimates(input.studies, {eb::PoolingMethod::Reml, hartungKnapp, 1e-10, 1000});
    } catch (const eb::InputError &) {
    } catch (const std::invalid_argument &) {
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
         {eb::Measure::OddsRatio, eb::Measure::RiskDifference, eb::Measure::HazardRatio})
        readAndPool(path, measure);
    return 0;
}
