// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>

namespace eb {

// Whether a database's tables hold what this program's schema says they hold, checked in
// SQL before anything is read, so that a command writing as it reads never stops half-way
// through its output on a damaged file. Throws DatabaseError, naming the file, table, row and
// column, for a column the schema has and the file lacks, or a numeric column holding text,
// a fraction where a count belongs, or an infinite number.
class SchemaConformance
{
public:
    static void refuseNonconforming(const QSqlDatabase &connection);
};

} // namespace eb
