// SPDX-License-Identifier: MIT
#pragma once

#include "core/Evidence.h"

#include <optional>

// How every stored number reads, wherever it is shown: the study list, the detail pane, the
// figures, the audit and the JSON's text fields. Numbers keep the digits the source printed;
// nothing here rounds a stored value.
namespace eb::format {

// The printed digits, or the stored value when no digits were stored.
QString number(const ReportedNumber &number);
// "95% CI"; "CI, level not stated," when the source does not state it.
QString ciLevel(std::optional<double> level);
// "95% CI 0.30–0.97"; empty without bounds; a missing bound reads "not reported".
QString ci(const Effect &effect);
// "p<0.001", "p=0.03".
QString pValue(const ReportedPValue &p);
// "OR 0.54 (95% CI 0.30–0.97), p=0.04"; the source's words, or "no numbers reported",
// when it gives no estimate.
QString effect(const Effect &effect);
// "HR 0.308 (0.175–0.541)": numbers only, for the study list's key result. Empty without an
// estimate.
QString effectShort(const Effect &effect);
// "0.308 [0.175, 0.541]": a forest plot's estimate column, as printed.
QString estimateWithCi(const Effect &effect);
// "0.54 [0.19, 1.53]": a computed estimate and its CI, to two decimals.
QString estimateWithCi(double estimate, double low, double high);
// "9/29 (31.0%)", "36.4%", "60–90%"; the source's words, or "not reported", without a number.
QString outcome(const Outcome &outcome);
// "36.4%", "60–90%", "9/29": the shortest printed form, for the key result. Empty without
// a number.
QString outcomeShort(const Outcome &outcome);
// Who speaks in a quote: "Iino 2005", or for a line of our summary of an abstract "the abstract
// of Iino 2005, as summarised by Evidence Browser".
QString quoteAttribution(const Quote &quote, const Source &source);
// A quote as plain text with its attribution: “words” — Source document; a summary line is
// never in quotation marks, nor is the user's own entry ("Your entry: Entered by the user on
// 2026-11-26. Reference given: …"). Its note, if any, follows as ours ("Note (Evidence Browser):
// …").
QString quotation(const Quote &quote, const Source &source);
// "Note (Evidence Browser): …", or empty without a note.
QString quoteNote(const Quote &quote);
// How a study of the user's own (entered in the window or imported) is marked wherever it is
// shown: the list, the study page, the figures' row labels and the summary. "Yours", and a
// name so marked: "Smith 2019 (yours)".
QString usersMark();
QString withUsersMark(const QString &name);
// A study's name as the views show it: marked when it is the user's.
QString studyName(const Study &study);
// A computed proportion as a percentage: 0.3125 -> "31.3%".
QString percent(double proportion, int decimals = 1);
// A computed number to fixed decimals: fixed(0.3081, 2) -> "0.31".
QString fixed(double value, int decimals);
// A computed p-value for a figure, as reported ones read: "p<0.001", or "p=" and three
// decimals.
QString computedP(double p);
// A computed p-value as RevMan prints it: "P < 0.00001", "P = 0.0004", "P = 0.02".
QString revmanP(double p);
// A computed p-value where its size matters (an audit's derived range): "0", "3.2e-05",
// "0.0412".
QString preciseP(double p);

// Words of text on lines of at most 96 characters, each starting with indent, for the text
// reports (audit, summary).
QString wrapped(const QString &text, const QString &indent);

} // namespace eb::format
