// SPDX-License-Identifier: MIT
#include "core/ReportedNumber.h"

namespace eb {

int ReportedNumber::printedDecimals() const
{
    const qsizetype point = printed.indexOf(u'.');
    if (point < 0)
        return 0;
    qsizetype digits = 0;
    for (qsizetype i = point + 1; i < printed.size() && printed.at(i).isDigit(); ++i)
        ++digits;
    return int(digits);
}

QString notReported()
{
    return QStringLiteral("not reported");
}

QString printedOrNotReported(const OptionalNumber &number)
{
    return number ? number->printed : notReported();
}

} // namespace eb
