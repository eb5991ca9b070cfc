// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace eb {

// The effect measures the program pools. Ratio measures are pooled on the log scale.
enum class Measure
{
    OddsRatio,
    RiskRatio,
    RiskDifference,
    HazardRatio
};

bool isRatio(Measure measure);
QString measureCode(Measure measure); // "OR", "RR", "RD", "HR"
QString measureName(Measure measure); // "Odds ratio", ...
std::optional<Measure> measureFromCode(const QString &code);

} // namespace eb
