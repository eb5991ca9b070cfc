// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace eb {

// --format: the formats a command writes, the first being the default.
class OutputFormat
{
public:
    explicit OutputFormat(QStringList formats);

    QCommandLineOption option() const;
    // Reads --format; throws UsageError for a format the command does not write.
    void read(const QCommandLineParser &parser, const QString &commandName);
    bool isJson() const { return m_chosen == u"json"; }
    const QString &chosen() const { return m_chosen; }

private:
    QStringList m_formats;
    QString m_chosen;
};

} // namespace eb
