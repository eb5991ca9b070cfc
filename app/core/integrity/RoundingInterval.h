// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportedNumber.h"

#include <QString>

namespace eb::integrity {

// The true values a printed number may stand for: "1.10" is any value in [1.095, 1.105].
// Closed at both ends, so a value exactly at a rounding boundary counts as consistent.
struct RoundingInterval
{
    double low = 0.0;
    double high = 0.0;
};

// Decimal places of a printed number, as ReportedNumber::printedDecimals() counts them, with
// an exponent taken into account ("2.3e-5" has 6). An empty printed form is read from the
// value's shortest decimal representation.
int decimalsOf(const QString &printed, double value);

// Half a unit of the last printed decimal: 0.005 for "1.10", 0.5 for "69".
double halfUnit(const QString &printed, double value);

RoundingInterval roundingInterval(const ReportedNumber &number);
RoundingInterval roundingInterval(double value, const QString &printed);

// Comparisons with a slack of 1e-9 (relative, at least absolute), so that binary floating
// point never turns a value exactly at a rounding boundary into a finding.
bool definitelyBelow(double a, double b); // a < b, beyond the slack
bool intervalsMeet(const RoundingInterval &a, const RoundingInterval &b);

} // namespace eb::integrity
