// SPDX-License-Identifier: MIT
#include "core/stats/Measure.h"

namespace eb {

bool isRatio(Measure measure)
{
    return measure != Measure::RiskDifference;
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
    }
    return QString();
}

std::optional<Measure> measureFromCode(const QString &code)
{
    for (Measure measure :
         {Measure::OddsRatio, Measure::RiskRatio, Measure::RiskDifference, Measure::HazardRatio})
        if (measureCode(measure).compare(code, Qt::CaseInsensitive) == 0)
            return measure;
    return std::nullopt;
}

} // namespace eb
