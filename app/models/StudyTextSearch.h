// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>

namespace eb {

// Looks text up in a database's full-text index (EvidenceRepository::studiesContaining) on
// a thread of its own, with its own read-only connection, so that the GUI thread never waits
// for a query. Each search carries a generation number: the answer comes back with it, and
// the asker keeps only the answer to its latest question.
class StudyTextSearch : public QObject
{
    Q_OBJECT

public:
    explicit StudyTextSearch(const QString &databasePath, QObject *parent = nullptr);
    ~StudyTextSearch() override;

    void search(quint64 generation, const QString &text);

Q_SIGNALS:
    // Delivered in the asker's thread. An unreadable database answers with no study.
    void found(quint64 generation, const QString &text, const QSet<QString> &studyIds);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
};

} // namespace eb
