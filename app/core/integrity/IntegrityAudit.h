// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QList>
#include <QString>

namespace eb {

// One internal contradiction in the stored numbers (README "Evidence integrity checks").
struct IntegrityFinding
{
    QString checkId; // stable: "estimate-outside-ci", "ci-asymmetric", "p-inconsistent-with-ci",
                     // "words-vs-numbers", "percent-vs-counts", "arm-sizes-vs-study-size",
                     // "relative-reduction-vs-ratio", "differs-from-primary"
    QString studyId;
    QString targetKind;  // "study" | "arm" | "outcome" | "effect"
    QString targetId;    // id of that row
    QString value;       // the value as printed, e.g. "OR 0.54 (95% CI 0.30–0.97)"
    QString explanation; // plain language, one or two sentences, says why it is flagged

    bool operator==(const IntegrityFinding &other) const = default;
};

struct IntegrityCheckInfo
{
    QString id;
    QString title;
    QString description;
};

// Every check, in the order findings are reported within a row (for README, --help, JSON).
QList<IntegrityCheckInfo> integrityChecks();

// Every finding over every stored number, in study order (then the study's own row, its
// arms with their outcomes, its effects), deterministic. Every check allows for the
// rounding of the printed digits: values that are merely rounded are never flagged.
QList<IntegrityFinding> auditDataset(const Dataset &dataset);

} // namespace eb
