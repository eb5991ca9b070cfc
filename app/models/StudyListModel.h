// SPDX-License-Identifier: MIT
#pragma once

#include "core/DatasetView.h"
#include "data/Database.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <optional>

namespace eb {

class StudySearch;

// The studies read for the summary and the figures, or why they were not read.
struct ShownStudies
{
    std::optional<DatasetView> view;
    QString whyNot;
};

// The study list of a database too large to hold in memory, with StudyTableModel's columns
// and roles. Which studies the selection keeps is asked of the database on a thread of its
// own (StudySearch), and only the answer to the latest selection is applied; a row's study
// is read, with the rest of its page, when the view first asks for it. A few pages are kept.
class StudyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // header: the database's loadHeader(), for the vocabulary. Starts the search for every
    // study at once.
    StudyListModel(const Dataset &header, const QString &databasePath, QObject *parent = nullptr);
    ~StudyListModel() override;

    // Asked now, applied when answered (selectionApplied); the same selection again does
    // nothing.
    void setSelection(const StudySelection &selection);
    // Every study in the database, filtered or not.
    qsizetype studyCount() const { return m_studyCount; }
    // The selection the rows show.
    const StudySelection &selection() const { return m_selection; }
    int rowOfStudy(const QString &studyId) const { return int(m_studyIds.indexOf(studyId)); }
    // A row's study and the view it was read into (its page: quotes, integrity findings).
    const Study &study(int row) const;
    const DatasetView &viewOfRow(int row) const;
    // The studies with these ids and the sources they cite, read now.
    DatasetView read(const QStringList &studyIds) const;
    // Every study the list shows, read once per selection; at most maxShownStudies.
    ShownStudies shownStudies() const;
    static constexpr qsizetype maxShownStudies = 2000;
    // From how many studies the window reads a database on demand.
    static constexpr qsizetype usedFrom = 5000;
    static constexpr int pageSize = 64;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void selectionApplied();
    // The database is damaged: its message for the user (the list stays empty).
    void damaged(const QString &message);

private:
    void apply(quint64 generation, const StudySelection &selection, const QStringList &studyIds);
    const DatasetView &page(int pageIndex) const;

    Dataset m_header;
    Database m_database;
    StudySearch *m_search = nullptr;
    qsizetype m_studyCount = 0;
    quint64 m_generation = 0;
    StudySelection m_requested;
    StudySelection m_selection;
    bool m_answered = false; // the search thread's first answer has arrived
    QStringList m_studyIds;
    mutable QHash<int, DatasetView> m_pages;
    mutable QList<int> m_pageUse;                    // least recently used first
    mutable QHash<QString, qsizetype> m_indexInPage; // study id -> index in its page's studies
    mutable std::optional<ShownStudies> m_shown;
};

} // namespace eb
