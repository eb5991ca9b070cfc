// SPDX-License-Identifier: MIT
#include "core/Disclaimer.h"

#include <QFile>

namespace eb {
namespace {

QStringList disclaimerLines()
{
    QFile file(QStringLiteral(":/resources/disclaimer.txt"));
    // The file is compiled into the program; failing to open it is a build error.
    Q_ASSERT(file.exists());
    file.open(QIODevice::ReadOnly | QIODevice::Text);
    return QString::fromUtf8(file.readAll()).trimmed().split(u'\n');
}

} // namespace

QString Disclaimer::headline()
{
    static const QString line = disclaimerLines().value(0);
    return line;
}

QString Disclaimer::text()
{
    static const QString line = disclaimerLines().value(1);
    return line;
}

} // namespace eb
