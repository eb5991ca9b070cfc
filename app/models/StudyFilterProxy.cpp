// SPDX-License-Identifier: MIT
#include "models/StudyFilterProxy.h"

#include "models/StudyListModel.h"
#include "models/StudyTableModel.h"
#include "models/StudyTextSearch.h"

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

void StudyFilterProxy::setTextSearch(StudyTextSearch *search)
{
    m_textSearch = search;
    connect(search, &StudyTextSearch::found, this,
            [this](quint64 generation, const QString &text, const QSet<QString> &studyIds) {
                applyTextMatches(generation, text, studyIds);
            });
}

void StudyFilterProxy::setSelection(const StudySelection &selection)
{
    if (m_list) {
        m_list->setSelection(selection);
        return;
    }
    const QString text = selection.text.trimmed();
    if (m_textSearch && !text.isEmpty() && text != m_matchedText) {
        m_pending = selection;
        m_textSearch->search(++m_generation, text);
        return;
    }
    ++m_generation; // an answer still on its way is out of date
    apply(selection);
}

void StudyFilterProxy::applyTextMatches(quint64 generation, const QString &text,
                                        const QSet<QString> &studyIds)
{
    if (generation != m_generation)
        return;
    m_matchedText = text;
    m_textMatches = studyIds;
    apply(m_pending);
}

void StudyFilterProxy::apply(const StudySelection &selection)
{
    if (selection == m_selection)
        return;
    if (m_textSearch) {
        // In a large list a new filter removes rows in thousands of ranges, and the view
        // handles each range on its own: one reset costs one pass.
        beginResetModel();
        m_selection = selection;
        m_withoutText = selection;
        m_withoutText.text.clear();
        endResetModel();
    } else {
        m_selection = selection;
        m_withoutText = selection;
        m_withoutText.text.clear();
        invalidateRowsFilter();
    }
    Q_EMIT selectionChanged();
}

bool StudyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_list)
        return !sourceParent.isValid();
    if (sourceParent.isValid() || !m_studies)
        return false;
    if (m_textSearch && !m_matchedText.isEmpty() && m_selection.text.trimmed() == m_matchedText)
        return m_textMatches.contains(m_studies->study(sourceRow).id) &&
               m_studies->view().matches(sourceRow, m_withoutText);
    return m_studies->view().matches(sourceRow, m_selection);
}

} // namespace eb
