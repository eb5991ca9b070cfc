// SPDX-License-Identifier: MIT
#pragma once

#include "core/stats/Measure.h"

#include <QString>

namespace eb {

// One study's effect on the analysis scale (log scale for ratios) with its sampling variance.
struct StudyEstimate
{
    QString study;
    double yi = 0.0;
    double vi = 0.0;
    bool zeroCellCorrected = false; // 0.5 was added to all four cells
};

struct ArmCounts
{
    int eventsTreatment = 0;
    int totalTreatment = 0;
    int eventsControl = 0;
    int totalControl = 0;
};

// Two arms of a continuous outcome: mean, standard deviation and size of each.
struct ArmMeans
{
    double meanTreatment = 0.0;
    double sdTreatment = 0.0;
    int totalTreatment = 0;
    double meanControl = 0.0;
    double sdControl = 0.0;
    int totalControl = 0;
};

// No events in either arm, or events in every patient of both arms: the table says nothing
// about OR or RR, so metafor's rma.mh()/rma.peto() (drop00) and RevMan leave the study out of
// the study-level estimates and heterogeneity.
bool hasNoContrast(const ArmCounts &counts);

// Log OR, log RR or RD from a 2x2 table, as metafor's escalc() computes them by default:
// a study with any zero cell gets 0.5 added to all four cells (add = 1/2, to = "only0"),
// and a study with no events in either arm is kept (drop00 = FALSE). RD's variance is the
// large-sample one (vtype = "LS"). Counts must already be valid (0 <= events <= total > 0).
StudyEstimate estimateFromCounts(const QString &study, Measure measure, const ArmCounts &counts);

// MD or SMD from two arms' means, as metafor's escalc() computes them. MD: m1 - m2 with
// variance sd1^2/n1 + sd2^2/n2. SMD: Hedges' g, the difference over the pooled SD times the
// exact correction J = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)), m = n1 + n2 - 2, with the
// large-sample variance 1/n1 + 1/n2 + g^2 / (2 (n1 + n2)) (vtype = "LS"). Sizes must be >= 1
// (n1 + n2 >= 3 for SMD) and SDs > 0.
StudyEstimate estimateFromMeans(const QString &study, Measure measure, const ArmMeans &arms);

// The two-sided normal quantile of a CI level: 1.959964 for 0.95.
double normalCriticalValue(double ciLevel);

// A reported ratio (OR, RR, HR) with its CI: the log of the printed estimate (not the CI
// midpoint), SE = (ln(high) - ln(low)) / (2 z), z the normal quantile for the CI level.
// A CI printed to two decimals makes this SE uncertain by up to about 2%.
StudyEstimate estimateFromReportedRatio(const QString &study, double estimate, double ciLow,
                                        double ciHigh, double ciLevel = 0.95);
// A reported difference (RD) with its CI, on its own scale: SE = (high - low) / (2 z).
StudyEstimate estimateFromReportedDifference(const QString &study, double estimate, double ciLow,
                                             double ciHigh, double ciLevel = 0.95);

} // namespace eb
