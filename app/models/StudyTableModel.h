// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QAbstractTableModel>

namespace eb {

// One row per study, with the columns a reader scans first.
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
        ColumnCount
    };

    explicit StudyTableModel(QObject *parent = nullptr);

    void setDataset(const Dataset &dataset);
    const Study &study(int row) const { return m_dataset.studies.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Study &study, int column) const;
    QString conditionsText(const Study &study) const;
    QString comparisonText(const Study &study) const;

    Dataset m_dataset;
};

} // namespace eb
