// SPDX-License-Identifier: MIT
#include "core/stats/EffectSize.h"

#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <stdexcept>

namespace eb {

bool hasNoContrast(const ArmCounts &counts)
{
    const bool noEvents = counts.eventsTreatment == 0 && counts.eventsControl == 0;
    const bool allEvents = counts.eventsTreatment == counts.totalTreatment &&
                           counts.eventsControl == counts.totalControl;
    return noEvents || allEvents;
}

StudyEstimate estimateFromCounts(const QString &study, Measure measure, const ArmCounts &counts)
{
    double a = counts.eventsTreatment;
    double b = counts.totalTreatment - counts.eventsTreatment;
    double c = counts.eventsControl;
    double d = counts.totalControl - counts.eventsControl;
    StudyEstimate estimate{study, 0.0, 0.0, a == 0 || b == 0 || c == 0 || d == 0};
    if (estimate.zeroCellCorrected) {
        a += 0.5;
        b += 0.5;
        c += 0.5;
        d += 0.5;
    }
    const double n1 = a + b;
    const double n2 = c + d;
    switch (measure) {
    case Measure::HazardRatio:
    case Measure::MeanDifference:
    case Measure::StandardisedMeanDifference:
        throw std::invalid_argument(QStringLiteral("a %1 cannot be computed from arm-level counts")
                                        .arg(measureName(measure).toLower())
                                        .toStdString());
    case Measure::OddsRatio:
        estimate.yi = std::log((a * d) / (b * c));
        estimate.vi = 1 / a + 1 / b + 1 / c + 1 / d;
        break;
    case Measure::RiskRatio:
        estimate.yi = std::log((a / n1) / (c / n2));
        estimate.vi = 1 / a - 1 / n1 + 1 / c - 1 / n2;
        break;
    case Measure::RiskDifference: {
        const double p1 = a / n1;
        const double p2 = c / n2;
        estimate.yi = p1 - p2;
        estimate.vi = p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2;
        break;
    }
    }
    return estimate;
}

StudyEstimate estimateFromMeans(const QString &study, Measure measure, const ArmMeans &arms)
{
    const double n1 = arms.totalTreatment;
    const double n2 = arms.totalControl;
    const double difference = arms.meanTreatment - arms.meanControl;
    const double var1 = arms.sdTreatment * arms.sdTreatment;
    const double var2 = arms.sdControl * arms.sdControl;
    if (measure == Measure::MeanDifference)
        return {study, difference, var1 / n1 + var2 / n2, false};
    if (measure != Measure::StandardisedMeanDifference)
        throw std::invalid_argument(QStringLiteral("a %1 cannot be computed from means")
                                        .arg(measureName(measure).toLower())
                                        .toStdString());
    const double m = n1 + n2 - 2;
    const double pooledSd = std::sqrt(((n1 - 1) * var1 + (n2 - 1) * var2) / m);
    const double correction =
        std::exp(std::lgamma(m / 2) - std::log(std::sqrt(m / 2)) - std::lgamma((m - 1) / 2));
    const double g = correction * difference / pooledSd;
    return {study, g, 1 / n1 + 1 / n2 + g * g / (2 * (n1 + n2)), false};
}

double normalCriticalValue(double ciLevel)
{
    return boost::math::quantile(boost::math::normal(), 0.5 + ciLevel / 2);
}

StudyEstimate estimateFromReportedRatio(const QString &study, double estimate, double ciLow,
                                        double ciHigh, double ciLevel)
{
    const double se = (std::log(ciHigh) - std::log(ciLow)) / (2 * normalCriticalValue(ciLevel));
    return {study, std::log(estimate), se * se, false};
}

StudyEstimate estimateFromReportedDifference(const QString &study, double estimate, double ciLow,
                                             double ciHigh, double ciLevel)
{
    const double se = (ciHigh - ciLow) / (2 * normalCriticalValue(ciLevel));
    return {study, estimate, se * se, false};
}

} // namespace eb
