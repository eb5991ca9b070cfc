// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"
#include "cli/OutputFormat.h"
#include "cli/PoolingArguments.h"

namespace eb {

// `evidence-browser pool --input FILE.csv --measure OR|RR|RD|HR|MD|SMD
// --method MH|Peto|FE|DL|REML [--hksj] [--random] [--format text|json]`: a meta-analysis of the
// file's studies, with its subgroups when the file has a subgroup column.
class PoolCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("pool"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void configure(const QCommandLineParser &parser) override;
    void run(QTextStream &out, QTextStream &err) const override;

private:
    PoolingArguments m_pooling{QString(), true};
    OutputFormat m_format{{QStringLiteral("text"), QStringLiteral("json")}};
};

} // namespace eb
