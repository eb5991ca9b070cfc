// SPDX-License-Identifier: MIT
#include "cli/DatabaseArguments.h"

#include "data/Database.h"

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

} // namespace eb
