// SPDX-License-Identifier: MIT
#include "models/StudyListModel.h"

#include "data/EvidenceRepository.h"
#include "data/StudyQuery.h"
#include "models/StudySearch.h"
#include "models/StudyTableModel.h"

namespace eb {
namespace {

// Enough for a tall window's rows and the pages above and below.
constexpr qsizetype pagesKept = 16;

} // namespace

StudyListModel::StudyListModel(const Dataset &header, const QString &databasePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_header(header)
    , m_database(Database::open(databasePath, Database::Access::ReadOnly))
    , m_search(new StudySearch(databasePath, this))
    , m_studyCount(StudyQuery(m_database.connection()).studyCount())
{
    connect(m_search, &StudySearch::found, this, &StudyListModel::apply);
    connect(m_search, &StudySearch::damaged, this, &StudyListModel::damaged);
    m_search->search(++m_generation, m_requested);
}

StudyListModel::~StudyListModel() = default;

void StudyListModel::setSelection(const StudySelection &selection)
{
    if (selection == m_requested)
        return;
    m_requested = selection;
    m_search->search(++m_generation, selection);
}

void StudyListModel::apply(quint64 generation, const StudySelection &selection,
                           const QStringList &studyIds)
{
    if (generation != m_generation)
        return; // the answer to a selection since replaced
    beginResetModel();
    m_answered = true;
    m_selection = selection;
    m_studyIds = studyIds;
    m_pages.clear();
    m_pageUse.clear();
    m_indexInPage.clear();
    m_shown.reset();
    endResetModel();
    Q_EMIT selectionApplied();
}

DatasetView StudyListModel::read(const QStringList &studyIds) const
{
    return DatasetView(
        EvidenceRepository(m_database.connection()).loadStudiesWithIds(m_header, studyIds));
}

const DatasetView &StudyListModel::page(int pageIndex) const
{
    if (const auto found = m_pages.constFind(pageIndex); found != m_pages.constEnd()) {
        m_pageUse.removeOne(pageIndex);
        m_pageUse.append(pageIndex);
        return *found;
    }
    if (m_pageUse.size() >= pagesKept) {
        const int evicted = m_pageUse.takeFirst();
        for (const QString &id : m_studyIds.mid(qsizetype(evicted) * pageSize, pageSize))
            m_indexInPage.remove(id);
        m_pages.remove(evicted);
    }
    const DatasetView view = read(m_studyIds.mid(qsizetype(pageIndex) * pageSize, pageSize));
    for (qsizetype i = 0; i < view.studies().size(); ++i)
        m_indexInPage.insert(view.studies().at(i).id, i);
    m_pageUse.append(pageIndex);
    return *m_pages.insert(pageIndex, view);
}

const DatasetView &StudyListModel::viewOfRow(int row) const
{
    return page(row / pageSize);
}

const Study &StudyListModel::study(int row) const
{
    const DatasetView &view = viewOfRow(row);
    const auto found = m_indexInPage.constFind(m_studyIds.at(row));
    // A study deleted since the search answered (another program changed the file) shows
    // as an empty row rather than as another study.
    static const Study deleted;
    return found == m_indexInPage.constEnd() ? deleted : view.studies().at(*found);
}

ShownStudies StudyListModel::shownStudies() const
{
    if (!m_answered)
        return ShownStudies{std::nullopt, tr("Reading the studies…")};
    if (!m_shown) {
        if (m_studyIds.size() > maxShownStudies)
            m_shown = ShownStudies{
                std::nullopt,
                tr("The filters show %L1 studies; this page is built for at most %L2 at a "
                   "time. Narrow the filters (condition, design, treatment or text), or use "
                   "the command line for all of them (evidence-browser summary, export-forest).")
                    .arg(m_studyIds.size())
                    .arg(maxShownStudies)};
        else
            m_shown = ShownStudies{read(m_studyIds), QString()};
    }
    return *m_shown;
}

int StudyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_studyIds.size());
}

int StudyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : StudyTableModel::ColumnCount;
}

QVariant StudyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role == StudyTableModel::StudyIdRole)
        return m_studyIds.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole &&
        role != StudyTableModel::SortRole && role != StudyTableModel::FindingCountRole)
        return QVariant(); // the view asks for fonts and colours: no page read for those
    return StudyTableModel::studyData(study(index.row()), viewOfRow(index.row()), index.column(),
                                      role);
}

QVariant StudyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        if (QVariant header = StudyTableModel::columnHeader(section, role); header.isValid())
            return header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace eb
