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
    QString effectId;        // empty for an effect computed from arm counts
    QString label;           // study name
    QString design;          // "Randomised trial · n=62"; empty for a user's row
    QString treatmentCounts; // events/total in the treatment arm ("9/29"), empty if unknown
    QString controlCounts;
    double estimate = 0.0; // ratio scale for ratio measures
    double ciLow = 0.0;
    double ciHigh = 0.0;
    QString estimateText;                // "0.308 [0.175, 0.541]" as printed
    bool ciLevelStated = true;           // false: the source gives the CI without its level
    bool computedFromCounts = false;     // the program's OR from the arms' events and totals
    bool isMetaAnalysis = false;         // a meta-analysis's own pooled result: drawn as a diamond
    std::optional<double> weightPercent; // share in this subgroup's pooled estimate
    QString tooltip;                     // quote and caveats
    QString accessibleDescription;
    QStringList sourceNames;
    QStringList integrityNotes; // explanations of integrity checks that flag this result
};

// The two groups a panel compares, and whether a lower value is good for the first. Without
// a known direction (a user's file that does not say whether its outcome is a benefit or a
// harm), a figure names no favoured side.
struct Comparison
{
    QString treatment = QStringLiteral("treatment");
    QString control = QStringLiteral("control");
    std::optional<Direction> direction;
    QString treatmentShort = QStringLiteral("Treatment"); // column headers: "Tα1", "IFN-α"
    QString controlShort = QStringLiteral("Control");
};

// One panel: rows that share the comparison (the groups' treatments), endpoint, measure and
// structured time point, with their pooled estimate when pooling is allowed (k >= 2
// independent primary studies, no meta-analysis among them).
struct ForestSubgroup
{
    QString title; // "Thymosin alpha-1 vs interferon-alpha · Complete response · odds ratio · ..."
    QString questionKey; // questionKey() of its rows: the summary row that asks the same question
    QString endpointId;
    Measure measure = Measure::OddsRatio;
    Comparison comparison;
    QList<ForestRow> rows;
    std::optional<PooledEstimate> pooled; // on the log scale for ratio measures
    QString poolingNote;                  // why a subgroup was not pooled, or the method used
    // A review's outcome (from a RevMan file): the review's measure, method, model, labels and
    // its own stored result, drawn beside ours, which is pooled with the review's method.
    std::optional<ReviewAnalysis> review;
    QString methodLabel; // the pooled row's method when it is not the figure's ("MH, random")

    // What the sides of the line of no effect mean, left then right: "Favours thymosin
    // alpha-1" / "Favours interferon-alpha", or without a known direction "Lower in X" /
    // "Higher in X"; for a review's outcome, the review's own graph labels.
    std::pair<QString, QString> sideLabels() const;
};

struct ForestPlan
{
    QList<ForestSubgroup> subgroups;
    QStringList sourcesCited;
    bool isEmpty() const { return subgroups.isEmpty(); }
    int rowCount() const;
    bool anyPooled() const;
};

// Builds the plot from the stored effects, one panel per comparison and outcome. Effects
// without numbers (the cirrhosis trial's "similar") are not rows. Where a study gives a
// treatment and a comparator arm's events and totals but no effect, the odds ratio is
// computed from the counts (metafor's escalc conventions) and marked as computed. A
// meta-analysis's result is never pooled again with trials; a panel is pooled only when it
// holds two or more distinct primary studies.
// A flagged result carries the integrity findings of its row, except differences from the
// primary publication, which its caveats already state.
ForestPlan planForest(const DatasetView &view, const StudySelection &selection,
                      const PoolingOptions &options);

// A plan from a user's CSV: one panel comparing the groups the user named, every row pooled.
ForestPlan planForestFromEstimates(const std::vector<StudyEstimate> &studies, Measure measure,
                                   const PoolingOptions &options,
                                   const Comparison &comparison = Comparison());

// How many rows a forest plot draws at once: a larger plan is drawn a page at a time (or its
// selection narrowed), never by accident. At the default 300 dpi a row is about 160 pixels
// tall, and a PNG can be at most 32,767 pixels tall: a page must stay well under 200 rows.
constexpr int forestRowsPerPage = 150;
int forestPageCount(const ForestPlan &plan, int rowsPerPage);
// Page `page` (from 1) of the plan's rows, in order. A panel cut by the page keeps its title
// (which says which of its rows are shown) and its rows' weights in the whole panel's pooled
// estimate; that estimate is drawn under the panel's last row, on the page that holds it.
ForestPlan forestPage(const ForestPlan &plan, int page, int rowsPerPage);

// The sentence shown instead of a plot when a selection has no contrast-level effect.
QString noEffectExplanation(const Dataset &dataset, const StudySelection &selection);
// "No study in HCC · Randomised trial", or "No study" when nothing is selected.
QString noStudyIn(const Dataset &dataset, const StudySelection &selection);

// What makes results answer one question: the groups compared (their treatments, or the
// arm's label when it names none), the endpoint and the structured time point. A forest
// panel is one question and one measure; the summary of findings has one row per question.
QString questionKey(const Arm *treatment, const Arm *control, const QString &endpointId,
                    const std::optional<Timepoint> &timepoint);
// Whether two results are at the same structured time point (anchor, amount, unit).
bool sameTimepoint(const std::optional<Timepoint> &a, const std::optional<Timepoint> &b);
// A group's name from its arm: its treatments as the interventions name them, without an
// alias in brackets ("Thymosin alpha-1", "Thymosin alpha-1 + Entecavir"), or their short
// names ("Tα1"); the arm's own label when it names no known intervention.
QString groupName(const Arm &arm, const Dataset &dataset, bool shortName);
// A group's name inside a sentence ("Favours …", "… vs …"): "thymosin alpha-1", each
// treatment of a combination alike ("thymosin alpha-1 + entecavir"); a group named for what
// it lacks ("Without thymosin alpha-1") reads "no thymosin alpha-1".
QString groupInSentence(const QString &group);

// How our pooling repeats a review's analysis: its method (MH, Peto, or inverse variance with
// fixed or DerSimonian-Laird random effects) and its model; RevMan's random effects for MH.
PoolingOptions poolingOptionsOf(const ReviewAnalysis &analysis);
// "MH, random effects", "Peto, fixed effect", "IV, random effects (DL)".
QString reviewMethodLabel(const ReviewAnalysis &analysis);
// The measure our pooling uses for a review's measure (Peto's odds ratio is an odds ratio).
Measure measureOfReview(const ReviewAnalysis &analysis);

// Whether values below the null (ratio < 1, RD < 0) favour the treatment arm: yes when the
// endpoint counts something bad (death, recurrence, HCC), no when it counts a response.
bool lowerFavoursTreatment(Direction direction);

} // namespace eb
