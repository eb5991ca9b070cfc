// SPDX-License-Identifier: MIT
#include "cli/ExportCommand.h"

#include "data/JsonExporter.h"

#include <QJsonDocument>

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
    const QJsonDocument document(JsonExporter::toJson(database().load().dataset));
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace eb
