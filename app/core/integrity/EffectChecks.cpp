// SPDX-License-Identifier: MIT
#include "core/integrity/EffectChecks.h"

#include "core/format/EvidenceText.h"
#include "core/integrity/PrintedValue.h"
#include "core/stats/EffectSize.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <limits>

namespace eb::integrity {
namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

QString estimateText(const Effect &effect)
{
    const QString number = format::number(*effect.estimate);
    return effect.measure.isEmpty() ? number : effect.measure + u' ' + number;
}

// g: the scale on which the CI is symmetric. Non-positive ratios (only possible as the low
// end of a rounding interval, e.g. "0.0") map to -infinity.
double onAnalysisScale(double x, bool ratio)
{
    if (!ratio)
        return x;
    return x > 0.0 ? std::log(x) : -infinity;
}

double twoSidedP(double absoluteZ)
{
    if (!std::isfinite(absoluteZ))
        return 0.0;
    const boost::math::normal standard;
    return 2.0 * boost::math::cdf(boost::math::complement(standard, absoluteZ));
}

bool hasEstimateAndCi(const Effect &effect)
{
    return effect.estimate && effect.ciLow && effect.ciHigh;
}

QString claimText(const QString &claim)
{
    if (claim == u"significantly_better")
        return QStringLiteral("significantly better");
    if (claim == u"not_superior")
        return QStringLiteral("not superior");
    if (claim == u"not_significant")
        return QStringLiteral("not significant");
    if (claim == u"numerically_worse")
        return QStringLiteral("numerically worse");
    return claim; // "better", "similar"
}

} // namespace

bool isRatioMeasure(const QString &measure)
{
    return measure == u"OR" || measure == u"RR" || measure == u"HR";
}

std::optional<QString> checkEstimateOutsideCi(const Effect &effect)
{
    if (!effect.estimate)
        return std::nullopt;
    const RoundingInterval estimate = roundingInterval(*effect.estimate);
    const QString ci = format::ci(effect);
    const QString tail = QStringLiteral(", even allowing for rounding of the printed digits; an "
                                        "estimate always lies inside its own confidence interval.");
    if (effect.ciLow && definitelyBelow(estimate.high, roundingInterval(*effect.ciLow).low))
        return QStringLiteral("The estimate %1 lies below the lower bound of its %2")
                   .arg(format::number(*effect.estimate), ci) +
               tail;
    if (effect.ciHigh && definitelyBelow(roundingInterval(*effect.ciHigh).high, estimate.low))
        return QStringLiteral("The estimate %1 lies above the upper bound of its %2")
                   .arg(format::number(*effect.estimate), ci) +
               tail;
    return std::nullopt;
}

std::optional<QString> checkCiAsymmetric(const Effect &effect)
{
    if (!isRatioMeasure(effect.measure) || !hasEstimateAndCi(effect))
        return std::nullopt;
    const RoundingInterval estimate = roundingInterval(*effect.estimate);
    const RoundingInterval low = roundingInterval(*effect.ciLow);
    const RoundingInterval high = roundingInterval(*effect.ciHigh);
    const double estimateLow = std::max(0.0, estimate.low);
    const RoundingInterval squared{estimateLow * estimateLow, estimate.high * estimate.high};
    const RoundingInterval product{std::max(0.0, low.low) * std::max(0.0, high.low),
                                   low.high * high.high};
    if (intervalsMeet(squared, product))
        return std::nullopt;
    const double geometricMean = std::sqrt(effect.ciLow->value * effect.ciHigh->value);
    const int decimals = decimalsOf(effect.estimate->printed, effect.estimate->value) + 1;
    return QStringLiteral(
               "A ratio's CI is computed on the log scale, so the estimate is the geometric mean "
               "of the bounds: \u221A(%1 \u00D7 %2) = %3, not %4. No values that round to the "
               "printed estimate and bounds make estimate\u00B2 equal low \u00D7 high.")
        .arg(format::number(*effect.ciLow), format::number(*effect.ciHigh),
             format::fixed(geometricMean, decimals), format::number(*effect.estimate));
}

std::optional<RoundingInterval> derivedPRange(const Effect &effect)
{
    const bool ratio = isRatioMeasure(effect.measure);
    if ((!ratio && effect.measure != u"RD") || !hasEstimateAndCi(effect) || !effect.ciLevel)
        return std::nullopt;
    const double level = *effect.ciLevel;
    if (!(level > 0.0 && level < 1.0))
        return std::nullopt;
    const RoundingInterval estimate = roundingInterval(*effect.estimate);
    const RoundingInterval low = roundingInterval(*effect.ciLow);
    const RoundingInterval high = roundingInterval(*effect.ciHigh);

    // |z| = |g(est)| / SE with SE = (g(high) - g(low)) / (2 z_crit): monotonic in each
    // number, so its extremes over the rounding box lie at the ends of the intervals.
    const double gEstimateLow = onAnalysisScale(estimate.low, ratio);
    const double gEstimateHigh = onAnalysisScale(estimate.high, ratio);
    const double smallestAbs = (gEstimateLow <= 0.0 && gEstimateHigh >= 0.0)
                                   ? 0.0
                                   : std::min(std::abs(gEstimateLow), std::abs(gEstimateHigh));
    const double largestAbs = std::max(std::abs(gEstimateLow), std::abs(gEstimateHigh));
    const double narrowest = onAnalysisScale(high.low, ratio) - onAnalysisScale(low.high, ratio);
    const double widest = onAnalysisScale(high.high, ratio) - onAnalysisScale(low.low, ratio);
    if (!(widest > 0.0))
        return std::nullopt;
    const double critical = normalCriticalValue(level);
    const double largestZ = narrowest > 0.0 ? largestAbs * 2.0 * critical / narrowest : infinity;
    const double smallestZ = smallestAbs * 2.0 * critical / widest;
    return RoundingInterval{twoSidedP(largestZ), twoSidedP(smallestZ)};
}

std::optional<QString> checkPInconsistentWithCi(const Effect &effect)
{
    if (!effect.pValue)
        return std::nullopt;
    const std::optional<RoundingInterval> derived = derivedPRange(effect);
    if (!derived)
        return std::nullopt;
    const ReportedPValue &stated = *effect.pValue;
    const QString &relation = stated.relation;
    bool consistent = true;
    QString statedText = format::pValue(stated);
    if (relation == u"<" || relation == u"<=")
        consistent = !definitelyBelow(stated.value, derived->low);
    else if (relation == u">" || relation == u">=")
        consistent = !definitelyBelow(derived->high, stated.value);
    else {
        const RoundingInterval printed = roundingInterval(stated.value, stated.printed);
        consistent = intervalsMeet(*derived, printed);
        statedText +=
            QStringLiteral(" (any value from %1 to %2)")
                .arg(format::preciseP(std::max(0.0, printed.low)), format::preciseP(printed.high));
    }
    if (consistent)
        return std::nullopt;
    const QString scale = isRatioMeasure(effect.measure) ? QStringLiteral("on the log scale")
                                                         : QStringLiteral("on the raw scale");
    return QStringLiteral("The estimate and its %1 imply p between %2 and %3 (normal "
                          "approximation %4, allowing for rounding of the printed digits), "
                          "which does not fit the stated %5.")
        .arg(format::ci(effect), format::preciseP(derived->low), format::preciseP(derived->high),
             scale, statedText);
}

std::optional<QString> checkRelativeReductionVsRatio(const Effect &effect)
{
    if (!effect.relativeReductionPercent || !effect.estimate || !isRatioMeasure(effect.measure))
        return std::nullopt;
    const RoundingInterval estimate = roundingInterval(*effect.estimate);
    const RoundingInterval implied{100.0 * (1.0 - estimate.high), 100.0 * (1.0 - estimate.low)};
    const RoundingInterval stated = roundingInterval(*effect.relativeReductionPercent);
    if (intervalsMeet(implied, stated))
        return std::nullopt;
    const int decimals = decimalsOf(effect.estimate->printed, effect.estimate->value) - 2;
    return QStringLiteral("%1 means a relative reduction of 100 \u00D7 (1 \u2212 %2) = %3% "
                          "(%4% to %5% for values that round to %2), which does not round to "
                          "the stated %6%.")
        .arg(estimateText(effect), format::number(*effect.estimate),
             format::fixed(100.0 * (1.0 - effect.estimate->value), decimals),
             format::fixed(implied.low, decimals + 1), format::fixed(implied.high, decimals + 1),
             format::number(*effect.relativeReductionPercent));
}

std::optional<QString> checkWordsVsNumbers(const Effect &effect, Direction direction,
                                           const QString &treatmentLabel,
                                           const QString &comparatorLabel)
{
    if (effect.claim.isEmpty() || !hasEstimateAndCi(effect))
        return std::nullopt;
    const bool ratio = isRatioMeasure(effect.measure);
    if (!ratio && effect.measure != u"RD")
        return std::nullopt;
    const double null = ratio ? 1.0 : 0.0;
    const QString nullText = ratio ? QStringLiteral("1") : QStringLiteral("0");
    const RoundingInterval estimate = roundingInterval(*effect.estimate);
    const RoundingInterval low = roundingInterval(*effect.ciLow);
    const RoundingInterval high = roundingInterval(*effect.ciHigh);

    // "Surely": for every true value in the rounding box; "possibly": for some. A value exactly
    // at a boundary counts as possible, so it is never flagged.
    const bool ciSurelyAbove = definitelyBelow(null, low.low);
    const bool ciSurelyBelow = definitelyBelow(high.high, null);
    const bool ciPossiblyAbove = !definitelyBelow(low.high, null);
    const bool ciPossiblyBelow = !definitelyBelow(null, high.low);
    const bool ciSurelyIncludes =
        !definitelyBelow(null, low.high) && !definitelyBelow(high.low, null);
    const bool higherFavoursTreatment = direction == Direction::HigherIsBetter;
    const bool significantForTreatment = higherFavoursTreatment ? ciSurelyAbove : ciSurelyBelow;
    const bool significantForComparator = higherFavoursTreatment ? ciSurelyBelow : ciSurelyAbove;
    const bool possiblySignificantForTreatment =
        higherFavoursTreatment ? ciPossiblyAbove : ciPossiblyBelow;
    const bool estimateAbove = definitelyBelow(null, estimate.low);
    const bool estimateBelow = definitelyBelow(estimate.high, null);
    const bool estimateFavoursTreatment = higherFavoursTreatment ? estimateAbove : estimateBelow;
    const bool estimateFavoursComparator = higherFavoursTreatment ? estimateBelow : estimateAbove;

    const QString &claim = effect.claim;
    const QString opening =
        QStringLiteral("The source calls this result %1, but ").arg(claimText(claim));
    const QString ci = QStringLiteral("the ") + format::ci(effect);
    const QString treatmentSide =
        higherFavoursTreatment ? QStringLiteral("above") : QStringLiteral("below");
    const QString comparatorSide =
        higherFavoursTreatment ? QStringLiteral("below") : QStringLiteral("above");
    const auto significant = [&](bool forTreatment) -> QString {
        const QString whom = forTreatment ? QStringLiteral("in favour of ") + treatmentLabel
                                          : QStringLiteral("against ") + treatmentLabel;
        return opening +
               QStringLiteral("%1 lies wholly %2 %3, so it is statistically significant %4.")
                   .arg(ci, forTreatment ? treatmentSide : comparatorSide, nullText, whom);
    };
    const auto estimateSide = [&](bool favoursTreatment) -> QString {
        return opening + QStringLiteral("the estimate %1 lies %2 %3, which favours %4.")
                             .arg(estimateText(effect),
                                  favoursTreatment ? treatmentSide : comparatorSide, nullText,
                                  favoursTreatment ? treatmentLabel : comparatorLabel);
    };

    const bool mentionsNoDifference = claim == u"similar" || claim == u"not_significant" ||
                                      claim == u"numerically_worse" || claim == u"not_superior";
    if (claim == u"significantly_better" || claim == u"better" || mentionsNoDifference) {
        if (significantForComparator && claim != u"not_superior")
            return significant(false);
    }
    if (mentionsNoDifference && significantForTreatment)
        return significant(true);
    if (claim == u"significantly_better" && !possiblySignificantForTreatment) {
        if (ciSurelyIncludes)
            return opening +
                   QStringLiteral("%1 includes %2, so it is not statistically significant.")
                       .arg(ci, nullText);
        return opening + QStringLiteral("%1 does not lie wholly %2 %3, so it is not "
                                        "statistically significant in favour of %4.")
                             .arg(ci, treatmentSide, nullText, treatmentLabel);
    }
    if (claim == u"better" && estimateFavoursComparator)
        return estimateSide(false);
    if (claim == u"numerically_worse" && estimateFavoursTreatment)
        return estimateSide(true);
    return std::nullopt;
}

} // namespace eb::integrity
