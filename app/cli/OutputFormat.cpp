// SPDX-License-Identifier: MIT
#include "cli/OutputFormat.h"

#include "cli/Command.h"

namespace eb {

OutputFormat::OutputFormat(QStringList formats)
    : m_formats(std::move(formats))
    , m_chosen(m_formats.constFirst())
{}

QCommandLineOption OutputFormat::option() const
{
    return {QStringLiteral("format"),
            QStringLiteral("Output format: %1 (default %2).")
                .arg(m_formats.join(QStringLiteral(" or ")), m_formats.constFirst()),
            QStringLiteral("FORMAT"), m_formats.constFirst()};
}

void OutputFormat::read(const QCommandLineParser &parser, const QString &commandName)
{
    m_chosen = parser.value(QStringLiteral("format"));
    if (!m_formats.contains(m_chosen))
        throw UsageError(QStringLiteral("--format: unsupported format '%1'; %2 writes %3")
                             .arg(m_chosen, commandName, m_formats.join(QStringLiteral(" or "))));
}

} // namespace eb
