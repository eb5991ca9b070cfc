// SPDX-License-Identifier: MIT
#include "models/StudySearch.h"

#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "data/StudyQuery.h"
#include "data/UserError.h"

#include <QMetaObject>

#include <optional>

namespace eb {
namespace {

// Runs in the search thread; the connection is opened there, on first use, and used only
// there (a Qt SQL connection belongs to the thread that opened it).
class SearchWorker : public QObject
{
public:
    SearchWorker(QString databasePath, StudySearch *owner)
        : m_databasePath(std::move(databasePath))
        , m_owner(owner)
    {}

    void search(quint64 generation, const StudySelection &selection)
    {
        QStringList studyIds;
        try {
            if (!m_database)
                m_database.emplace(Database::open(m_databasePath, Database::Access::ReadOnly));
            studyIds = StudyQuery(m_database->connection()).studyIds(selection);
        } catch (const UserError &) {
            // The window opened this file a moment ago; if it cannot be read now, nothing
            // matches rather than everything.
        }
        // Queued to the owner's thread.
        Q_EMIT m_owner->found(generation, selection, studyIds);
    }

private:
    QString m_databasePath;
    StudySearch *m_owner;
    std::optional<Database> m_database;
};

} // namespace

StudySearch::StudySearch(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<StudySelection>();
    auto *worker = new SearchWorker(databasePath, this);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start();
    // The checks a full load makes before the window opens (seconds at 100,000 studies), on
    // a thread of their own so that the searches need not wait for them.
    m_check.reset(QThread::create([this, databasePath] {
        try {
            const Database database = Database::open(databasePath, Database::Access::ReadOnly);
            EvidenceRepository(database.connection()).refuseDamage();
        } catch (const UserError &error) {
            Q_EMIT damaged(error.message()); // queued to the owner's thread
        }
    }));
    // Started from the event loop, once the owner has connected to damaged(): a check
    // finished before that would be said to nobody. Low, not idle, priority: an idle thread
    // (SCHED_IDLE) may never run while other programs keep the cores busy.
    QMetaObject::invokeMethod(
        this, [this] { m_check->start(QThread::LowPriority); }, Qt::QueuedConnection);
}

StudySearch::~StudySearch()
{
    m_thread.quit();
    m_thread.wait();
    m_check->wait();
}

void StudySearch::search(quint64 generation, const StudySelection &selection)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = static_cast<SearchWorker *>(m_worker), generation, selection] {
            worker->search(generation, selection);
        },
        Qt::QueuedConnection);
}

} // namespace eb
