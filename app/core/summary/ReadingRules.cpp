// SPDX-License-Identifier: MIT
#include "core/summary/ReadingRules.h"

#include "core/forest/ForestPlan.h"
#include "core/integrity/PrintedValue.h"

namespace eb::reading {
namespace {

const QString observationalNote =
    QStringLiteral(": association, not proven effect (observational study)");

// Which group a result above (or below) the null favours; without a direction the side is
// named by the treatment's value ("Higher with thymosin alpha-1").
Reading sided(Rule rule, bool above, const Context &context, const QString &prefix)
{
    Reading reading;
    reading.rule = rule;
    if (!context.direction) {
        reading.text = prefix +
                       (above ? QStringLiteral("higher with ") : QStringLiteral("lower with ")) +
                       context.treatment;
    } else {
        const bool treatment = above != lowerFavoursTreatment(*context.direction);
        reading.favoursTreatment = treatment;
        reading.text =
            prefix + QStringLiteral("favours ") + (treatment ? context.treatment : context.control);
    }
    if (prefix.isEmpty())
        reading.text[0] = reading.text[0].toUpper();
    return reading;
}

QString ciLevelNote(const Context &context)
{
    return context.ciLevelStated ? QString() : QStringLiteral(" (CI level not stated)");
}

const QString directionOnly = QStringLiteral("Direction only, uncertainty not reported: ");

Reading noDirection(const QString &why)
{
    return {Rule::NoDirection, QStringLiteral("No direction, uncertainty not reported: ") + why,
            std::nullopt};
}

} // namespace

QString ruleId(Rule rule)
{
    switch (rule) {
    case Rule::Favours:
        return QStringLiteral("favours");
    case Rule::NoClearDifference:
        return QStringLiteral("no-clear-difference");
    case Rule::DirectionOnly:
        return QStringLiteral("direction-only");
    case Rule::NoDirection:
        return QStringLiteral("no-direction");
    case Rule::WordsOnly:
        return QStringLiteral("words-only");
    case Rule::SingleGroup:
        return QStringLiteral("single-group");
    }
    return QString();
}

Reading ofInterval(double low, double high, double nullValue, const Context &context)
{
    if (low <= nullValue && high >= nullValue) {
        Reading reading{Rule::NoClearDifference, QStringLiteral("No clear difference"),
                        std::nullopt};
        if (context.observational)
            reading.text += QStringLiteral(" (observational study)");
        reading.text += ciLevelNote(context);
        return reading;
    }
    Reading reading = sided(Rule::Favours, low > nullValue, context, QString());
    reading.text += ciLevelNote(context);
    if (context.observational)
        reading.text += observationalNote;
    return reading;
}

Reading ofEstimate(double estimate, double nullValue, const Context &context)
{
    if (estimate == nullValue)
        return noDirection(QStringLiteral("the estimate is exactly no effect"));
    Reading reading = sided(Rule::DirectionOnly, estimate > nullValue, context,
                            directionOnly + QStringLiteral("the estimate "));
    if (context.observational)
        reading.text += observationalNote;
    return reading;
}

Reading ofRates(double treatmentLow, double treatmentHigh, double controlLow, double controlHigh,
                const Context &context)
{
    const bool ranges = treatmentLow != treatmentHigh || controlLow != controlHigh;
    if (treatmentHigh >= controlLow && treatmentLow <= controlHigh)
        return noDirection(ranges ? QStringLiteral("the reported ranges overlap")
                                  : QStringLiteral("the same rate in both groups"));
    const bool higher = treatmentLow > controlHigh;
    Reading reading;
    reading.rule = Rule::DirectionOnly;
    reading.text = directionOnly + (higher ? QStringLiteral("higher ") : QStringLiteral("lower ")) +
                   integrity::labelInSentence(context.endpoint) + QStringLiteral(" with ") +
                   context.treatment;
    if (context.direction)
        reading.favoursTreatment = higher != lowerFavoursTreatment(*context.direction);
    if (context.observational)
        reading.text += observationalNote;
    return reading;
}

Reading ofWordsOnly()
{
    return {Rule::WordsOnly, QStringLiteral("No numbers reported"), std::nullopt};
}

Reading ofSingleGroup(bool hasNumber, bool range)
{
    QString text = QStringLiteral("One group only, no comparison");
    if (!hasNumber)
        text = QStringLiteral("One group only, no numbers: no comparison");
    else if (range)
        text = QStringLiteral("One group only, a range across studies: no comparison");
    return {Rule::SingleGroup, text, std::nullopt};
}

} // namespace eb::reading
