// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace eb {

// One open SQLite evidence database: foreign keys on, schema migrated to the latest
// version, bundled dataset installed or upgraded. Pass it to whoever needs it; there is
// no global connection.
class Database
{
public:
    // Opens (creating if absent) and prepares the file. Throws DatabaseError with a message
    // for the user. A file that is not SQLite, or whose schema is newer than this program
    // knows, is refused before anything is written to it.
    static Database open(const QString &path);

    // Opens without migrating or seeding, for tests and tools that prepare a file by hand.
    static Database openUnprepared(const QString &path);

    // The default file, in the user's application data folder.
    static QString defaultPath();

    Database(Database &&other) noexcept;
    Database &operator=(Database &&) = delete;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }

private:
    Database(QString path, QString connectionName);

    static void refuseUnreadableOrNewer(const QString &path);

    QString m_path;
    QString m_connectionName;
};

} // namespace eb
