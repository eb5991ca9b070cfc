// SPDX-License-Identifier: MIT
#pragma once

#include "core/StudySelection.h"

#include <QSortFilterProxyModel>

namespace eb {

class StudyListModel;
class StudyTableModel;

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
    const StudyTableModel *m_studies = nullptr;
    StudyListModel *m_list = nullptr;
    StudySelection m_selection;
};

} // namespace eb
