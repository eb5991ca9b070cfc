// SPDX-License-Identifier: MIT
#include "cli/DatabaseArguments.h"

#include "cli/ExitCode.h"
#include "data/Database.h"
#include "data/DatabaseError.h"

namespace eb {

QString databasePathFor(const CommandLine &commandLine)
{
    return commandLine.databasePath.isEmpty() ? Database::defaultPath() : commandLine.databasePath;
}

std::optional<QString> conditionIdFor(const CommandLine &commandLine,
                                      const EvidenceRepository &repository, QTextStream &err)
{
    if (commandLine.condition.isEmpty())
        return QString();
    const std::optional<QString> found = repository.findConditionId(commandLine.condition);
    if (!found)
        err << QStringLiteral("evidence-browser: --condition: unknown condition '%1'; known: %2\n")
                   .arg(commandLine.condition,
                        repository.conditionIds().join(QStringLiteral(", ")));
    return found;
}

std::variant<Dataset, int> loadSelectedDataset(const CommandLine &commandLine, QTextStream &err)
{
    try {
        const Database database = Database::open(databasePathFor(commandLine));
        const EvidenceRepository repository(database.connection());
        const std::optional<QString> conditionId = conditionIdFor(commandLine, repository, err);
        if (!conditionId)
            return int(ExitUsageError);
        return repository.load(*conditionId);
    } catch (const DatabaseError &error) {
        err << QStringLiteral("evidence-browser: %1\n").arg(error.message());
        return int(ExitRuntimeFailure);
    }
}

} // namespace eb
