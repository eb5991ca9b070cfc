// SPDX-License-Identifier: MIT
#include "cli/ExportCommand.h"

#include "data/EvidenceRepository.h"
#include "data/JsonExporter.h"

namespace eb {

QString ExportCommand::summary() const
{
    return QStringLiteral("print the dataset with its sources and quotes (--format json)");
}

ExportCommand::ExportCommand()
    : DatabaseReportCommand({QStringLiteral("json")})
{}

void ExportCommand::run(QTextStream &out, QTextStream &) const
{
    const DatabaseOptions::Opened opened = database().open();
    JsonExporter::write(EvidenceRepository(opened.database.connection()), opened.selection, out);
}

} // namespace eb
