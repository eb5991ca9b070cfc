// SPDX-License-Identifier: MIT
#include "cli/ExportCommand.h"

#include "cli/DatabaseArguments.h"
#include "cli/ExitCode.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/EvidenceRepository.h"
#include "data/JsonExporter.h"

#include <QJsonDocument>

namespace eb {

int ExportCommand::run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    try {
        const Database database = Database::open(databasePathFor(commandLine));
        const EvidenceRepository repository(database.connection());
        const std::optional<QString> conditionId = conditionIdFor(commandLine, repository, err);
        if (!conditionId)
            return ExitUsageError;
        const QJsonDocument document(JsonExporter::toJson(repository.load(*conditionId)));
        out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
        return ExitDone;
    } catch (const DatabaseError &error) {
        err << QStringLiteral("evidence-browser: %1\n").arg(error.message());
        return ExitRuntimeFailure;
    }
}

} // namespace eb
