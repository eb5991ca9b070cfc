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
    const Study &s = study(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name && m_view.findingCountOfStudy(s.id) > 0)
            return QString(QStringLiteral("⚠ ") + displayText(s, index.column()));
        return displayText(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return nameToolTip(s);
        return displayText(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return sortKey(s, index.column());
    case StudyIdRole:
        return s.id;
    case FindingCountRole:
        return int(m_view.findingCountOfStudy(s.id));
    default:
        return QVariant();
    }
}

QVariant StudyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Evidence)
        return tr("Evidence level: Evidence Browser's classification of the design (A "
                  "meta-analysis of randomised trials, B randomised trial, C observational "
                  "study, D summary statement or design not stated), not the source's rating");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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

QString StudyTableModel::displayText(const Study &study, int column) const
{
    switch (column) {
    case Name:
        return format::studyName(study);
    case Design:
        return study.design.isEmpty() ? notReported() : study.design;
    case Conditions:
        return conditionsText(study);
    case Comparison:
        return comparisonText(study);
    case Size:
        return printedOrNotReported(study.size);
    case FollowUp:
        return followUpText(study);
    case KeyResult:
        return keyResult(study, m_view.dataset());
    case Evidence: {
        const EvidenceLevel level = evidenceLevel(study);
        return level.grade + QStringLiteral(" · ") + level.description;
    }
    default:
        return QString();
    }
}

QVariant StudyTableModel::sortKey(const Study &study, int column) const
{
    // Unknown numbers sort after every known one in ascending order.
    constexpr double unknown = std::numeric_limits<double>::max();
    switch (column) {
    case Size:
        return study.size ? study.size->value : unknown;
    case FollowUp:
        return followUpWeeks(study).value_or(unknown);
    default:
        return displayText(study, column).toLower();
    }
}

// Every integrity finding on the study's numbers: "value: explanation".
QString StudyTableModel::nameToolTip(const Study &study) const
{
    QStringList findings;
    for (const IntegrityFinding &finding : m_view.findingsOfStudy(study.id))
        findings.append(finding.value + QStringLiteral(": ") + finding.explanation);
    if (findings.isEmpty())
        return study.name;
    return study.name + QStringLiteral("\n\nIntegrity checks:\n• ") +
           findings.join(QStringLiteral("\n• "));
}

QString StudyTableModel::conditionsText(const Study &study) const
{
    QStringList labels;
    for (const QString &id : study.conditionIds) {
        const Condition *condition = m_view.dataset().findCondition(id);
        labels.append(condition ? condition->label : id);
    }
    return labels.join(QStringLiteral(", "));
}

// "Tα1 + ETV vs ETV": the treatment arms against the comparators, as the study set them.
QString StudyTableModel::comparisonText(const Study &study) const
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

} // namespace eb
