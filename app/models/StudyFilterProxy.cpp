// SPDX-License-Identifier: MIT
#include "models/StudyFilterProxy.h"

#include "models/StudyListModel.h"
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
    m_list = qobject_cast<StudyListModel *>(sourceModel);
    Q_ASSERT_X(m_studies || m_list || !sourceModel, "StudyFilterProxy",
               "filters a StudyTableModel or a StudyListModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (m_list)
        connect(m_list, &StudyListModel::selectionApplied, this, [this] {
            m_selection = m_list->selection();
            Q_EMIT selectionChanged();
        });
}

qsizetype StudyFilterProxy::studyCount() const
{
    if (m_list)
        return m_list->studyCount();
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

void StudyFilterProxy::setSelection(const StudySelection &selection)
{
    if (m_list) {
        m_list->setSelection(selection);
        return;
    }
    if (selection == m_selection)
        return;
    m_selection = selection;
    invalidateRowsFilter();
    Q_EMIT selectionChanged();
}

bool StudyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_list)
        return !sourceParent.isValid();
    if (sourceParent.isValid() || !m_studies)
        return false;
    return m_studies->view().matches(sourceRow, m_selection);
}

} // namespace eb
