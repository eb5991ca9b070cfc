// SPDX-License-Identifier: MIT
#include "cli/ExportFigureCommand.h"

#include "charts/FigureDocument.h"
#include "cli/DatabaseArguments.h"
#include "cli/ExitCode.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/EvidenceRepository.h"
#include "data/InputError.h"
#include "data/PoolingCsvReader.h"

#include <stdexcept>

namespace eb {
namespace {

struct UsageError
{
    QString message;
};

// A study by id, or by a unique part of its name, without regard to case.
QString findStudyId(const Dataset &dataset, const QString &name)
{
    QStringList matches;
    for (const Study &study : dataset.studies) {
        if (study.id.compare(name, Qt::CaseInsensitive) == 0)
            return study.id;
        if (study.name.contains(name, Qt::CaseInsensitive))
            matches.append(study.id);
    }
    if (matches.size() == 1)
        return matches.first();
    QStringList ids;
    for (const Study &study : dataset.studies)
        ids.append(study.id);
    throw UsageError{matches.isEmpty()
                         ? QStringLiteral("--study: no study matches '%1'; studies: %2")
                               .arg(name, ids.join(QStringLiteral(", ")))
                         : QStringLiteral("--study: '%1' matches several studies: %2")
                               .arg(name, matches.join(QStringLiteral(", ")))};
}

QString findEndpointId(const Dataset &dataset, const QString &name)
{
    QStringList ids;
    for (const Endpoint &endpoint : dataset.endpoints) {
        if (endpoint.id.compare(name, Qt::CaseInsensitive) == 0 ||
            endpoint.label.compare(name, Qt::CaseInsensitive) == 0)
            return endpoint.id;
        ids.append(endpoint.id);
    }
    throw UsageError{QStringLiteral("--endpoint: no endpoint '%1'; endpoints: %2")
                         .arg(name, ids.join(QStringLiteral(", ")))};
}

QString selectionTitle(const Dataset &dataset, const ForestSelection &selection)
{
    QStringList parts;
    if (const Condition *condition = dataset.findCondition(selection.conditionId))
        parts.append(condition->label);
    for (const Study &study : dataset.studies)
        if (study.id == selection.studyId)
            parts.append(study.name);
    if (const Endpoint *endpoint = dataset.findEndpoint(selection.endpointId))
        parts.append(endpoint->label);
    return parts.isEmpty() ? QStringLiteral("All studies") : parts.join(QStringLiteral(" · "));
}

} // namespace

int ExportFigureCommand::run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const bool forest = commandLine.command == u"export-forest";
    PoolingOptions pooling;
    pooling.method = *poolingMethodFromCode(commandLine.method);
    pooling.hartungKnapp = commandLine.hartungKnapp;
    FigureExportOptions exportOptions;
    exportOptions.dpi = commandLine.dpi;
    exportOptions.widthMillimetres = commandLine.widthMillimetres;
    try {
        FigureDocument figure;
        if (!commandLine.inputPath.isEmpty()) {
            const Measure measure = *measureFromCode(commandLine.measure);
            const PoolingCsvReader::Result input =
                PoolingCsvReader::read(commandLine.inputPath, measure);
            for (const QString &warning : input.warnings)
                err << QStringLiteral("evidence-browser: warning: %1\n").arg(warning);
            figure = FigureDocument::forest(
                planForestFromEstimates(input.studies, measure, pooling),
                QStringLiteral("Forest plot · %1").arg(commandLine.inputPath), pooling);
            figure.sources = {commandLine.inputPath};
        } else {
            const Database database = Database::open(databasePathFor(commandLine));
            const EvidenceRepository repository(database.connection());
            const std::optional<QString> conditionId = conditionIdFor(commandLine, repository, err);
            if (!conditionId)
                return ExitUsageError;
            const Dataset dataset = repository.load();
            ForestSelection selection{*conditionId, QString(), QString()};
            if (!commandLine.studyName.isEmpty())
                selection.studyId = findStudyId(dataset, commandLine.studyName);
            if (!commandLine.endpointName.isEmpty())
                selection.endpointId = findEndpointId(dataset, commandLine.endpointName);
            const QString what = selectionTitle(dataset, selection);
            if (forest) {
                const ForestPlan plan = planForest(dataset, selection, pooling);
                if (plan.isEmpty()) {
                    err << QStringLiteral("evidence-browser: nothing written: %1\n")
                               .arg(noEffectExplanation(dataset, selection));
                    return ExitUsageError;
                }
                figure =
                    FigureDocument::forest(plan, QStringLiteral("Forest plot · ") + what, pooling);
            } else {
                const RatePlan plan = planRates(dataset, selection);
                if (plan.isEmpty()) {
                    err << QStringLiteral(
                               "evidence-browser: nothing written: no study in %1 gives an "
                               "arm-level rate.\n")
                               .arg(what);
                    return ExitUsageError;
                }
                figure = FigureDocument::rates(plan, QStringLiteral("Response rates · ") + what);
            }
        }
        const QString error = FigureExporter::write(figure.render, commandLine.outPath,
                                                    exportOptions, figure.metadata());
        if (!error.isEmpty()) {
            err << QStringLiteral("evidence-browser: %1\n").arg(error);
            return ExitRuntimeFailure;
        }
        out << commandLine.outPath << u'\n';
        return ExitDone;
    } catch (const UsageError &error) {
        err << QStringLiteral("evidence-browser: %1\n").arg(error.message);
        return ExitUsageError;
    } catch (const InputError &error) {
        err << QStringLiteral("evidence-browser: %1\n").arg(error.message());
        return ExitUsageError;
    } catch (const std::invalid_argument &error) {
        err << QStringLiteral("evidence-browser: %1\n").arg(QString::fromUtf8(error.what()));
        return ExitUsageError;
    } catch (const DatabaseError &error) {
        err << QStringLiteral("evidence-browser: %1\n").arg(error.message());
        return ExitRuntimeFailure;
    }
}

} // namespace eb
