// SPDX-License-Identifier: MIT
#include "models/StudyFilterProxy.h"

#include "models/StudyTableModel.h"

namespace eb {
namespace {

bool matchesAny(const QSet<QString> &wanted, const QStringList &values)
{
    if (wanted.isEmpty())
        return true;
    for (const QString &value : values)
        if (wanted.contains(value))
            return true;
    return false;
}

} // namespace

StudyFilterProxy::StudyFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StudyTableModel::SortRole);
}

void StudyFilterProxy::setConditionIds(const QSet<QString> &ids)
{
    m_conditionIds = ids;
    criteriaUpdated();
}

void StudyFilterProxy::setDesignIds(const QSet<QString> &ids)
{
    m_designIds = ids;
    criteriaUpdated();
}

void StudyFilterProxy::setTreatmentIds(const QSet<QString> &ids)
{
    m_treatmentIds = ids;
    criteriaUpdated();
}

void StudyFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed().toLower();
    criteriaUpdated();
}

void StudyFilterProxy::reset()
{
    m_conditionIds.clear();
    m_designIds.clear();
    m_treatmentIds.clear();
    m_text.clear();
    criteriaUpdated();
}

bool StudyFilterProxy::isFiltering() const
{
    return !m_conditionIds.isEmpty() || !m_designIds.isEmpty() || !m_treatmentIds.isEmpty() ||
           !m_text.isEmpty();
}

void StudyFilterProxy::criteriaUpdated()
{
    invalidateRowsFilter();
    Q_EMIT criteriaChanged();
}

bool StudyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return matchesAny(m_conditionIds,
                      index.data(StudyTableModel::ConditionIdsRole).toStringList()) &&
           matchesAny(m_designIds, {index.data(StudyTableModel::DesignCategoryRole).toString()}) &&
           matchesAny(m_treatmentIds,
                      index.data(StudyTableModel::TreatmentIdsRole).toStringList()) &&
           (m_text.isEmpty() ||
            index.data(StudyTableModel::SearchTextRole).toString().contains(m_text));
}

} // namespace eb
