// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <stdexcept>

namespace eb {

// A failure reported to the user as it is: the message names the file and, where it can,
// the line and column. Subclasses say whose it is, which the command line turns into its
// exit code (2 for the input, 1 for the system).
class UserError : public std::runtime_error
{
public:
    enum class Cause
    {
        Input,  // what the user gave: an option, a file's contents
        System, // the database, the file system
    };

    explicit UserError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}

    QString message() const { return m_message; }
    virtual Cause cause() const = 0;

private:
    QString m_message;
};

} // namespace eb
