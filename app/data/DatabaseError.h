// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <stdexcept>

namespace eb {

// A failure of the database or the file system, with a message written for the user
// (it names the file, and where it can, the line). The command line maps it to exit code 1.
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace eb
