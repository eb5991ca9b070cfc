// SPDX-License-Identifier: MIT
#include "core/stats/Measure.h"

namespace eb {

bool isRatio(Measure measure)
{
    return measure == Measure::OddsRatio || measure == Measure::RiskRatio ||
           measure == Measure::HazardRatio;
}

bool isDichotomous(Measure measure)
{
    return measure == Measure::OddsRatio || measure == Measure::RiskRatio ||
           measure == Measure::RiskDifference;
}

bool isContinuous(Measure measure)
{
    return measure == Measure::MeanDifference || measure == Measure::StandardisedMeanDifference;
}

QString measureCode(Measure measure)
{
    switch (measure) {
    case Measure::OddsRatio:
        return QStringLiteral("OR");
    case Measure::RiskRatio:
        return QStringLiteral("RR");
    case Measure::RiskDifference:
        return QStringLiteral("RD");
    case Measure::HazardRatio:
        return QStringLiteral("HR");
    case Measure::MeanDifference:
        return QStringLiteral("MD");
    case Measure::StandardisedMeanDifference:
        return QStringLiteral("SMD");
    }
    return QString();
}

QString measureName(Measure measure)
{
    switch (measure) {
    case Measure::OddsRatio:
        return QStringLiteral("Odds ratio");
    case Measure::RiskRatio:
        return QStringLiteral("Risk ratio");
    case Measure::RiskDifference:
        return QStringLiteral("Risk difference");
    case Measure::HazardRatio:
        return QStringLiteral("Hazard ratio");
    case Measure::MeanDifference:
        return QStringLiteral("Mean difference");
    case Measure::StandardisedMeanDifference:
        return QStringLiteral("Standardised mean difference");
    }
    return QString();
}

std::optional<Measure> measureFromCode(const QString &code)
{
    for (Measure measure :
         {Measure::OddsRatio, Measure::RiskRatio, Measure::RiskDifference, Measure::HazardRatio,
          Measure::MeanDifference, Measure::StandardisedMeanDifference})
        if (measureCode(measure).compare(code, Qt::CaseInsensitive) == 0)
            return measure;
    return std::nullopt;
}

} // namespace eb
