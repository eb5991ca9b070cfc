// SPDX-License-Identifier: MIT
#pragma once

#include "charts/FigureExporter.h"
#include "charts/FigureRequest.h"
#include "cli/Command.h"
#include "cli/DatabaseOptions.h"
#include "cli/PoolingArguments.h"

namespace eb {

// `evidence-browser export-forest|export-bars --out FILE.png|.svg|.pdf [--condition ID]
// [--study NAME] [--endpoint NAME] [--dpi N] [--width-mm W] [--database PATH]`, and for the
// forest plot [--input FILE.csv --measure M] [--method FE|DL|REML] [--hksj]
// [--page N [--rows-per-page M]]: the figure the
// window shows for the same selection (one FigureRequest), as a file. A selection with
// nothing to draw writes nothing and fails with the reason.
class ExportFigureCommand : public Command
{
public:
    explicit ExportFigureCommand(FigureKind kind);

    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void configure(const QCommandLineParser &parser) override;
    bool drawsFigures() const override { return true; }
    void run(QTextStream &out, QTextStream &err) const override;

private:
    FigureDocument figure(QTextStream &err) const;
    StudySelection selectionIn(const Dataset &dataset, StudySelection selection) const;
    void readComparison(const QCommandLineParser &parser);

    FigureKind m_kind;
    DatabaseOptions m_database;
    PoolingArguments m_pooling{QStringLiteral("REML"), false};
    QString m_outPath;
    QString m_studyName;
    QString m_endpointName;
    int m_page = 0;
    int m_rowsPerPage = forestRowsPerPage;
    FigureExportOptions m_export;
    Comparison m_comparison; // --treatment, --control, --outcome-is (with --input)
};

} // namespace eb
