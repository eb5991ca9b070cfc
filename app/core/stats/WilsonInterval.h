// SPDX-License-Identifier: MIT
#pragma once

namespace eb {

struct ProportionInterval
{
    double low = 0.0; // proportions, 0..1
    double high = 0.0;
};

// The Wilson score interval for events / total (total > 0), as R's
// prop.test(correct = FALSE) and binom::binom.wilson give it.
ProportionInterval wilsonInterval(int events, int total, double level = 0.95);

} // namespace eb
