// SPDX-License-Identifier: MIT
#pragma once

#include "core/StudySelection.h"

#include <QSortFilterProxyModel>

namespace eb {

class StudyTableModel;

// The study table as a StudySelection keeps it (StudySelection::matches is the rule), sorted
// by the table's sort key. A new selection filters once and announces itself once; setting
// the same selection again does nothing.
class StudyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StudyFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override; // a StudyTableModel
    void setSelection(const StudySelection &selection);
    const StudySelection &selection() const { return m_selection; }
    bool isFiltering() const { return m_selection.filtersStudies(); }

Q_SIGNALS:
    void selectionChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const StudyTableModel *m_studies = nullptr;
    StudySelection m_selection;
};

} // namespace eb
