// SPDX-License-Identifier: MIT
#pragma once

#include "core/Evidence.h"

namespace eb::integrity {

// A row's values as the source prints them, for audit findings and markers:
// effects "OR 0.54 (95% CI 0.30–0.97)" or "HR 0.308 (95% CI 0.175–0.541), p<0.001" ("CI"
// without a level when the level is not stated); outcomes "36.4%", "9/29 (31.0%)",
// "60–90%"; studies "n=316"; arms "Thymosin alpha-1 1.6 mg, n=29".
QString effectValue(const Effect &effect);
QString outcomeValue(const Outcome &outcome);
QString studyValue(const Study &study);
QString armValue(const Arm &arm);

// "95% CI 0.30–0.97", or "CI 2.05–6.71" when the level is not stated; empty without bounds.
QString ciText(const Effect &effect);
// "p<0.001", "p=0.03"; empty without a p-value.
QString pText(const ReportedPValue &p);

// An arm's label for use inside a sentence: "Thymosin alpha-1" -> "thymosin alpha-1";
// labels that start with an abbreviation or symbol ("Tα1 + entecavir", "TACE") are kept.
QString labelInSentence(const QString &label);

} // namespace eb::integrity
