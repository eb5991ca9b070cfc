// SPDX-License-Identifier: MIT
#pragma once

#include "cli/DatabaseReportCommand.h"

namespace eb {

// `evidence-browser summary [--condition ID] [--format text|json|html] [--database PATH]`:
// what the evidence says, one row per question, read by the rules of README "Summary of
// findings". HTML is one self-contained page that prints on A4.
class SummaryCommand : public DatabaseReportCommand
{
public:
    SummaryCommand();
    QString name() const override { return QStringLiteral("summary"); }
    QString summary() const override;
    void run(QTextStream &out, QTextStream &err) const override;
};

} // namespace eb
