// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"
#include "cli/DatabaseOptions.h"
#include "cli/OutputFormat.h"

namespace eb {

// `evidence-browser audit [--format text|json] [--condition ID] [--database PATH]`: every
// internal contradiction the integrity checks find in the stored numbers (README "Evidence
// integrity checks"). Succeeds whenever it ran, whatever it found.
class AuditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void configure(const QCommandLineParser &parser) override;
    void run(QTextStream &out, QTextStream &err) const override;

private:
    DatabaseOptions m_database;
    OutputFormat m_format{{QStringLiteral("text"), QStringLiteral("json")}};
};

} // namespace eb
