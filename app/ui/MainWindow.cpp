// SPDX-License-Identifier: MIT
#include "ui/MainWindow.h"

#include "charts/FigureView.h"
#include "core/ApplicationInfo.h"
#include "core/io/AtomicFile.h"
#include "core/io/FileIdentity.h"
#include "models/StudyFilterProxy.h"
#include "models/StudyListModel.h"
#include "models/StudyTableModel.h"
#include "models/TableCsv.h"
#include "ui/AboutDialog.h"
#include "ui/DisclaimerBanner.h"
#include "ui/ExportFigureDialog.h"
#include "ui/ImportDialog.h"
#include "ui/StudyDetailHtml.h"
#include "ui/StudyFilterPanel.h"
#include "ui/SummaryView.h"
#include "ui/TherapyOverview.h"
#include "ui/editing/EditActions.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace eb {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString columnsKey = QStringLiteral("mainWindow/studyColumns");
const QString filterSplitterKey = QStringLiteral("mainWindow/filterSplitter");
const QString detailSplitterKey = QStringLiteral("mainWindow/detailSplitter");
const QString filtersKey = QStringLiteral("mainWindow/filters");
const QString quotesKey = QStringLiteral("mainWindow/showQuotes");
const QString methodKey = QStringLiteral("figures/poolingMethod");
const QString hksjKey = QStringLiteral("figures/hartungKnapp");
const QString exportFolderKey = QStringLiteral("figures/exportFolder");
const QString importFolderKey = QStringLiteral("import/folder");

enum Tab
{
    SummaryTab,
    StudiesTab,
    ForestTab,
    RatesTab,
    OverviewTab
};

} // namespace

MainWindow::MainWindow(const Dataset &dataset, const QString &databasePath,
                       const QString &initialConditionId, QWidget *parent, StudyLoading loading)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
    , m_banner(new DisclaimerBanner(this))
    , m_proxy(new StudyFilterProxy(this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(applicationDisplayName());
    setMinimumSize(720, 480);

    if (loading == StudyLoading::OnDemand) {
        m_studyList = new StudyListModel(dataset, databasePath, this);
        m_proxy->setSourceModel(m_studyList);
        // A full load refuses a damaged file before the window opens; read on demand, the
        // check comes a moment later and closes the window.
        connect(m_studyList, &StudyListModel::damaged, this, [this](const QString &message) {
            QMessageBox::critical(this, applicationDisplayName(), message);
            close();
        });
        // The overview and the About box: the header and the sources its facts cite.
        m_view = m_studyList->read({});
    } else {
        m_view = DatasetView(dataset);
        m_studyModel = new StudyTableModel(this);
        m_studyModel->setView(m_view);
        m_proxy->setSourceModel(m_studyModel);
    }

    m_forestView = new FigureView(this);
    m_forestView->setAccessibleName(tr("Forest plot"));
    m_ratesView = new FigureView(this);
    m_ratesView->setAccessibleName(tr("Response-rate bars"));
    m_summaryView = new SummaryView(m_view, this);
    if (m_studyList)
        m_summaryView->setStudiesReader([this] { return m_studyList->shownStudies(); });
    m_tabs->addTab(m_summaryView, tr("Su&mmary"));
    m_tabs->addTab(createStudiesTab(), tr("&Studies"));
    m_tabs->addTab(m_forestView, tr("&Forest plot"));
    m_tabs->addTab(m_ratesView, tr("&Response rates"));
    m_tabs->addTab(new TherapyOverview(m_view.dataset(), this), tr("&Therapy overview"));
    for (FigureView *view : {m_forestView, m_ratesView}) {
        connect(view, &FigureView::studyActivated, this, [this](const QString &studyId) {
            if (selectStudy(studyId))
                m_tabs->setCurrentIndex(StudiesTab);
        });
        connect(view, &FigureView::exportRequested, this, &MainWindow::chooseExportFile);
    }
    connect(m_summaryView, &SummaryView::studyActivated, this, [this](const QString &studyId) {
        if (selectStudy(studyId))
            m_tabs->setCurrentIndex(StudiesTab);
    });
    connect(m_summaryView, &SummaryView::forestPanelRequested, this,
            [this](const QString &panelTitle) {
                m_tabs->setCurrentIndex(ForestTab);
                m_forestView->scrollToText(panelTitle);
            });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createMenus();
    statusBar()->showMessage(
        tr("Dataset version %1 · %2").arg(dataset.datasetVersion, databasePath));
    restoreWindowState(initialConditionId);
    connect(m_proxy, &StudyFilterProxy::selectionChanged, this,
            &MainWindow::selectFirstStudyIfNone);
    connect(m_proxy, &StudyFilterProxy::selectionChanged, this, [this] {
        if (m_studyList)
            m_summaryView->studiesChanged(); // the list's first answer keeps the selection
        updateFigures();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::refreshShownFigure);
    selectFirstStudyIfNone();
    updateFigures();
}

QWidget *MainWindow::createStudiesTab()
{
    m_filterPanel = new StudyFilterPanel(m_view.dataset(), m_proxy, this);

    m_studyView = new QTableView(this);
    m_studyView->setModel(m_proxy);
    // A list read on demand is in stored order: sorting it would read every study.
    m_studyView->setSortingEnabled(!m_studyList);
    m_studyView->sortByColumn(-1, Qt::AscendingOrder); // the source's order until a click
    m_studyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_studyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_studyView->setAlternatingRowColors(true);
    m_studyView->setWordWrap(false);
    m_studyView->verticalHeader()->hide();
    // One line of text a row (the style's default leaves room for two): more studies in
    // view, and more of the window for the study page below.
    m_studyView->verticalHeader()->setDefaultSectionSize(m_studyView->fontMetrics().height() + 8);
    fitColumns();
    if (m_studyList) {
        // Fitted to the first page's rows (not every row's, which reads every page) once the
        // first answer fills the list, unless the user's widths are remembered.
        m_studyView->horizontalHeader()->setResizeContentsPrecision(StudyListModel::pageSize);
        if (!QSettings().contains(columnsKey))
            connect(m_studyList, &StudyListModel::selectionApplied, this, &MainWindow::fitColumns,
                    Qt::SingleShotConnection);
    }
    m_studyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_studyView->setAccessibleName(tr("Studies"));
    connect(m_studyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedStudy);

    m_detail = new QTextBrowser(this);
    m_detail->setAccessibleName(tr("Study details"));
    m_detail->setOpenLinks(false);
    // A source's DOI (https://doi.org/...) opens in the browser; the page's other link
    // shows or hides the quotes.
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url == StudyDetailHtml::toggleQuotesLink())
            m_showQuotes->trigger();
        else if (m_editActions && m_editActions->followLink(url))
            return;
        else if (url.scheme() == u"https")
            QDesktopServices::openUrl(url);
    });

    m_detailSplitter = new QSplitter(Qt::Vertical, this);
    m_detailSplitter->addWidget(m_studyView);
    m_detailSplitter->addWidget(m_detail);
    m_detailSplitter->setStretchFactor(1, 2);
    m_detailSplitter->setChildrenCollapsible(false);

    // At small window heights the filters scroll rather than squeeze into each other.
    auto *filterScroll = new QScrollArea(this);
    filterScroll->setWidget(m_filterPanel);
    filterScroll->setWidgetResizable(true);
    filterScroll->setFrameShape(QFrame::NoFrame);
    filterScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    filterScroll->setMinimumWidth(m_filterPanel->sizeHint().width() + 16);

    m_filterSplitter = new QSplitter(Qt::Horizontal, this);
    m_filterSplitter->addWidget(filterScroll);
    m_filterSplitter->addWidget(m_detailSplitter);
    m_filterSplitter->setStretchFactor(1, 1);
    m_filterSplitter->setChildrenCollapsible(false);
    return m_filterSplitter;
}

void MainWindow::fitColumns()
{
    m_studyView->resizeColumnsToContents();
    // The columns fit the view, never a horizontal scroll: the study name and the key result
    // share what the short columns leave; a longer text is elided, in full in its tooltip.
    QHeaderView *header = m_studyView->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < StudyTableModel::ColumnCount; ++column) {
        if (column == StudyTableModel::Name || column == StudyTableModel::KeyResult) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            continue;
        }
        const int cap = column == StudyTableModel::Size       ? 40
                        : column == StudyTableModel::Evidence ? 50
                                                              : 100;
        m_studyView->setColumnWidth(column, std::min(m_studyView->columnWidth(column), cap));
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction =
        file->addAction(tr("&Import evidence…"), this, &MainWindow::chooseImportFile);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction *exportAction =
        file->addAction(tr("&Export figure…"), this, &MainWindow::chooseExportFile);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportSummary =
        file->addAction(tr("Export &summary…"), this, &MainWindow::chooseSummaryFile);
    exportSummary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addAction(tr("Export &table…"), this, &MainWindow::chooseTableFile);
    QAction *printAction = file->addAction(tr("&Print figure…"), this, [this] {
        refreshFigure(currentFigureKind());
        figureView(currentFigureKind())->print();
    });
    printAction->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *copyFigure = edit->addAction(tr("&Copy figure"), this, [this] {
        refreshFigure(currentFigureKind());
        figureView(currentFigureKind())->copyToClipboard();
        statusBar()->showMessage(tr("Figure copied to the clipboard"), 4000);
    });
    copyFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *find = edit->addAction(tr("&Find studies…"), this, [this] {
        m_tabs->setCurrentIndex(StudiesTab);
        m_filterPanel->textField()->setFocus(Qt::ShortcutFocusReason);
        m_filterPanel->textField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *reset = edit->addAction(tr("&Reset filters"), m_filterPanel, &StudyFilterPanel::reset);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *list = edit->addAction(tr("Go to study &list"), this, [this] {
        m_tabs->setCurrentIndex(StudiesTab);
        m_studyView->setFocus(Qt::ShortcutFocusReason);
    });
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<Tab, QString>> tabs{{SummaryTab, tr("Su&mmary")},
                                              {StudiesTab, tr("&Studies")},
                                              {ForestTab, tr("&Forest plot")},
                                              {RatesTab, tr("&Response rates")},
                                              {OverviewTab, tr("&Therapy overview")}};
    for (const auto &[tab, label] : tabs) // Ctrl+1 is the first tab, Ctrl+5 the last
        view->addAction(label, this, [this, tab = tab] { m_tabs->setCurrentIndex(tab); })
            ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(int(Qt::Key_1) + int(tab))));
    QMenu *pooling = view->addMenu(tr("&Pooling method"));
    m_poolingMethods = new QActionGroup(this);
    const QList<std::pair<PoolingMethod, QString>> methods{
        {PoolingMethod::FixedEffect, tr("&Fixed effect (FE)")},
        {PoolingMethod::DerSimonianLaird, tr("&DerSimonian-Laird (DL)")},
        {PoolingMethod::Reml, tr("&REML")}};
    for (const auto &[method, label] : methods) {
        QAction *action = pooling->addAction(label);
        action->setCheckable(true);
        action->setData(poolingMethodCode(method));
        action->setChecked(method == PoolingMethod::Reml);
        m_poolingMethods->addAction(action);
    }
    m_hartungKnapp =
        pooling->addAction(tr("&Hartung-Knapp adjustment"), this, &MainWindow::updateFigures);
    m_hartungKnapp->setCheckable(true);
    m_hartungKnapp->setToolTip(tr("For random-effects models (DL, REML) only"));
    connect(m_poolingMethods, &QActionGroup::triggered, this, [this] {
        updatePoolingActions();
        updateFigures();
    });
    view->addSeparator();
    m_showQuotes = view->addAction(tr("Show source &quotes"), this, &MainWindow::showSelectedStudy);
    m_showQuotes->setCheckable(true);
    m_showQuotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Evidence Browser"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence::HelpContents);
}

PoolingOptions MainWindow::poolingOptions() const
{
    PoolingOptions pooling;
    pooling.method = *poolingMethodFromCode(m_poolingMethods->checkedAction()->data().toString());
    pooling.hartungKnapp = m_hartungKnapp->isEnabled() && m_hartungKnapp->isChecked();
    return pooling;
}

// Hartung-Knapp belongs to random-effects models: not offered with a fixed effect.
void MainWindow::updatePoolingActions()
{
    PoolingOptions withAdjustment = poolingOptions();
    withAdjustment.hartungKnapp = true;
    m_hartungKnapp->setEnabled(withAdjustment.invalidReason().isEmpty());
}

FigureOutcome MainWindow::shownFigure(FigureKind kind) const
{
    const FigureRequest request{kind, m_proxy->selection(), poolingOptions()};
    if (!m_studyList)
        return buildFigure(m_view, request);
    const ShownStudies shown = m_studyList->shownStudies();
    if (!shown.view)
        return FigureOutcome{std::nullopt, shown.whyNot};
    return buildFigure(*shown.view, request);
}

void MainWindow::updateFigures()
{
    m_summaryView->setSelection(m_proxy->selection());
    m_forestStale = m_ratesStale = true;
    refreshShownFigure();
}

void MainWindow::refreshShownFigure()
{
    if (m_tabs->currentIndex() == ForestTab)
        refreshFigure(FigureKind::Forest);
    else if (m_tabs->currentIndex() == RatesTab)
        refreshFigure(FigureKind::Rates);
}

void MainWindow::refreshFigure(FigureKind kind)
{
    bool &stale = kind == FigureKind::Rates ? m_ratesStale : m_forestStale;
    if (!stale)
        return;
    stale = false;
    const FigureOutcome outcome = shownFigure(kind);
    if (outcome.figure)
        figureView(kind)->setFigure(outcome.figure->render);
    else
        figureView(kind)->setExplanation(outcome.whyNothing);
}

bool MainWindow::selectStudy(const QString &studyId)
{
    const int sourceRow =
        m_studyList ? m_studyList->rowOfStudy(studyId) : m_studyModel->rowOfStudy(studyId);
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_studyView->setCurrentIndex(index);
    m_studyView->scrollTo(index);
    return true;
}

FigureKind MainWindow::currentFigureKind() const
{
    return m_tabs->currentIndex() == RatesTab ? FigureKind::Rates : FigureKind::Forest;
}

FigureView *MainWindow::figureView(FigureKind kind) const
{
    return kind == FigureKind::Rates ? m_ratesView : m_forestView;
}

QString MainWindow::exportFigure(const QString &path, const FigureExportOptions &options)
{
    return exportFigure(currentFigureKind(), path, options);
}

QString MainWindow::exportFigure(FigureKind kind, const QString &path,
                                 const FigureExportOptions &options)
{
    const FigureOutcome outcome = shownFigure(kind);
    if (!outcome.figure)
        return outcome.whyNothing;
    if (isSameFile(path, m_databasePath))
        return tr("%1 is the evidence database; choose another file").arg(path);
    return FigureExporter::write(outcome.figure->render, path, options, outcome.figure->metadata());
}

void MainWindow::chooseExportFile()
{
    ExportFigureDialog choices(currentFigureKind(), this);
    if (choices.exec() != QDialog::Accepted)
        return;
    choices.remember();
    QSettings settings;
    const QString name = (choices.kind() == FigureKind::Rates ? QStringLiteral("response-rates.")
                                                              : QStringLiteral("forest-plot.")) +
                         choices.suffix();
    const QString folder = settings.value(exportFolderKey, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export figure"), folder + u'/' + name,
        tr("%1 file (*.%2)").arg(choices.suffix().toUpper(), choices.suffix()));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + choices.suffix();
    settings.setValue(exportFolderKey, QFileInfo(path).absolutePath());
    const QString error = exportFigure(choices.kind(), path, choices.options());
    if (error.isEmpty())
        statusBar()->showMessage(tr("Figure written to %1").arg(path), 8000);
    else
        QMessageBox::warning(this, tr("Export figure"), error);
}

QString MainWindow::exportSummary(const QString &path)
{
    if (isSameFile(path, m_databasePath))
        return tr("%1 is the evidence database; choose another file").arg(path);
    if (const QString why = m_summaryView->whyNoSummary(); !why.isEmpty())
        return why;
    if (QFileInfo(path).suffix().compare(u"png", Qt::CaseInsensitive) == 0)
        return m_summaryView->writePng(path);
    return m_summaryView->writeHtml(path);
}

void MainWindow::chooseSummaryFile()
{
    QSettings settings;
    const QString folder = settings.value(exportFolderKey, QDir::homePath()).toString();
    const QString html = tr("Web page, self-contained (*.html)");
    const QString png = tr("PNG image of the page (*.png)");
    QString filter = html;
    QString path = QFileDialog::getSaveFileName(this, tr("Export summary"),
                                                folder + QStringLiteral("/summary.html"),
                                                html + QStringLiteral(";;") + png, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == png ? QStringLiteral(".png") : QStringLiteral(".html");
    settings.setValue(exportFolderKey, QFileInfo(path).absolutePath());
    const QString error = exportSummary(path);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Summary written to %1").arg(path), 8000);
    else
        QMessageBox::warning(this, tr("Export summary"), error);
}

QString MainWindow::exportTable(const QString &path)
{
    if (isSameFile(path, m_databasePath))
        return tr("%1 is the evidence database; choose another file").arg(path);
    const QHeaderView *header = m_studyView->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            columns.append(header->logicalIndex(visual));
    return AtomicFile::write(path, TableCsv::of(*m_studyView->model(), columns));
}

void MainWindow::chooseTableFile()
{
    QSettings settings;
    const QString folder = settings.value(exportFolderKey, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Export table"),
                                                folder + QStringLiteral("/studies.csv"),
                                                tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    settings.setValue(exportFolderKey, QFileInfo(path).absolutePath());
    const QString error = exportTable(path);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Table written to %1").arg(path), 8000);
    else
        QMessageBox::warning(this, tr("Export table"), error);
}

void MainWindow::showSelectedStudy()
{
    const QModelIndex current = m_studyView->currentIndex();
    if (!current.isValid()) {
        m_detail->setHtml(tr("<p><i>No study matches the filters. Reset them with "
                             "Ctrl+R.</i></p>"));
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    const int scroll = m_detail->verticalScrollBar()->value();
    // On demand: the study's page of the list, read when the list showed it.
    const DatasetView view = m_studyList ? m_studyList->viewOfRow(row) : m_view;
    const Study &study = m_studyList ? m_studyList->study(row) : m_studyModel->study(row);
    m_detail->setHtml((m_editActions ? EditActions::linksHtml(study, view.dataset()) : QString()) +
                      StudyDetailHtml(view, m_showQuotes->isChecked()).html(study));
    if (sender() == m_showQuotes)
        m_detail->verticalScrollBar()->setValue(scroll);
}

const Study *MainWindow::selectedStudy() const
{
    const QModelIndex current = m_studyView->currentIndex();
    if (!current.isValid())
        return nullptr;
    const int row = m_proxy->mapToSource(current).row();
    return m_studyList ? &m_studyList->study(row) : &m_studyModel->study(row);
}

void MainWindow::enableEditing(EvidenceEditing *editing)
{
    m_editActions = new EditActions(this, editing, m_editMenu);
    showSelectedStudy();
}

void MainWindow::selectFirstStudyIfNone()
{
    if (!m_studyView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_studyView->setCurrentIndex(m_proxy->index(0, 0));
    showSelectedStudy();
}

void MainWindow::chooseImportFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import evidence"), settings.value(importFolderKey, QDir::homePath()).toString(),
        tr("Evidence files (*.json *.csv *.rm5);;Evidence Browser JSON (*.json);;CSV sheets of "
           "trials (*.csv);;RevMan 5 reviews (*.rm5)"));
    if (path.isEmpty())
        return;
    settings.setValue(importFolderKey, QFileInfo(path).absolutePath());
    importFile(path);
}

bool MainWindow::importFile(const QString &path)
{
    ImportDialog dialog(path, m_databasePath, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    statusBar()->showMessage(
        tr("Imported %1: %2").arg(QFileInfo(path).fileName(), dialog.report().countsText()));
    Q_EMIT evidenceChanged();
    return true;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_view.dataset(), this);
    dialog.exec();
}

void MainWindow::restoreWindowState(const QString &initialConditionId)
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize((screen()->availableGeometry().size() * 0.9).boundedTo(QSize(1400, 1000)));
    restoreState(settings.value(stateKey).toByteArray());
    m_studyView->horizontalHeader()->restoreState(settings.value(columnsKey).toByteArray());
    if (!m_filterSplitter->restoreState(settings.value(filterSplitterKey).toByteArray()))
        m_filterSplitter->setSizes({230, 970});
    if (!m_detailSplitter->restoreState(settings.value(detailSplitterKey).toByteArray()))
        m_detailSplitter->setSizes({150, 450}); // five studies, more a scroll away; the page
    m_tabs->setCurrentIndex(SummaryTab);        // what the evidence says comes first, every time
    m_showQuotes->setChecked(settings.value(quotesKey, false).toBool());
    const QString method = settings.value(methodKey, QStringLiteral("REML")).toString();
    for (QAction *action : m_poolingMethods->actions())
        action->setChecked(action->data().toString() == method);
    if (!m_poolingMethods->checkedAction())
        m_poolingMethods->actions().constLast()->setChecked(true);
    m_hartungKnapp->setChecked(settings.value(hksjKey, false).toBool());
    updatePoolingActions();
    if (initialConditionId.isEmpty())
        m_filterPanel->restoreState(settings.value(filtersKey).toMap());
    else
        m_filterPanel->showOnlyCondition(initialConditionId);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(columnsKey, m_studyView->horizontalHeader()->saveState());
    settings.setValue(filterSplitterKey, m_filterSplitter->saveState());
    settings.setValue(detailSplitterKey, m_detailSplitter->saveState());
    settings.setValue(filtersKey, m_filterPanel->state());
    settings.setValue(quotesKey, m_showQuotes->isChecked());
    settings.setValue(methodKey, m_poolingMethods->checkedAction()->data());
    settings.setValue(hksjKey, m_hartungKnapp->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace eb
