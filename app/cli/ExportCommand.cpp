// SPDX-License-Identifier: MIT
#include "cli/ExportCommand.h"

#include "data/JsonExporter.h"

#include <QJsonDocument>

namespace eb {

QString ExportCommand::summary() const
{
    return QStringLiteral("print the dataset with its sources and quotes (--format json)");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return DatabaseOptions::options() << m_format.option();
}

void ExportCommand::configure(const QCommandLineParser &parser)
{
    m_database.read(parser);
    m_format.read(parser, name());
}

void ExportCommand::run(QTextStream &out, QTextStream &) const
{
    const QJsonDocument document(JsonExporter::toJson(m_database.load().dataset));
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace eb
