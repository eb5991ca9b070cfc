// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"
#include "cli/DatabaseOptions.h"
#include "cli/OutputFormat.h"

namespace eb {

// A command that reads the evidence database (--database, --condition) and writes a report
// in one of its formats (--format): export, audit.
class DatabaseReportCommand : public Command
{
public:
    QList<QCommandLineOption> options() const override;
    void configure(const QCommandLineParser &parser) override;

protected:
    explicit DatabaseReportCommand(QStringList formats); // the first is the default
    const DatabaseOptions &database() const { return m_database; }
    bool writesJson() const { return m_format.isJson(); }
    const QString &format() const { return m_format.chosen(); }

private:
    DatabaseOptions m_database;
    OutputFormat m_format;
};

} // namespace eb
