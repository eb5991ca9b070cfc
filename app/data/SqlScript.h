// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace eb {

// Runs a file of SQL statements on an open SQLite connection. QSqlQuery runs one statement
// at a time, so this steps through the script with sqlite3_prepare_v2 and reports a failing
// statement by script name and line.
class SqlScript
{
public:
    SqlScript(QString name, QString sql);

    static SqlScript fromResource(const QString &resourcePath);

    const QString &name() const { return m_name; }

    // Throws DatabaseError naming the script and line of the failing statement.
    void execute(const QSqlDatabase &connection) const;

private:
    QString m_name;
    QString m_sql;
};

} // namespace eb
