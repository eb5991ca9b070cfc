// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QString>

#include <optional>

// What the sources say in words, as the summary of findings shows it beside its own reading.
namespace eb {

// The source's own rating of the evidence, for the therapy as a whole (never per row).
struct SourceRating
{
    QString label;     // "Tier 3 (probable efficacy)"
    QString statement; // the stored statement
    QString quotation; // its quote with attribution
};

// The therapy-wide fact on the "Evidence rating" topic: its unit and value ("Tier 3") with
// the gloss the statement gives in brackets after them ("(probable efficacy)").
std::optional<SourceRating> sourceRatingOf(const Dataset &dataset, const QuoteIndex &quotes);

// A source's words about a result, in quotation marks only where a cited verbatim quote holds
// them, whole words as the quote spells them ("significant increase" is shown as the quote's
// "significant increases"); from a summary of an abstract, attributed as such; empty where
// no cited quote holds them.
struct AttributedWords
{
    QString text;
    bool isOurSummary = false; // from our summary of an abstract: never "the source's words"
};
AttributedWords attributedWords(const QString &words, const QList<Citation> &citations,
                                const QuoteIndex &quotes);

} // namespace eb
