// SPDX-License-Identifier: MIT
#pragma once

#include "core/StudySelection.h"

#include <QSortFilterProxyModel>

namespace eb {

class StudyListModel;
class StudyTableModel;
class StudyTextSearch;

// The study table as a StudySelection keeps it (StudySelection::matches is the rule), sorted
// by the table's sort key. A new selection filters once and announces itself once; setting
// the same selection again does nothing.
class StudyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StudyFilterProxy(QObject *parent = nullptr);

    // A StudyTableModel, filtered here; or a StudyListModel (a large database), which the
    // database filters: the proxy passes the selection on and announces it when the list
    // shows it.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    // With a text search (a large database), a selection with new text is applied when the
    // search thread's answer to it arrives, and only if no later selection was set meanwhile;
    // until then the list shows the previous selection. Without one (the default), every
    // selection is applied at once, in memory.
    void setTextSearch(StudyTextSearch *search);
    // From how many studies the window looks text up in the background.
    static constexpr qsizetype backgroundSearchFrom = 5000;
    void setSelection(const StudySelection &selection);
    const StudySelection &selection() const { return m_selection; }
    bool isFiltering() const { return m_selection.filtersStudies(); }
    // How many studies there are, filtered or not.
    qsizetype studyCount() const;

Q_SIGNALS:
    void selectionChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void apply(const StudySelection &selection);
    void applyTextMatches(quint64 generation, const QString &text, const QSet<QString> &studyIds);

    const StudyTableModel *m_studies = nullptr;
    StudyListModel *m_list = nullptr;
    StudySelection m_selection;
    StudyTextSearch *m_textSearch = nullptr;
    quint64 m_generation = 0;     // of the latest selection set
    StudySelection m_pending;     // waiting for the answer about its text
    QString m_matchedText;        // the text m_textMatches answers
    QSet<QString> m_textMatches;  // the studies containing it
    StudySelection m_withoutText; // m_selection's other criteria
};

} // namespace eb
