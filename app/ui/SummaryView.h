// SPDX-License-Identifier: MIT
#pragma once

#include "charts/FigureExporter.h"
#include "core/DatasetView.h"
#include "core/summary/EvidenceSummary.h"
#include "models/StudyListModel.h"

#include <QTextBrowser>

#include <functional>

namespace eb {

// The Summary tab: what the evidence says for the selection, one row per question (the same
// page `summary --format html` writes, with links). A study's name selects it in the Studies
// tab; "Forest plot" shows its panel; a level's letter explains the rule in a tooltip. The
// page is built when the tab is shown and the selection has changed since.
class SummaryView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SummaryView(const DatasetView &view, QWidget *parent = nullptr);

    void setSelection(const StudySelection &selection);
    // For a database read on demand: the selection's studies are read when the page is
    // built, not held (the view given to the constructor has none).
    void setStudiesReader(std::function<ShownStudies()> read);
    // The reader's studies changed (a new answer to the same selection, too): the page is
    // built anew by the next setSelection(), even of the same selection, or when shown.
    void studiesChanged() { m_stale = true; }
    const EvidenceSummary &summary(); // built now if out of date
    // Why the page shows no summary (too many studies to read); empty when it shows one.
    QString whyNoSummary();

    // The page as a file writes it: no links, today's date. Returns an error or "".
    QString writeHtml(const QString &path);
    // The table as an A4-landscape-wide PNG (277 mm at 200 dpi). Returns an error or "".
    QString writePng(const QString &path);
    static FigureExportOptions pngOptions();

Q_SIGNALS:
    void studyActivated(const QString &studyId);
    void forestPanelRequested(const QString &panelTitle);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildIfStale();
    void followLink(const QUrl &url);
    void showLinkTip(const QUrl &url);

    DatasetView m_view;
    std::function<ShownStudies()> m_readStudies;
    QString m_whyNoSummary;
    StudySelection m_selection;
    EvidenceSummary m_summary;
    bool m_stale = true;
};

} // namespace eb
