// SPDX-License-Identifier: MIT
#pragma once

// A file's SHA-256, or an empty array if it cannot be read: "byte-identical" checks compare
// these before and after.

#include <QCryptographicHash>
#include <QFile>

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
