// SPDX-License-Identifier: MIT
#include "data/StoredRows.h"

#include "data/DatabaseError.h"
#include "data/InputError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace eb {
namespace {

// Parents first: a row is written after the rows it refers to and deleted before them.
const QStringList writeOrder = {
    QStringLiteral("source"),
    QStringLiteral("quote"),
    QStringLiteral("study"),
    QStringLiteral("study_condition"),
    QStringLiteral("arm"),
    QStringLiteral("arm_intervention"),
    QStringLiteral("outcome"),
    QStringLiteral("effect"),
    QStringLiteral("provenance"),
    QStringLiteral("caveat"),
    QStringLiteral("classification"),
    QStringLiteral("annotation"),
};

QStringList primaryKeyOf(const QString &table)
{
    if (table == u"study_condition")
        return {QStringLiteral("study_id"), QStringLiteral("condition_id")};
    if (table == u"arm_intervention")
        return {QStringLiteral("arm_id"), QStringLiteral("intervention_id")};
    return {QStringLiteral("id")};
}

QString whereKey(const QString &table)
{
    QStringList terms;
    for (const QString &column : primaryKeyOf(table))
        terms.append(column + QStringLiteral(" = ?"));
    return terms.join(QStringLiteral(" AND "));
}

QVariantList keyValues(const StoredRow &row)
{
    QVariantList values;
    for (const QString &column : primaryKeyOf(row.table))
        values.append(row.value(column));
    return values;
}

StoredRows sortedForWriting(StoredRows rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const StoredRow &a, const StoredRow &b) {
        return StoredRowWriter::tableOrder(a.table) < StoredRowWriter::tableOrder(b.table);
    });
    return rows;
}

QString describe(const StoredRow &row)
{
    QStringList key;
    for (const QVariant &value : keyValues(row))
        key.append(value.toString());
    return QStringLiteral("%1 \"%2\"").arg(row.table, key.join(u'/'));
}

} // namespace

QVariant StoredRow::value(const QString &column) const
{
    const qsizetype index = columns.indexOf(column);
    return index < 0 ? QVariant() : values.value(index);
}

QString StoredRow::key() const
{
    QStringList parts{table};
    for (const QVariant &value : keyValues(*this))
        parts.append(value.toString());
    return parts.join(QChar(0x1f));
}

bool StoredRow::operator==(const StoredRow &other) const
{
    if (table != other.table || columns.size() != other.columns.size())
        return false;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant mine = values.value(i);
        const QVariant theirs = other.value(columns[i]);
        if (!other.columns.contains(columns[i]) || mine.isNull() != theirs.isNull() ||
            (!mine.isNull() && mine != theirs))
            return false;
    }
    return true;
}

StoredRowWriter::StoredRowWriter(QSqlDatabase connection)
    : m_connection(std::move(connection))
{}

int StoredRowWriter::tableOrder(const QString &table)
{
    return int(writeOrder.indexOf(table));
}

StoredRows StoredRowWriter::select(const QString &table, const QString &where,
                                   const QVariantList &bindings) const
{
    Q_ASSERT(writeOrder.contains(table));
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    // Table names are our own constants; values are bound. The rowid is part of the row: a
    // row put back by an undo keeps its place in the stored order the views list rows in.
    if (!query.prepare(QStringLiteral("SELECT rowid AS rowid, * FROM %1 WHERE %2 ORDER BY rowid")
                           .arg(table, where)))
        throw DatabaseError(query.lastError().text());
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(int(i), bindings[i]);
    if (!query.exec())
        throw DatabaseError(query.lastError().text());
    StoredRows rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        StoredRow row{table, {}, {}};
        for (int i = 0; i < record.count(); ++i) {
            row.columns.append(record.fieldName(i));
            row.values.append(record.value(i));
        }
        rows.append(row);
    }
    return rows;
}

StoredRows StoredRowWriter::selectSame(const StoredRows &rows) const
{
    StoredRows stored;
    for (const StoredRow &row : rows)
        stored += select(row.table, whereKey(row.table), keyValues(row));
    return stored;
}

StoredRows StoredRowWriter::replace(const StoredRows &from, const StoredRows &to) const
{
    QSqlDatabase connection = m_connection; // a handle: the same connection
    if (!connection.transaction())
        throw DatabaseError(connection.lastError().text());
    try {
        write(from, to);
        StoredRows written = selectSame(to);
        if (!connection.commit())
            throw DatabaseError(connection.lastError().text());
        return written;
    } catch (...) {
        connection.rollback();
        throw;
    }
}

void StoredRowWriter::write(const StoredRows &from, const StoredRows &to) const
{
    QHash<QString, StoredRow> expected;
    for (const StoredRow &row : from)
        expected.insert(row.key(), row);
    for (const StoredRow &row : from + to)
        if (row.value(QStringLiteral("origin")).toString() == u"bundled")
            throw InputError(QStringLiteral("%1 comes from the bundled source document and "
                                            "cannot be changed")
                                 .arg(describe(row)));
    // The rows concerned must be exactly as `from` has them: an undo after the database
    // changed some other way (an import replaced the study) would otherwise write over it.
    for (const StoredRow &row : from + to) {
        const StoredRows stored = selectSame({row});
        const auto wanted = expected.constFind(row.key());
        const bool same = wanted == expected.cend() ? stored.isEmpty()
                                                    : stored.size() == 1 && stored[0] == *wanted;
        if (!same)
            throw InputError(QStringLiteral("%1 has changed since this edit was made; it is "
                                            "left as it is")
                                 .arg(describe(row)));
    }

    QHash<QString, StoredRow> wanted;
    for (const StoredRow &row : to)
        wanted.insert(row.key(), row);
    StoredRows removed = sortedForWriting(from);
    std::reverse(removed.begin(), removed.end());
    for (const StoredRow &row : removed)
        if (!wanted.contains(row.key()))
            exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(row.table, whereKey(row.table)),
                 keyValues(row));
    for (const StoredRow &row : sortedForWriting(to)) {
        const auto old = expected.constFind(row.key());
        if (old == expected.cend()) {
            exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                     .arg(row.table, row.columns.join(u','),
                          QStringList(row.columns.size(), QStringLiteral("?")).join(u',')),
                 row.values);
        } else if (!(*old == row)) {
            QStringList assignments;
            for (const QString &column : row.columns)
                assignments.append(column + QStringLiteral(" = ?"));
            exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                     .arg(row.table, assignments.join(u','), whereKey(row.table)),
                 row.values + keyValues(row));
        }
    }
}

void StoredRowWriter::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(m_connection);
    if (!query.prepare(sql))
        throw DatabaseError(query.lastError().text());
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(int(i), bindings[i]);
    if (!query.exec())
        throw InputError(QStringLiteral("the database refused the change: %1")
                             .arg(query.lastError().databaseText()));
}

} // namespace eb
