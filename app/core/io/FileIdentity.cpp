// SPDX-License-Identifier: MIT
#include "core/io/FileIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace eb {

bool isSameFile(const QString &first, const QString &second)
{
    if (QDir::cleanPath(QFileInfo(first).absoluteFilePath()) ==
        QDir::cleanPath(QFileInfo(second).absoluteFilePath()))
        return true;
    struct stat firstStatus = {};
    struct stat secondStatus = {};
    return ::stat(QFile::encodeName(first).constData(), &firstStatus) == 0 &&
           ::stat(QFile::encodeName(second).constData(), &secondStatus) == 0 &&
           firstStatus.st_dev == secondStatus.st_dev && firstStatus.st_ino == secondStatus.st_ino;
}

} // namespace eb
