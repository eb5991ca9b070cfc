// SPDX-License-Identifier: MIT
#include "cli/PoolCommand.h"

#include "cli/ExitCode.h"
#include "cli/PooledEstimateFormat.h"
#include "data/InputError.h"
#include "data/PoolingCsvReader.h"

#include <QJsonDocument>

#include <stdexcept>

namespace eb {

int PoolCommand::run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const Measure measure = *measureFromCode(commandLine.measure);
    PoolingOptions options;
    options.method = *poolingMethodFromCode(commandLine.method);
    options.hartungKnapp = commandLine.hartungKnapp;
    try {
        const PoolingCsvReader::Result input =
            PoolingCsvReader::read(commandLine.inputPath, measure);
        for (const QString &warning : input.warnings)
            err << QStringLiteral("evidence-browser: warning: %1\n").arg(warning);
        if (options.method != PoolingMethod::FixedEffect && input.studies.size() < 2) {
            err << QStringLiteral("evidence-browser: %1: a random-effects model (%2) needs at "
                                  "least 2 studies; the file has %3\n")
                       .arg(commandLine.inputPath, commandLine.method.toUpper())
                       .arg(input.studies.size());
            return ExitUsageError;
        }
        const PooledEstimate pooled = poolEstimates(input.studies, options);
        if (commandLine.format == u"json")
            out << QString::fromUtf8(
                QJsonDocument(PooledEstimateFormat::toJson(pooled, input.studies, measure, options))
                    .toJson(QJsonDocument::Indented));
        else
            out << PooledEstimateFormat::toText(pooled, input.studies, measure, options);
        if (!pooled.converged)
            err << QStringLiteral("evidence-browser: warning: REML did not converge\n");
        return ExitDone;
    } catch (const InputError &error) {
        err << QStringLiteral("evidence-browser: %1\n").arg(error.message());
        return ExitUsageError;
    } catch (const std::invalid_argument &error) {
        err << QStringLiteral("evidence-browser: %1: %2\n")
                   .arg(commandLine.inputPath, QString::fromUtf8(error.what()));
        return ExitUsageError;
    }
}

} // namespace eb
