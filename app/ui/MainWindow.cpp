// SPDX-License-Identifier: MIT
#include "ui/MainWindow.h"

#include "core/ApplicationInfo.h"
#include "models/StudyTableModel.h"
#include "ui/AboutDialog.h"
#include "ui/DisclaimerBanner.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QScreen>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace eb {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString columnsKey = QStringLiteral("mainWindow/studyColumns");

} // namespace

MainWindow::MainWindow(const Dataset &dataset, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_dataset(dataset)
    , m_banner(new DisclaimerBanner(this))
    , m_studyModel(new StudyTableModel(this))
    , m_studyView(new QTableView(this))
{
    setWindowTitle(applicationDisplayName());
    setMinimumSize(640, 420);

    m_studyModel->setDataset(dataset);
    m_studyView->setModel(m_studyModel);
    m_studyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_studyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_studyView->setAlternatingRowColors(true);
    m_studyView->setWordWrap(false);
    m_studyView->verticalHeader()->hide();
    m_studyView->horizontalHeader()->setStretchLastSection(true);
    m_studyView->resizeColumnsToContents();
    // Long comparisons would push n and follow-up out of sight; their full text is the tooltip.
    for (int column = 0; column < m_studyModel->columnCount(); ++column)
        m_studyView->setColumnWidth(column, std::min(m_studyView->columnWidth(column), 300));
    m_studyView->setAccessibleName(tr("Studies"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_studyView, 1);
    setCentralWidget(central);

    createMenus();
    statusBar()->showMessage(
        tr("%n studies · dataset version %1 · %2", nullptr, int(dataset.studies.size()))
            .arg(dataset.datasetVersion, databasePath));
    restoreWindowState();
    if (m_studyModel->rowCount() > 0)
        m_studyView->selectRow(0);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Evidence Browser"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence::HelpContents);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_dataset, this);
    dialog.exec();
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(QSize(1100, 700).boundedTo(screen()->availableGeometry().size()));
    restoreState(settings.value(stateKey).toByteArray());
    m_studyView->horizontalHeader()->restoreState(settings.value(columnsKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(columnsKey, m_studyView->horizontalHeader()->saveState());
    event->accept();
}

} // namespace eb
