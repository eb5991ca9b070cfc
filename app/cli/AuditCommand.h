// SPDX-License-Identifier: MIT
#pragma once

#include "cli/DatabaseReportCommand.h"

namespace eb {

// `evidence-browser audit [--format text|json] [--condition ID] [--database PATH]`: every
// internal contradiction the integrity checks find in the stored numbers (README "Evidence
// integrity checks"). Succeeds whenever it ran, whatever it found.
class AuditCommand : public DatabaseReportCommand
{
public:
    AuditCommand();
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    void run(QTextStream &out, QTextStream &err) const override;
};

} // namespace eb
