// SPDX-License-Identifier: MIT
#pragma once

#include "core/stats/StudyPooling.h"

#include <QStringList>

#include <vector>

namespace eb {

// Reads the `pool` command's CSV: arm-level counts (study,events_t,total_t,events_c,total_c;
// OR, RR, RD), means (study,mean_t,sd_t,n_t,mean_c,sd_c,n_c; MD, SMD), reported estimates
// (study,estimate,ci_low,ci_high; OR, RR, HR as ratios, RD, MD, SMD as differences) or estimates with
// their SE on the analysis scale (study,log_estimate,se for OR, RR, HR; study,estimate,se for
// RD, MD, SMD), with an optional subgroup column; columns in any order, extra columns ignored.
class PoolingCsvReader
{
public:
    struct Result : PoolingInput
    {
        QStringList warnings; // possible but inconsistent values, pooled as given
        int lastLine = 1;     // the line of the last data row, for messages about them all
    };

    // Throws InputError naming file, line and column of the first bad value.
    static Result read(const QString &path, Measure measure);
};

} // namespace eb
