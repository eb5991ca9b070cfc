// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"
#include "cli/OutputFormat.h"
#include "data/EvidenceImporter.h"

namespace eb {

// `evidence-browser import FILE [--dry-run] [--on-duplicate refuse|skip|replace|keep-both]
// [--database PATH] [--format text|json]`: adds the studies of FILE (the JSON that export
// writes) to the database as the user's, all or nothing (README "Importing evidence").
class ImportCommand : public Command
{
public:
    ImportCommand();
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QStringList positionalArguments() const override { return {QStringLiteral("FILE")}; }
    QList<QCommandLineOption> options() const override;
    void configure(const QCommandLineParser &parser) override;
    void run(QTextStream &out, QTextStream &err) const override;

private:
    QString m_file;
    QString m_databasePath;
    bool m_dryRun = false;
    DuplicatePolicy m_duplicates = DuplicatePolicy::Refuse;
    OutputFormat m_format;
};

} // namespace eb
