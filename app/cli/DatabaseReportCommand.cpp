// SPDX-License-Identifier: MIT
#include "cli/DatabaseReportCommand.h"

namespace eb {

DatabaseReportCommand::DatabaseReportCommand(QStringList formats)
    : m_format(std::move(formats))
{}

QList<QCommandLineOption> DatabaseReportCommand::options() const
{
    return DatabaseOptions::options() << m_format.option();
}

void DatabaseReportCommand::configure(const QCommandLineParser &parser)
{
    m_database.read(parser);
    m_format.read(parser, name());
}

} // namespace eb
