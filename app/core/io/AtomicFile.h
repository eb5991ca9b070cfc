// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace eb {

// Writes a whole file or nothing. A regular file is written through QSaveFile: a temporary
// file in the target's folder, renamed over the target only once every byte is written, so
// a full disk or a crash never leaves a truncated figure behind. A device or a pipe
// (/dev/stdout, /dev/full) cannot be replaced by a rename: it is written in place, and
// every write is checked.
class AtomicFile
{
public:
    // Returns a message for the user that names the file, or an empty string.
    static QString write(const QString &path, const QByteArray &contents);
};

} // namespace eb
