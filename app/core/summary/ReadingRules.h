// SPDX-License-Identifier: MIT
#pragma once

#include "core/Evidence.h"

#include <QString>

#include <optional>

// The plain-language reading of one result, by the fixed rules of README "Summary of
// findings": it follows from the numbers and the design, never from the source's adjectives.
namespace eb::reading {

enum class Rule
{
    Favours,           // the CI excludes no effect
    NoClearDifference, // the CI includes no effect, or touches it
    DirectionOnly,     // numbers without a CI: which way, not how sure
    NoDirection,       // numbers without a CI that point neither way (equal, overlapping ranges)
    WordsOnly,         // the source gives words, no numbers
    SingleGroup        // one group: nothing is compared
};

// "favours", "no-clear-difference", "direction-only", "no-direction", "words-only",
// "single-group": stable ids for the JSON and the tests.
QString ruleId(Rule rule);

// The groups compared, named for a sentence ("thymosin alpha-1", "interferon-alpha"), and
// what the endpoint counts. Without a direction nothing is called favourable.
struct Context
{
    QString treatment;
    QString control;
    QString endpoint; // "HCC incidence", for "lower HCC incidence with ..."
    std::optional<Direction> direction;
    bool observational = false; // an association, not a proven effect
    bool ciLevelStated = true;
};

struct Reading
{
    Rule rule = Rule::WordsOnly;
    QString text;                         // "Favours interferon-alpha"
    std::optional<bool> favoursTreatment; // which side the numbers point to, where they do
};

// A ratio (null 1) or a difference (null 0) by its CI bounds; the interval, not the
// estimate, decides (an estimate outside its CI is the audit's business). The interval
// includes the null when low <= null <= high: a bound printed exactly at the null does not
// exclude it.
Reading ofInterval(double low, double high, double nullValue, const Context &context);
// An estimate without a CI: its side only.
Reading ofEstimate(double estimate, double nullValue, const Context &context);
// Each group's rate (a range where the source gives one: low == high for a single value),
// without a CI or an effect: its side only; overlapping ranges point nowhere.
Reading ofRates(double treatmentLow, double treatmentHigh, double controlLow, double controlHigh,
                const Context &context);
// The source gives words, no numbers.
Reading ofWordsOnly();
// One group: nothing is compared. range: the value is a range across studies.
Reading ofSingleGroup(bool hasNumber, bool range);

} // namespace eb::reading
