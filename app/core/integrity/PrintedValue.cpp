// SPDX-License-Identifier: MIT
#include "core/integrity/PrintedValue.h"

#include "core/format/EvidenceText.h"

namespace eb::integrity {

QString studyValue(const Study &study)
{
    return study.size ? QStringLiteral("n=") + format::number(*study.size)
                      : QStringLiteral("n not reported");
}

QString armValue(const Arm &arm)
{
    return arm.size ? arm.label + QStringLiteral(", n=") + format::number(*arm.size) : arm.label;
}

QString labelInSentence(const QString &label)
{
    qsizetype end = 0;
    while (end < label.size() && label.at(end) != u' ')
        ++end;
    const QString firstWord = label.left(end);
    if (firstWord.size() < 2 || !firstWord.front().isUpper())
        return label;
    for (qsizetype i = 1; i < firstWord.size(); ++i) {
        const QChar c = firstWord.at(i);
        const bool lowerAscii = c >= u'a' && c <= u'z';
        if (!lowerAscii && c != u'-')
            return label;
    }
    return firstWord.front().toLower() + label.mid(1);
}

} // namespace eb::integrity
