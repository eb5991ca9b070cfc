// SPDX-License-Identifier: MIT
#include "cli/DatabaseOptions.h"

#include "cli/Command.h"
#include "data/Database.h"
#include "data/EvidenceRepository.h"

namespace eb {

QList<QCommandLineOption> DatabaseOptions::options()
{
    return {{QStringLiteral("database"),
             QStringLiteral("Use the evidence database PATH (created from the bundled dataset if "
                            "absent) instead of the default one."),
             QStringLiteral("PATH")},
            {QStringLiteral("condition"),
             QStringLiteral("Only studies of this condition (hbv, cirrhosis, hcc, ...; any case)."),
             QStringLiteral("ID")}};
}

void DatabaseOptions::read(const QCommandLineParser &parser)
{
    m_databasePath = parser.value(QStringLiteral("database"));
    m_condition = parser.value(QStringLiteral("condition"));
}

QString DatabaseOptions::databasePath() const
{
    return m_databasePath.isEmpty() ? Database::defaultPath() : m_databasePath;
}

QString DatabaseOptions::conditionId(const EvidenceRepository &repository) const
{
    if (m_condition.isEmpty())
        return QString();
    const std::optional<QString> found = repository.findConditionId(m_condition);
    if (!found)
        throw UsageError(
            QStringLiteral("--condition: unknown condition '%1'; known: %2")
                .arg(m_condition, repository.conditionIds().join(QStringLiteral(", "))));
    return *found;
}

DatabaseOptions::Selected DatabaseOptions::load() const
{
    const Opened opened = open();
    return {EvidenceRepository(opened.database.connection()).load(opened.selection),
            opened.selection};
}

DatabaseOptions::Opened DatabaseOptions::open() const
{
    Database database = Database::open(databasePath(), Database::Access::ReadOnly);
    const StudySelection selection =
        StudySelection::ofCondition(conditionId(EvidenceRepository(database.connection())));
    return {std::move(database), selection};
}

DatabaseOptions::Selected DatabaseOptions::loadWhole() const
{
    const Database database = Database::open(databasePath(), Database::Access::ReadOnly);
    const EvidenceRepository repository(database.connection());
    return {repository.load(), StudySelection::ofCondition(conditionId(repository))};
}

} // namespace eb
