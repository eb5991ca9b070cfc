// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"
#include "cli/OutputFormat.h"
#include "cli/PoolingArguments.h"

namespace eb {

// `evidence-browser pool --input FILE.csv --measure OR|RR|RD|HR --method FE|DL|REML
// [--hksj] [--format text|json]`: a meta-analysis of the file's studies.
class PoolCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("pool"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void configure(const QCommandLineParser &parser) override;
    void run(QTextStream &out, QTextStream &err) const override;

private:
    PoolingArguments m_pooling{QString()};
    OutputFormat m_format{{QStringLiteral("text"), QStringLiteral("json")}};
};

} // namespace eb
