// SPDX-License-Identifier: MIT
#pragma once

#include "core/DatasetView.h"
#include "core/forest/ForestPlan.h"
#include "core/stats/WilsonInterval.h"

#include <optional>

namespace eb {

// One bar: an arm-level rate exactly as a source gives it.
struct RateBar
{
    QString studyId;
    QString label;  // the arm as the study names it ("Tα1 + entecavir", never just "Tα1")
    QString detail; // study and time point
    std::optional<double> percent;  // a single rate (from the printed % or from counts)
    std::optional<double> rangeLow; // a reported range (60–90%) is drawn as a range
    std::optional<double> rangeHigh;
    std::optional<ProportionInterval> wilson; // only where events and total are both known
    QString valueText;   // as printed: "36.4%", "9/29 (31.0%)", "60–90%", "1/30"
    QStringList caveats; // the caveats the source's value carries, each in full
    QString tooltip;
    QString accessibleDescription;
};

// An endpoint's bars, those of one study and time point next to each other (in first-seen
// order; bar.detail names the set), so the arms to compare are adjacent.
struct RateGroup
{
    QString title; // the endpoint
    QList<RateBar> bars;
    bool indirect = false; // bars from different studies: an indirect comparison
};

struct RatePlan
{
    QList<RateGroup> groups;
    QStringList sourcesCited;
    bool isEmpty() const { return groups.isEmpty(); }
    int barCount() const;
};

// Every arm-level rate of the selected studies, grouped by endpoint (HBV DNA clearance and
// suppression share a group). Outcomes with only words (no number) are not bars.
RatePlan planRates(const DatasetView &view, const StudySelection &selection);

// The sentence shown instead of the bars when a selection has no arm-level rate.
QString noRateExplanation(const Dataset &dataset, const StudySelection &selection);

} // namespace eb
