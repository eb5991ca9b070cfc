// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"
#include "cli/DatabaseOptions.h"
#include "cli/OutputFormat.h"

namespace eb {

// `evidence-browser export [--format json] [--condition ID] [--database PATH]`: the dataset
// with its sources and quotes, as JSON.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void configure(const QCommandLineParser &parser) override;
    void run(QTextStream &out, QTextStream &err) const override;

private:
    DatabaseOptions m_database;
    OutputFormat m_format{{QStringLiteral("json")}};
};

} // namespace eb
