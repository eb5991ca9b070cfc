// SPDX-License-Identifier: MIT
#include "core/io/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace eb {
namespace {

QString failure(const QString &path, const QString &reason)
{
    return QStringLiteral("cannot write %1: %2").arg(path, reason);
}

QString writeInPlace(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(path, file.errorString());
    if (file.write(contents) != contents.size())
        return failure(path, file.errorString());
    file.close();
    if (file.error() != QFileDevice::NoError)
        return failure(path, file.errorString());
    return QString();
}

QString writeThroughTemporaryFile(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    // A failed write makes commit() fail too, and QSaveFile then removes its temporary file.
    if (file.write(contents) != contents.size() || !file.commit())
        return failure(path, file.errorString());
    return QString();
}

} // namespace

QString AtomicFile::write(const QString &path, const QByteArray &contents)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile() && !target.isDir())
        return writeInPlace(path, contents);
    return writeThroughTemporaryFile(path, contents);
}

} // namespace eb
