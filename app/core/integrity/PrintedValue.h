// SPDX-License-Identifier: MIT
#pragma once

#include "core/Evidence.h"

namespace eb::integrity {

// A study's or an arm's value as the source prints it, for audit findings: studies
// "n=316", arms "Thymosin alpha-1 1.6 mg, n=29". Effects and outcomes read as everywhere
// else (core/format/EvidenceText.h).
QString studyValue(const Study &study);
QString armValue(const Arm &arm);

// An arm's label for use inside a sentence: "Thymosin alpha-1" -> "thymosin alpha-1";
// labels that start with an abbreviation or symbol ("Tα1 + entecavir", "TACE") are kept.
QString labelInSentence(const QString &label);

} // namespace eb::integrity
