// SPDX-License-Identifier: MIT
#pragma once

#include "charts/FigureRequest.h"
#include "core/DatasetView.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace eb {

class DisclaimerBanner;
class EditActions;
class EvidenceEditing;
class FigureView;
class StudyFilterPanel;
class StudyFilterProxy;
class StudyListModel;
class StudyTableModel;
class SummaryView;

// The study browser: the disclaimer banner above everything; a "Summary" tab (first, shown
// on start); a "Studies" tab with the filters, the study list and the selected study's
// details; the figures' tabs; a "Therapy overview" tab.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // How the window holds the studies: all in memory (`dataset` has them), or read from the
    // database as they are shown (`dataset` is its loadHeader(): a database too large to
    // hold, see StudyListModel).
    enum class StudyLoading
    {
        InMemory,
        OnDemand
    };
    // initialConditionId, when set, replaces the remembered filters (--condition).
    MainWindow(const Dataset &dataset, const QString &databasePath,
               const QString &initialConditionId = QString(), QWidget *parent = nullptr,
               StudyLoading loading = StudyLoading::InMemory);

    DisclaimerBanner *banner() const { return m_banner; }
    QTableView *studyView() const { return m_studyView; }
    QTabWidget *tabs() const { return m_tabs; }
    StudyFilterPanel *filterPanel() const { return m_filterPanel; }
    StudyFilterProxy *filterProxy() const { return m_proxy; }
    QTextBrowser *detailView() const { return m_detail; }
    FigureView *forestView() const { return m_forestView; }
    FigureView *ratesView() const { return m_ratesView; }
    SummaryView *summaryView() const { return m_summaryView; }
    // The selected study, by id; false if the filters hide it.
    bool selectStudy(const QString &studyId);
    // Writes the figure of the current tab (the forest plot from the Studies tab); returns an
    // error message or an empty string.
    QString exportFigure(const QString &path,
                         const FigureExportOptions &options = FigureExportOptions());
    QString exportFigure(FigureKind kind, const QString &path, const FigureExportOptions &options);
    // The summary of findings as a self-contained HTML page, or a PNG of its table for a
    // path ending in .png; returns an error message or an empty string.
    QString exportSummary(const QString &path);
    // The study list as filtered and sorted now, its shown columns in their order, as CSV;
    // returns an error message or an empty string.
    QString exportTable(const QString &path);
    // The figure the current tab shows, or the forest plot from the other tabs.
    FigureKind currentFigureKind() const;
    FigureView *figureView(FigureKind kind) const;

    const DatasetView &view() const { return m_view; }
    // The study the list's current row shows, or none.
    const Study *selectedStudy() const;
    // Adds the editing actions (Edit menu, the study page's edit links) on `editing`.
    void enableEditing(EvidenceEditing *editing);
    EditActions *editActions() const { return m_editActions; }

    // File > Import evidence: the dialog for a file; true if it imported.
    bool importFile(const QString &path);

Q_SIGNALS:
    // The database gained or lost rows (an import): the window is to be shown anew from it.
    void evidenceChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createStudiesTab();
    void fitColumns(); // to their contents, within caps
    void createMenus();
    void restoreWindowState(const QString &initialConditionId);
    void saveWindowState() const;
    void showSelectedStudy();
    void selectFirstStudyIfNone();
    void showAbout();
    void chooseImportFile();
    PoolingOptions poolingOptions() const;
    FigureOutcome shownFigure(FigureKind kind) const; // of the studies the filters show
    // Marks both figures out of date and redraws the one on screen; the other is redrawn
    // when its tab is shown.
    void updateFigures();
    void refreshFigure(FigureKind kind);
    void refreshShownFigure(); // the figure of the current tab, if it is out of date
    void updatePoolingActions();
    void chooseExportFile();
    void chooseSummaryFile();
    void chooseTableFile();

    DatasetView m_view;
    QString m_databasePath; // never overwritten by an export
    DisclaimerBanner *m_banner = nullptr;
    StudyTableModel *m_studyModel = nullptr; // InMemory
    StudyListModel *m_studyList = nullptr;   // OnDemand
    StudyFilterProxy *m_proxy = nullptr;
    QTabWidget *m_tabs = nullptr;
    StudyFilterPanel *m_filterPanel = nullptr;
    QTableView *m_studyView = nullptr;
    QTextBrowser *m_detail = nullptr;
    QSplitter *m_filterSplitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    QAction *m_showQuotes = nullptr;
    QAction *m_hartungKnapp = nullptr;
    QActionGroup *m_poolingMethods = nullptr;
    FigureView *m_forestView = nullptr;
    FigureView *m_ratesView = nullptr;
    SummaryView *m_summaryView = nullptr;
    QMenu *m_editMenu = nullptr;
    EditActions *m_editActions = nullptr;
    bool m_forestStale = true;
    bool m_ratesStale = true;
};

} // namespace eb
