// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace eb {

// One row of a table, every column as SQLite stores it, its rowid included (or, for a row
// about to be written, the columns that are given).
struct StoredRow
{
    QString table;
    QStringList columns;
    QVariantList values;

    QVariant value(const QString &column) const;
    // The table and its primary key's values: which row this is, whatever it holds.
    QString key() const;
    bool operator==(const StoredRow &other) const;
};
using StoredRows = QList<StoredRow>;

// A change of the evidence: the rows it concerns as they were before and as they are after.
// Writing `after` over `before` does it; writing `before` over `after` undoes it exactly.
struct EvidenceChange
{
    QString text; // for the undo history: "Add study “Smith 2019”"
    StoredRows before;
    StoredRows after;
};

// Reads rows whole and writes one set of rows over another in one transaction. Only rows a
// user entered are ever written: a row of origin 'bundled' is refused.
class StoredRowWriter
{
public:
    explicit StoredRowWriter(QSqlDatabase connection);

    // The rows of `table` that `where` (SQL with ? placeholders) selects.
    StoredRows select(const QString &table, const QString &where,
                      const QVariantList &bindings) const;
    // The stored rows with the keys of `rows` (those that exist).
    StoredRows selectSame(const StoredRows &rows) const;

    // In one transaction: checks that the rows concerned are as `from` says (else throws
    // InputError: the database changed in between), deletes the rows of `from` that `to`
    // does not have, then inserts or updates the rows of `to`. Returns `to` as stored.
    // Throws and changes nothing on any refusal.
    StoredRows replace(const StoredRows &from, const StoredRows &to) const;

    // The row's table in the order parents come before the rows that refer to them.
    static int tableOrder(const QString &table);

private:
    void write(const StoredRows &from, const StoredRows &to) const;
    void exec(const QString &sql, const QVariantList &bindings) const;

    QSqlDatabase m_connection;
};

} // namespace eb
