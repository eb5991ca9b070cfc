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
    enum class Access
    {
        ReadWrite,
        ReadOnly, // the commands and the window: they only read
    };

    // Opens (creating if absent) and prepares the file. Throws DatabaseError with a message
    // for the user that names the file. A file that is not SQLite, whose schema is newer
    // than this program knows, or that is damaged, is refused before anything is written to
    // it. With Access::ReadOnly a file whose schema and dataset are current is opened
    // read-only, so a reading command never writes; an absent or older file is still
    // created or upgraded first. Two processes may create the same file at once.
    static Database open(const QString &path, Access access = Access::ReadWrite);

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

    static Database openConnected(const QString &path, bool readOnly);
    // Whether the file's schema and bundled dataset are current (nothing to prepare).
    static bool refuseUnreadableOrNewer(const QString &path);

    QString m_path;
    QString m_connectionName;
};

} // namespace eb
