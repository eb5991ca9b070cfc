// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QAbstractTableModel>
#include <QHash>

namespace eb {

// One row per study, with the columns a reader scans first, and the roles the filter and
// the sorting need.
class StudyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Design,
        Conditions,
        Comparison,
        Size,
        FollowUp,
        KeyResult,
        Evidence,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers sort as numbers, "not reported" last
        StudyIdRole,
        ConditionIdsRole,   // QStringList
        DesignCategoryRole, // QString, see designCategoryId()
        TreatmentIdsRole,   // QStringList, see treatmentCategoryIds()
        SearchTextRole,     // lower-case text of names, endpoints, quotes and caveats
        FindingCountRole,   // int: integrity findings on this study's numbers
    };

    explicit StudyTableModel(QObject *parent = nullptr);

    void setDataset(const Dataset &dataset);
    const Dataset &dataset() const { return m_dataset; }
    const Study &study(int row) const { return m_dataset.studies.at(row); }
    int rowOfStudy(const QString &studyId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Study &study, int column) const;
    QVariant sortKey(const Study &study, int column) const;
    QString conditionsText(const Study &study) const;
    QString comparisonText(const Study &study) const;
    QString searchText(const Study &study, const QuoteIndex &quotes) const;

    Dataset m_dataset;
    QStringList m_searchTexts;              // one per study, built once per dataset
    QHash<QString, QStringList> m_findings; // study id -> "value: explanation", from the audit
};

} // namespace eb
