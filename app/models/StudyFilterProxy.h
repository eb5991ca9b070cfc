// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace eb {

// Filters the study table by condition, design, treatment and free text. Within one kind
// of criterion any checked value matches (HBV or HCC); across kinds all must match (HCC and
// observational); an empty set does not filter. Text matches names, endpoints, quotes and
// caveats, without regard to case.
class StudyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StudyFilterProxy(QObject *parent = nullptr);

    void setConditionIds(const QSet<QString> &ids);
    void setDesignIds(const QSet<QString> &ids);
    void setTreatmentIds(const QSet<QString> &ids);
    void setText(const QString &text);
    void reset();

    const QSet<QString> &conditionIds() const { return m_conditionIds; }
    const QSet<QString> &designIds() const { return m_designIds; }
    const QSet<QString> &treatmentIds() const { return m_treatmentIds; }
    const QString &text() const { return m_text; }
    bool isFiltering() const;

Q_SIGNALS:
    void criteriaChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void criteriaUpdated();

    QSet<QString> m_conditionIds;
    QSet<QString> m_designIds;
    QSet<QString> m_treatmentIds;
    QString m_text;
};

} // namespace eb
