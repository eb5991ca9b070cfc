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
    HazardRatio,
    MeanDifference,
    StandardisedMeanDifference // Hedges' g
};

bool isRatio(Measure measure);
// OR, RR and RD: the measures of a 2x2 table of events.
bool isDichotomous(Measure measure);
// MD and SMD: the measures of two arms' means and SDs.
bool isContinuous(Measure measure);
QString measureCode(Measure measure); // "OR", "RR", "RD", "HR", "MD", "SMD"
QString measureName(Measure measure); // "Odds ratio", ...
std::optional<Measure> measureFromCode(const QString &code);

} // namespace eb
