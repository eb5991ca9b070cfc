// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace eb {

// A number as a source reports it: its value and its printed digits ("1.10" has two
// decimals although the value is 1.1). A missing number is std::nullopt: "not reported".
struct ReportedNumber
{
    double value = 0.0;
    QString printed;

    // Decimal places in the printed form, which rounding-aware checks need.
    int printedDecimals() const;
};

using OptionalNumber = std::optional<ReportedNumber>;

// A p-value is a relation and a value: "<0.001" is relation "<" and value 0.001.
struct ReportedPValue
{
    QString relation;
    double value = 0.0;
    QString printed;
};

// How a missing value reads everywhere in the program.
QString notReported();
QString printedOrNotReported(const OptionalNumber &number);

} // namespace eb
