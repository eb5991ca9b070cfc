// SPDX-License-Identifier: MIT
#pragma once

#include "charts/FigureDocument.h"
#include "core/DatasetView.h"

#include <optional>

namespace eb {

enum class FigureKind
{
    Forest,
    Rates
};

// What to draw: the one way the window and the export commands ask for a figure, so both
// give the same figure, title and "nothing to draw" message for the same selection.
struct FigureRequest
{
    FigureKind kind = FigureKind::Forest;
    StudySelection selection;
    PoolingOptions pooling; // forest plots; must be valid (PoolingOptions::invalidReason)
    // A forest plot longer than rowsPerPage is drawn only a page at a time: page 0 asks for
    // the whole plot, which is then refused with the reason; page n (from 1) draws that page.
    int page = 0;
    int rowsPerPage = forestRowsPerPage;
};

// How many bars a response-rate figure draws (as many as a forest plot has rows); a larger
// selection is refused, with the reason.
constexpr int maxRateBars = forestRowsPerPage;

// A figure, or the reason there is none: shown in its place in the window, or printed by a
// command that then writes nothing.
struct FigureOutcome
{
    std::optional<FigureDocument> figure;
    QString whyNothing;
};

FigureOutcome buildFigure(const DatasetView &view, const FigureRequest &request);

// A forest plot of a user's own estimates (export-forest --input): one panel comparing the
// groups the user named, pooled.
FigureDocument buildForestOfEstimates(const std::vector<StudyEstimate> &studies, Measure measure,
                                      const PoolingOptions &pooling, const QString &fileName,
                                      const Comparison &comparison);

} // namespace eb
