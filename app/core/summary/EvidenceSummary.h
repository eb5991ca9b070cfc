// SPDX-License-Identifier: MIT
#pragma once

#include "core/DatasetView.h"
#include "core/summary/ReadingRules.h"
#include "core/summary/SourceStatements.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace eb {

// One study's answer to a question: its numbers as printed, the reading the rules give them,
// and what qualifies them.
struct SummaryLine
{
    QString studyId;
    QString studyName;
    QString effectId;      // the stored effect read; empty for arm-level data
    QString design;        // "Meta-analysis", "Randomised trial", "Observational", ...
    QString participants;  // "n=199, four studies", "n=62", "not reported"
    QString effect;        // "OR 0.54 (95% CI 0.30–0.97)"; empty without an effect
    bool computed = false; // the effect is Evidence Browser's OR from the arms' counts
    QString treatmentRate; // "9/29 (31.0%)", "1.7%", "60–90%"; empty where not reported
    QString controlRate;
    bool countsReported = false; // each rate shown comes with its events and total
    QString method;              // "branched-DNA assay", where the source names one
    reading::Reading reading;
    // The source's words about the result, attributed; or, from our summary of an abstract,
    // that summary, said to be ours (sourceWordsLabel() is then empty, never "The source's
    // words").
    QString sourceWords;
    bool sourceWordsAreOurSummary = false;
    QStringList disagreements; // integrity findings: the source's words vs the numbers, ...
    // How the same study reads at its other time points, where the readings differ and one
    // of them favours a group: "Reverses between time points: favours ... at <time point>".
    QString otherTimepoints;
    QList<int> caveats;       // numbers into EvidenceSummary::caveats
    QChar level;              // the program's design-based level, A–D
    QString levelDescription; // "meta-analysis of randomised trials"

    void setSourceWords(const AttributedWords &words)
    {
        sourceWords = words.text;
        sourceWordsAreOurSummary = words.isOurSummary;
    }
    QString sourceWordsLabel() const
    {
        return sourceWordsAreOurSummary ? QString() : QStringLiteral("The source's words: ");
    }
};

// One question: a comparison, an outcome and a time point (the forest plot's grouping), or
// one group's outcome where nothing is compared.
struct SummaryQuestion
{
    QString key;            // questionKey(): the same as its forest panels'
    QString comparison;     // "Thymosin alpha-1 vs interferon-alpha", or one group's name
    QString treatmentShort; // "Tα1": the rate columns' groups
    QString controlShort;   // empty for one group
    QString endpointId;
    QString endpoint;  // "Complete response"
    QString timepoint; // "end of 6 months of treatment"
    QString title;     // comparison · endpoint · time point
    bool singleGroup = false;
    QString note;             // why several lines are not pooled, where they are not
    QStringList forestPanels; // titles of the forest panels that plot this question
    QList<SummaryLine> lines; // one per study result, each read on its own
};

struct SummaryCaveat
{
    int number = 0;
    QString kind; // the caveat's kind: design_limitation, differs_from_primary, ...
    QString text;
};

struct EvidenceSummary
{
    QString title;     // "Summary of findings · Chronic hepatitis B"
    QString selection; // the selection in words; empty: every study
    QList<SummaryQuestion> questions;
    QList<SummaryCaveat> caveats; // each once, numbered from 1
    std::optional<SourceRating> sourceRating;
    QStringList sources; // full citations of the sources behind the lines, in first-cited order

    int lineCount() const;
};

// The rule behind the program's level (A–D), for a tooltip or a footnote.
QString evidenceLevelRule();
// "Source: Tier 3 (probable efficacy), for the therapy as a whole" or "Source: no rating".
QString sourceCertainty(const EvidenceSummary &summary);
// "Program: A (meta-analysis of randomised trials)".
QString programCertainty(const SummaryLine &line);

// One row per question the selected studies answer, comparisons first (each comparison's
// outcomes together, time points in the order the data gives them), then single groups.
// Nothing is pooled: each study's result is read on its own, so a meta-analysis is never
// combined with trials it may contain.
EvidenceSummary summarizeEvidence(const DatasetView &view, const StudySelection &selection);

} // namespace eb
