// SPDX-License-Identifier: MIT
#include "data/SchemaConformance.h"

#include "data/DatabaseError.h"
#include "data/SchemaMigrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <map>

namespace eb {
namespace {

struct Column
{
    QString name;
    bool numeric = false; // declared INTEGER or REAL
    bool integer = false;
};
using Schema = std::map<QString, QList<Column>>; // by table, in name order

QList<Column> columnsOf(const QSqlDatabase &connection, const QString &table)
{
    QList<Column> columns;
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT name, upper(type), pk FROM pragma_table_info(?)"));
    query.addBindValue(table);
    if (!query.exec())
        return columns;
    while (query.next()) {
        const QString type = query.value(1).toString();
        // An INTEGER PRIMARY KEY is the rowid: always an integer.
        const bool rowid = type == u"INTEGER" && query.value(2).toInt() == 1;
        columns.append({query.value(0).toString(),
                        !rowid && (type == u"INTEGER" || type == u"REAL"), type == u"INTEGER"});
    }
    return columns;
}

// The tables and columns the migrations compiled into this program create.
Schema expectedSchema()
{
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Schema schema;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (!memory.open())
            throw DatabaseError(QStringLiteral("internal error: no in-memory database: %1")
                                    .arg(memory.lastError().text()));
        SchemaMigrator().migrate(memory);
        QSqlQuery tables(memory);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (tables.next())
            schema[tables.value(0).toString()] = {};
        for (auto &[table, columns] : schema)
            columns = columnsOf(memory, table);
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    return schema;
}

[[noreturn]] void refuse(const QString &path, const QString &table, const QString &row,
                         const QString &column, const QString &value)
{
    throw DatabaseError(QStringLiteral("%1 is damaged: table %2, %3, column %4 holds '%5', "
                                       "which is not a number; it was not changed")
                            .arg(path, table, row, column, value));
}

void refuseNonNumbers(const QSqlDatabase &connection, const QString &table,
                      const QList<Column> &columns, bool hasId)
{
    QStringList wrong;
    QStringList selected{hasId ? QStringLiteral("id") : QStringLiteral("NULL")};
    for (const Column &column : columns) {
        if (!column.numeric)
            continue;
        // Names come from this program's own schema, never from the user.
        const QString c = u'"' + column.name + u'"';
        QString test = QStringLiteral("typeof(%1) NOT IN ('integer', 'real', 'null') OR "
                                      "abs(%1) > 1.7976931348623157e308")
                           .arg(c);
        if (column.integer)
            test += QStringLiteral(" OR (typeof(%1) = 'real' AND %1 <> round(%1))").arg(c);
        wrong.append(u'(' + test + u')');
        selected.append(QStringLiteral("CASE WHEN %1 THEN %2 END").arg(test, c));
    }
    if (wrong.isEmpty())
        return;
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM \"%2\" WHERE %3 LIMIT 1")
                        .arg(selected.join(u','), table, wrong.join(QStringLiteral(" OR ")))))
        throw DatabaseError(QStringLiteral("%1: cannot read table %2: %3")
                                .arg(connection.databaseName(), table, query.lastError().text()));
    if (!query.next())
        return;
    const QString row =
        hasId ? QStringLiteral("row '%1'").arg(query.value(0).toString()) : QStringLiteral("a row");
    qsizetype field = 1;
    for (const Column &column : columns) {
        if (!column.numeric)
            continue;
        if (!query.isNull(int(field)))
            refuse(connection.databaseName(), table, row, column.name,
                   query.value(int(field)).toString());
        ++field;
    }
}

} // namespace

void SchemaConformance::refuseNonconforming(const QSqlDatabase &connection)
{
    static const Schema expected = expectedSchema();
    const QString path = connection.databaseName();
    for (const auto &[table, columns] : expected) {
        const QList<Column> present = columnsOf(connection, table);
        if (present.isEmpty())
            continue; // a missing table is reported by the first read of it
        bool hasId = false;
        for (const Column &column : columns) {
            const bool found = std::any_of(present.cbegin(), present.cend(),
                                           [&](const Column &c) { return c.name == column.name; });
            if (!found)
                throw DatabaseError(QStringLiteral("%1 is damaged: table %2 has no column %3; it "
                                                   "was not changed")
                                        .arg(path, table, column.name));
            hasId = hasId || column.name == u"id";
        }
        refuseNonNumbers(connection, table, columns, hasId);
    }
}

} // namespace eb
