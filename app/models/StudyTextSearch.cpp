// SPDX-License-Identifier: MIT
#include "models/StudyTextSearch.h"

#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "data/UserError.h"

#include <QMetaObject>

#include <optional>

namespace eb {
namespace {

// Runs in the search thread; the connection is opened there, on first use, and used only
// there (a Qt SQL connection belongs to the thread that opened it).
class TextSearchWorker : public QObject
{
public:
    TextSearchWorker(QString databasePath, StudyTextSearch *owner)
        : m_databasePath(std::move(databasePath))
        , m_owner(owner)
    {}

    void search(quint64 generation, const QString &text)
    {
        QSet<QString> studyIds;
        try {
            if (!m_database)
                m_database.emplace(Database::open(m_databasePath, Database::Access::ReadOnly));
            studyIds = EvidenceRepository(m_database->connection()).studiesContaining(text);
        } catch (const UserError &) {
            // The window opened this file a moment ago; if it cannot be read now, nothing
            // matches rather than everything.
        }
        // Queued to the owner's thread.
        Q_EMIT m_owner->found(generation, text, studyIds);
    }

private:
    QString m_databasePath;
    StudyTextSearch *m_owner;
    std::optional<Database> m_database;
};

} // namespace

StudyTextSearch::StudyTextSearch(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    auto *worker = new TextSearchWorker(databasePath, this);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start();
}

StudyTextSearch::~StudyTextSearch()
{
    m_thread.quit();
    m_thread.wait();
}

void StudyTextSearch::search(quint64 generation, const QString &text)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = static_cast<TextSearchWorker *>(m_worker), generation, text] {
            worker->search(generation, text);
        },
        Qt::QueuedConnection);
}

} // namespace eb
