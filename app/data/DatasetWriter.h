// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QSet>
#include <QSqlDatabase>

namespace eb {

// Inserts a Dataset's rows as the user's (origin 'user'), inside the caller's transaction:
// sources and quotes, conditions, endpoints, interventions, time points, studies with their
// arms, outcomes, effects, caveats, classifications and provenance, and therapy facts.
// Rows whose id is in `alreadyStored` (shared vocabulary the database holds identically)
// are not inserted again. Throws DatabaseError naming the row a constraint refused.
class DatasetWriter
{
public:
    explicit DatasetWriter(QSqlDatabase connection);

    void insert(const Dataset &dataset, const QSet<QString> &alreadyStored);

private:
    class Statements;

    QSqlDatabase m_connection;
};

} // namespace eb
