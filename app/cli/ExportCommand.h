// SPDX-License-Identifier: MIT
#pragma once

#include "cli/DatabaseReportCommand.h"

namespace eb {

// `evidence-browser export [--format json] [--condition ID] [--database PATH]`: the dataset
// with its sources and quotes, as JSON.
class ExportCommand : public DatabaseReportCommand
{
public:
    ExportCommand();
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void run(QTextStream &out, QTextStream &err) const override;
};

} // namespace eb
