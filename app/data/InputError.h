// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <stdexcept>

namespace eb {

// Bad input in a file the user gave, with a message that names the place
// ("trials.csv:4: column 3 (total_t): 'abc' is not a number"). Exit code 2.
class InputError : public std::runtime_error
{
public:
    explicit InputError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace eb
