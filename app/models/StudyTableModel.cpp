// SPDX-License-Identifier: MIT
#include "models/StudyTableModel.h"

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

} // namespace

StudyTableModel::StudyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StudyTableModel::setDataset(const Dataset &dataset)
{
    beginResetModel();
    m_dataset = dataset;
    endResetModel();
}

int StudyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dataset.studies.size());
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
    case Qt::ToolTipRole:
        return displayText(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return QVariant();
    }
}

QVariant StudyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
    default:
        return QVariant();
    }
}

QString StudyTableModel::displayText(const Study &study, int column) const
{
    switch (column) {
    case Name:
        return study.name;
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
    default:
        return QString();
    }
}

QString StudyTableModel::conditionsText(const Study &study) const
{
    QStringList labels;
    for (const QString &id : study.conditionIds) {
        const Condition *condition = m_dataset.findCondition(id);
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
