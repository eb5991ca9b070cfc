// SPDX-License-Identifier: MIT
#include "models/StudyFilterProxy.h"

#include "models/StudyTableModel.h"

namespace eb {

StudyFilterProxy::StudyFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StudyTableModel::SortRole);
}

void StudyFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_studies = qobject_cast<const StudyTableModel *>(sourceModel);
    Q_ASSERT_X(m_studies || !sourceModel, "StudyFilterProxy", "filters a StudyTableModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void StudyFilterProxy::setSelection(const StudySelection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    invalidateRowsFilter();
    Q_EMIT selectionChanged();
}

bool StudyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && m_studies &&
           m_studies->view().matches(sourceRow, m_selection);
}

} // namespace eb
