// SPDX-License-Identifier: MIT
#pragma once

#include "core/DatasetView.h"

#include <QAbstractTableModel>

namespace eb {

// One row per study, with the columns a reader scans first and the key the sorting needs.
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
        FindingCountRole, // int: integrity findings on this study's numbers
    };

    explicit StudyTableModel(QObject *parent = nullptr);

    void setView(const DatasetView &view);
    const DatasetView &view() const { return m_view; }
    const Study &study(int row) const { return m_view.studies().at(row); }
    int rowOfStudy(const QString &studyId) const;
    // A row's data for one study of `view` (the on-demand StudyListModel shows the same).
    static QVariant studyData(const Study &study, const DatasetView &view, int column, int role);
    // A column's heading and its tooltip; an invalid QVariant for other roles.
    static QVariant columnHeader(int section, int role);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    DatasetView m_view;
};

} // namespace eb
