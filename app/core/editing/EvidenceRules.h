// SPDX-License-Identifier: MIT
#pragma once

#include "core/Evidence.h"

#include <QList>
#include <QString>

#include <optional>

namespace eb {

// What is wrong with one field of an entry, in words for the person typing it. field is the
// database column ("events", "ci_low"), so a dialog can show the message beside its widget.
struct FieldProblem
{
    QString field;
    QString message;
};
using FieldProblems = QList<FieldProblem>;

// The message for `field`, or an empty string when it has none.
QString problemOf(const FieldProblems &problems, const QString &field);

// A study the user types in, with the reference it comes from: where they read it (a citation
// in their own words) and that reference's year.
struct StudyEntry
{
    Study study;
    QString reference;
    std::optional<int> referenceYear;
};

// The rules an entry typed in the window must meet: every CHECK of the schema that concerns
// the fields the dialogs offer (events <= total, counts >= 0, 0 <= percent <= 100, ratios > 0,
// risk differences in [-1, 1], CI low <= CI high, a year in 1900..2100, a unit with every
// amount), plus what a user's own entry must also satisfy although the database stores a
// source's inconsistencies as printed: required names, whole counts, and an estimate inside
// its confidence interval. Pure functions; the dialogs call them as the user types, and the
// editor again before it writes.
namespace EvidenceRules {

FieldProblems checkStudy(const StudyEntry &entry);
FieldProblems checkArm(const Arm &arm);
FieldProblems checkOutcome(const Outcome &outcome);
FieldProblems checkEffect(const Effect &effect);

} // namespace EvidenceRules
} // namespace eb
