// SPDX-License-Identifier: MIT
#include "core/stats/WilsonInterval.h"

#include "core/stats/EffectSize.h"

#include <algorithm>
#include <cmath>

namespace eb {

ProportionInterval wilsonInterval(int events, int total, double level)
{
    const double z = normalCriticalValue(level);
    const double n = total;
    const double p = events / n;
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double halfWidth = z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return {std::max(0.0, centre - halfWidth), std::min(1.0, centre + halfWidth)};
}

} // namespace eb
