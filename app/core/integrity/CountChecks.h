// SPDX-License-Identifier: MIT
#pragma once

#include "core/Evidence.h"

#include <optional>

namespace eb::integrity {

// A percentage against its events / total: flagged when 100 * events / total lies outside
// the rounding interval of the printed percentage.
std::optional<QString> checkPercentVsCounts(const Outcome &outcome);

// The study size against the sum of the sizes of its arms that are not historical controls,
// when the study size and every arm size are known. Sizes are counts, so they must match
// exactly.
std::optional<QString> checkArmSizesVsStudySize(const Study &study);

} // namespace eb::integrity
