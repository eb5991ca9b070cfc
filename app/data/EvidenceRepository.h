// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

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

    // Everything, or only the studies of one condition (an id from findConditionId) with
    // the sources they cite; therapy-wide facts belong to no condition and come only
    // unfiltered.
    Dataset load(const QString &conditionId = QString()) const;

private:
    QSqlDatabase m_connection;
};

} // namespace eb
