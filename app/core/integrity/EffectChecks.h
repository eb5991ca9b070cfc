// SPDX-License-Identifier: MIT
#pragma once

#include "core/Evidence.h"
#include "core/integrity/RoundingInterval.h"

#include <optional>

namespace eb::integrity {

// The checks on one effect. Each returns the plain-language explanation of a finding, or
// std::nullopt when the effect is consistent (or lacks the numbers the check needs). Every
// check allows for rounding: it flags only when no true values that round to the printed
// numbers are consistent (README "Evidence integrity checks").

std::optional<QString> checkEstimateOutsideCi(const Effect &effect);
std::optional<QString> checkCiAsymmetric(const Effect &effect);
std::optional<QString> checkPInconsistentWithCi(const Effect &effect);
std::optional<QString> checkRelativeReductionVsRatio(const Effect &effect);

// The labels name the arms in the explanation ("against thymosin alpha-1").
std::optional<QString> checkWordsVsNumbers(const Effect &effect, Direction direction,
                                           const QString &treatmentLabel,
                                           const QString &comparatorLabel);

// The range of two-sided p-values that the estimate and CI imply over every combination of
// true values within their rounding intervals (Wald test: on the log scale for OR, RR and
// HR, on the raw scale for RD). std::nullopt without measure, estimate, both bounds or level.
std::optional<RoundingInterval> derivedPRange(const Effect &effect);

bool isRatioMeasure(const QString &measure); // OR, RR, HR

} // namespace eb::integrity
