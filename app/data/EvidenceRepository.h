// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "core/StudySelection.h"

#include <QSqlDatabase>

#include <optional>

namespace eb {

// Turns the rows of an evidence database into core types. Read-only.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(QSqlDatabase connection);

    // The condition id for what a user typed ("HBV" -> "hbv"), matched without regard to case.
    std::optional<QString> findConditionId(const QString &userText) const;
    QStringList conditionIds() const;

    // Everything, or only the studies of the selection's conditions and study (filtered in
    // SQL; its other criteria are for StudySelection::matches) with the sources they cite;
    // therapy-wide facts belong to no study and come only unfiltered.
    Dataset load(const StudySelection &selection = StudySelection()) const;

private:
    QSqlDatabase m_connection;
};

} // namespace eb
