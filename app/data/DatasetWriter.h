// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace eb {

// Inserts a Dataset's rows as the user's (origin 'user'), inside the caller's transaction:
// sources and quotes, conditions, endpoints, interventions, time points, studies with their
// arms, outcomes, effects, caveats, classifications and provenance, therapy facts, and the
// user's notes on studies.
// Rows whose id is in `alreadyStored` (shared vocabulary the database holds identically)
// are not inserted again. Throws DatabaseError naming the row a constraint refused.
class DatasetWriter
{
public:
    // Told (studies written, studies in all) before the first study and after each; returns
    // false to stop writing.
    using Progress = std::function<bool(int written, int total)>;

    explicit DatasetWriter(QSqlDatabase connection);

    // False if `progress` stopped it: what was written is for the caller to roll back.
    bool insert(const Dataset &dataset, const QSet<QString> &alreadyStored,
                const Progress &progress = {});

private:
    class Statements;

    QSqlDatabase m_connection;
};

} // namespace eb
