// SPDX-License-Identifier: MIT
#pragma once

#include "core/DatasetView.h"
#include "core/stats/MetaAnalysis.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace eb {

// One drawn row of a forest plot: a contrast-level effect with a number.
struct ForestRow
{
    QString studyId;
    QString effectId;
    QString label;         // study name
    QString armsText;      // "Tα1 vs IFN-α · n=199", "not reported" parts left out
    double estimate = 0.0; // ratio scale for ratio measures
    double ciLow = 0.0;
    double ciHigh = 0.0;
    QString estimateText;                // "0.308 [0.175, 0.541]" as printed
    bool isMetaAnalysis = false;         // a meta-analysis's own pooled result: drawn as a diamond
    std::optional<double> weightPercent; // share in this subgroup's pooled estimate
    QString tooltip;                     // quote and caveats
    QString accessibleDescription;
    QStringList sourceNames;
    QStringList integrityNotes; // explanations of integrity checks that flag this result
};

// Rows that share endpoint, measure and structured time point, with their pooled estimate
// when pooling is allowed (k >= 2 independent primary studies, no meta-analysis among them).
struct ForestSubgroup
{
    QString title; // "Overall survival · hazard ratio · over follow-up"
    QString endpointId;
    Measure measure = Measure::OddsRatio;
    Direction direction = Direction::HigherIsBetter;
    QList<ForestRow> rows;
    std::optional<PooledEstimate> pooled; // on the log scale for ratio measures
    QString poolingNote;                  // why a subgroup was not pooled, or the method used
};

struct ForestPlan
{
    QList<ForestSubgroup> subgroups;
    QStringList sourcesCited;
    bool isEmpty() const { return subgroups.isEmpty(); }
    int rowCount() const;
};

// Builds the plot from the stored effects. Effects without numbers (the cirrhosis trial's
// "similar") are not rows. A meta-analysis's result is never pooled again with trials;
// a subgroup is pooled only when it holds two or more distinct primary studies.
// A flagged result carries the integrity findings of its row, except differences from the
// primary publication, which its caveats already state.
ForestPlan planForest(const DatasetView &view, const StudySelection &selection,
                      const PoolingOptions &options);

// A plan from a user's CSV: one subgroup, every row pooled.
ForestPlan planForestFromEstimates(const std::vector<StudyEstimate> &studies, Measure measure,
                                   const PoolingOptions &options);

// The sentence shown instead of a plot when a selection has no contrast-level effect.
QString noEffectExplanation(const Dataset &dataset, const StudySelection &selection);
// "No study in HCC · Randomised trial", or "No study" when nothing is selected.
QString noStudyIn(const Dataset &dataset, const StudySelection &selection);

// Whether values below the null (ratio < 1, RD < 0) favour the treatment arm: yes when the
// endpoint counts something bad (death, recurrence, HCC), no when it counts a response.
bool lowerFavoursTreatment(Direction direction);

} // namespace eb
