// SPDX-License-Identifier: MIT
#pragma once

#include "core/StudySelection.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>

namespace eb {

// Finds the studies a selection keeps (StudyQuery) on a thread of its own, with its own
// read-only connection, so that the GUI thread never waits for a query; first it checks the
// whole database, as a full load does. Each search carries
// a generation number: the answer comes back with it, and the asker keeps only the answer to
// its latest question.
class StudySearch : public QObject
{
    Q_OBJECT

public:
    explicit StudySearch(const QString &databasePath, QObject *parent = nullptr);
    ~StudySearch() override;

    void search(quint64 generation, const StudySelection &selection);

Q_SIGNALS:
    // Delivered in the asker's thread, the ids in stored order. An unreadable database
    // answers with no study.
    void found(quint64 generation, const eb::StudySelection &selection,
               const QStringList &studyIds);
    // The database is damaged (EvidenceRepository::refuseDamage), found once, after the start.
    void damaged(const QString &message);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    std::unique_ptr<QThread> m_check;
};

} // namespace eb
