// SPDX-License-Identifier: MIT
#include "ui/WindowSession.h"

#include "core/ApplicationInfo.h"
#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "data/StudyQuery.h"
#include "data/UserError.h"
#include "models/StudyListModel.h"

#include <QApplication>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

namespace eb {

WindowSession::WindowSession(QString databasePath, const QString &initialConditionId)
    : m_databasePath(std::move(databasePath))
    , m_editing(new EvidenceEditing(m_databasePath, this))
    , m_window(load(initialConditionId))
{
    // Later: the window whose action made the change is replaced after it has returned.
    // Several changes at once (a jump in the undo history) show the window anew once.
    connect(m_editing, &EvidenceEditing::evidenceChanged, this, [this](const QString &studyId) {
        m_studyToShow = studyId;
        if (!std::exchange(m_showPending, true))
            QTimer::singleShot(0, this, [this] {
                m_showPending = false;
                showEdited(m_studyToShow);
            });
    });
    connect(m_editing, &EvidenceEditing::failed, this, [this](const QString &message) {
        QMessageBox::warning(m_window.get(), applicationDisplayName(), message);
    });
    m_window->show();
}

std::unique_ptr<MainWindow> WindowSession::load(const QString &conditionId) const
{
    const Database database = Database::open(m_databasePath, Database::Access::ReadOnly);
    const EvidenceRepository repository(database.connection());
    // A large database is read as the window shows it; a small one is held whole.
    const bool large = StudyQuery(database.connection()).studyCount() >= StudyListModel::usedFrom;
    auto window =
        large
            ? std::make_unique<MainWindow>(repository.loadHeaderUnchecked(), m_databasePath,
                                           conditionId, nullptr, MainWindow::StudyLoading::OnDemand)
            : std::make_unique<MainWindow>(repository.load(), m_databasePath, conditionId);
    // Queued: the window that asks is replaced after its own code has returned.
    connect(window.get(), &MainWindow::evidenceChanged, this, &WindowSession::reload,
            Qt::QueuedConnection);
    window->enableEditing(m_editing);
    return window;
}

void WindowSession::reload()
{
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->close(); // saves its size, filters and settings for the new one
    try {
        std::unique_ptr<MainWindow> next = load(QString());
        next->show();
        m_window = std::move(next);
    } catch (const UserError &error) {
        m_window->show();
        QMessageBox::critical(m_window.get(), applicationDisplayName(), error.message());
    }
    QApplication::setQuitOnLastWindowClosed(true);
}

void WindowSession::showEdited(const QString &studyId)
{
    const int tab = m_window->tabs()->currentIndex();
    reload();
    m_window->tabs()->setCurrentIndex(tab);
    if (!studyId.isEmpty())
        m_window->selectStudy(studyId);
}

} // namespace eb
