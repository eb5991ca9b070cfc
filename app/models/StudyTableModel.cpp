// SPDX-License-Identifier: MIT
#include "models/StudyTableModel.h"

#include "core/StudyClassification.h"
#include "core/format/EvidenceText.h"

#include <limits>

namespace eb {
namespace {

QString followUpText(const Study &study)
{
    if (!study.followUp)
        return notReported();
    // The printed form carries its unit, as the source wrote it ("60 months").
    return study.followUpStatistic == u"median"
               ? QStringLiteral("median ") + study.followUp->printed
               : study.followUp->printed;
}

// Follow-up in weeks, only to put rows in order (a month counted as 52/12 weeks).
std::optional<double> followUpWeeks(const Study &study)
{
    if (!study.followUp)
        return std::nullopt;
    return study.followUpUnit == u"month" ? study.followUp->value * 52 / 12 : study.followUp->value;
}

QString conditionsText(const Study &study, const DatasetView &view)
{
    QStringList labels;
    for (const QString &id : study.conditionIds) {
        const Condition *condition = view.dataset().findCondition(id);
        labels.append(condition ? condition->label : id);
    }
    return labels.join(QStringLiteral(", "));
}

// "Tα1 + ETV vs ETV": the treatment arms against the comparators, as the study set them.
QString comparisonText(const Study &study)
{
    QStringList treated;
    QStringList comparators;
    for (const Arm &arm : study.arms)
        (arm.role == u"comparator" || arm.role == u"historical_control" ? comparators : treated)
            .append(arm.label);
    if (comparators.isEmpty())
        return treated.join(QStringLiteral(" / "));
    return treated.join(QStringLiteral(" / ")) + QStringLiteral(" vs ") +
           comparators.join(QStringLiteral(" / "));
}

QString displayText(const Study &study, const DatasetView &view, int column)
{
    switch (column) {
    case StudyTableModel::Name:
        return format::studyName(study);
    case StudyTableModel::Design:
        return study.design.isEmpty() ? notReported() : study.design;
    case StudyTableModel::Conditions:
        return conditionsText(study, view);
    case StudyTableModel::Comparison:
        return comparisonText(study);
    case StudyTableModel::Size:
        return printedOrNotReported(study.size);
    case StudyTableModel::FollowUp:
        return followUpText(study);
    case StudyTableModel::KeyResult:
        return keyResult(study, view.dataset());
    case StudyTableModel::Evidence: {
        const EvidenceLevel level = evidenceLevel(study);
        return level.grade + QStringLiteral(" · ") + level.description;
    }
    default:
        return QString();
    }
}

QVariant sortKey(const Study &study, const DatasetView &view, int column)
{
    // Unknown numbers sort after every known one in ascending order.
    constexpr double unknown = std::numeric_limits<double>::max();
    switch (column) {
    case StudyTableModel::Size:
        return study.size ? study.size->value : unknown;
    case StudyTableModel::FollowUp:
        return followUpWeeks(study).value_or(unknown);
    default:
        return displayText(study, view, column).toLower();
    }
}

// Every integrity finding on the study's numbers: "value: explanation".
QString nameToolTip(const Study &study, const DatasetView &view)
{
    QStringList findings;
    for (const IntegrityFinding &finding : view.findingsOfStudy(study.id))
        findings.append(finding.value + QStringLiteral(": ") + finding.explanation);
    if (findings.isEmpty())
        return study.name;
    return study.name + QStringLiteral("\n\nIntegrity checks:\n• ") +
           findings.join(QStringLiteral("\n• "));
}

} // namespace

StudyTableModel::StudyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StudyTableModel::setView(const DatasetView &view)
{
    beginResetModel();
    m_view = view;
    endResetModel();
}

int StudyTableModel::rowOfStudy(const QString &studyId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (study(row).id == studyId)
            return row;
    return -1;
}

int StudyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.studies().size());
}

int StudyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    return studyData(study(index.row()), m_view, index.column(), role);
}

QVariant StudyTableModel::studyData(const Study &s, const DatasetView &view, int column, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == Name && view.findingCountOfStudy(s.id) > 0)
            return QString(QStringLiteral("⚠ ") + displayText(s, view, column));
        return displayText(s, view, column);
    case Qt::ToolTipRole:
        if (column == Name)
            return nameToolTip(s, view);
        return displayText(s, view, column);
    case Qt::TextAlignmentRole:
        return column == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return sortKey(s, view, column);
    case StudyIdRole:
        return s.id;
    case FindingCountRole:
        return int(view.findingCountOfStudy(s.id));
    default:
        return QVariant();
    }
}

QVariant StudyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        if (QVariant header = columnHeader(section, role); header.isValid())
            return header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant StudyTableModel::columnHeader(int section, int role)
{
    if (role == Qt::ToolTipRole && section == Evidence)
        return tr("Evidence level: Evidence Browser's classification of the design (A "
                  "meta-analysis of randomised trials, B randomised trial, C observational "
                  "study, D summary statement or design not stated), not the source's rating");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Study");
    case Design:
        return tr("Design");
    case Conditions:
        return tr("Condition");
    case Comparison:
        return tr("Comparison");
    case Size:
        return tr("n");
    case FollowUp:
        return tr("Follow-up");
    case KeyResult:
        return tr("Key result");
    case Evidence:
        return tr("Level"); // the tooltip says what it is; the column is narrow
    default:
        return QVariant();
    }
}

} // namespace eb
