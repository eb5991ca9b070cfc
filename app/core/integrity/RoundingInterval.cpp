// SPDX-License-Identifier: MIT
#include "core/integrity/RoundingInterval.h"

#include <algorithm>
#include <cmath>

namespace eb::integrity {

int decimalsOf(const QString &printed, double value)
{
    const QString text = printed.trimmed().isEmpty() ? QString::number(value, 'g', 15) : printed;
    int decimals = ReportedNumber{value, text}.printedDecimals();
    const qsizetype exponent = text.indexOf(u'e', 0, Qt::CaseInsensitive);
    if (exponent >= 0) {
        bool ok = false;
        const int power = text.mid(exponent + 1).toInt(&ok);
        if (ok)
            decimals -= power;
    }
    return decimals;
}

double halfUnit(const QString &printed, double value)
{
    return 0.5 * std::pow(10.0, -decimalsOf(printed, value));
}

RoundingInterval roundingInterval(double value, const QString &printed)
{
    const double half = halfUnit(printed, value);
    return {value - half, value + half};
}

RoundingInterval roundingInterval(const ReportedNumber &number)
{
    return roundingInterval(number.value, number.printed);
}

namespace {

double slack(double a, double b)
{
    const double scale = std::max({1.0, std::abs(a), std::abs(b)});
    return std::isfinite(scale) ? 1e-9 * scale : 0.0;
}

} // namespace

bool definitelyBelow(double a, double b)
{
    return a < b - slack(a, b);
}

bool intervalsMeet(const RoundingInterval &a, const RoundingInterval &b)
{
    return !definitelyBelow(a.high, b.low) && !definitelyBelow(b.high, a.low);
}

} // namespace eb::integrity
