// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <stdexcept>

namespace eb {

// A failure reported to the user as it is: the message names the file and, where it can,
// the line and column. Subclasses say which exit code it maps to.
class UserError : public std::runtime_error
{
public:
    explicit UserError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace eb
