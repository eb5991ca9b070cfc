// SPDX-License-Identifier: MIT
#include "cli/ExportCommand.h"

#include "cli/DatabaseArguments.h"
#include "cli/ExitCode.h"
#include "data/JsonExporter.h"

#include <QJsonDocument>

namespace eb {

int ExportCommand::run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const std::variant<Dataset, int> dataset = loadSelectedDataset(commandLine, err);
    if (const int *exitCode = std::get_if<int>(&dataset))
        return *exitCode;
    const QJsonDocument document(JsonExporter::toJson(std::get<Dataset>(dataset)));
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return ExitDone;
}

} // namespace eb
