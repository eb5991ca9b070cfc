// SPDX-License-Identifier: MIT
#include "data/SqlScript.h"

#include "data/DatabaseError.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

namespace eb {
namespace {

sqlite3 *nativeHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw DatabaseError(QStringLiteral("internal error: the connection is not SQLite"));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Skips the white space and "--" comments that SQLite passes over before a statement.
const char *statementBegin(const char *position)
{
    for (;;) {
        while (*position == ' ' || *position == '\n' || *position == '\r' || *position == '\t')
            ++position;
        if (position[0] != '-' || position[1] != '-')
            return position;
        while (*position != '\0' && *position != '\n')
            ++position;
    }
}

int lineOf(const QByteArray &script, const char *position)
{
    return 1 + int(std::count(script.constData(), statementBegin(position), '\n'));
}

} // namespace

SqlScript::SqlScript(QString name, QString sql)
    : m_name(std::move(name))
    , m_sql(std::move(sql))
{}

SqlScript SqlScript::fromResource(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(
            QStringLiteral("internal error: %1 is missing from the program").arg(resourcePath));
    return SqlScript(QFileInfo(resourcePath).fileName(), QString::fromUtf8(file.readAll()));
}

void SqlScript::execute(const QSqlDatabase &connection) const
{
    sqlite3 *db = nativeHandle(connection);
    const QByteArray script = m_sql.toUtf8();
    const char *tail = script.constData();
    while (*tail != '\0') {
        const char *statementStart = tail;
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(db, statementStart, -1, &statement, &tail);
        if (rc == SQLITE_OK && statement) {
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            }
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        if (rc != SQLITE_OK)
            throw DatabaseError(QStringLiteral("%1, line %2: %3")
                                    .arg(m_name)
                                    .arg(lineOf(script, statementStart))
                                    .arg(error));
        if (!statement && tail == statementStart) // nothing but white space was left
            break;
    }
}

} // namespace eb
