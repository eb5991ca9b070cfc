// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace eb {

// How the browser groups studies for filtering and ranks their design. Everything here is
// derived from stored fields by the fixed rules below; nothing is a judgement of the source.

enum class DesignCategory
{
    RandomizedTrial,
    MetaAnalysis,
    Observational,
    Other
};

DesignCategory designCategory(const Study &study);
QString designCategoryId(DesignCategory category);    // "rct", "meta-analysis", ...
QString designCategoryLabel(DesignCategory category); // "Randomised trial", ...
QList<DesignCategory> allDesignCategories();

// The treatments a reader filters by. A study matches a treatment when any of its arms
// received it; "nucleos(t)ide analogue" matches any drug of that class (entecavir, tenofovir).
struct TreatmentCategory
{
    QString id;
    QString label;
};
QList<TreatmentCategory> treatmentCategories();
QStringList treatmentCategoryIds(const Study &study, const Dataset &dataset);

// A design-based level of evidence (A: meta-analysis of randomised trials, B: randomised
// trial, C: observational study, D: summary statement or unspecified design). This is the
// program's classification of the study design, not a rating from the source.
struct EvidenceLevel
{
    QChar grade;
    QString description;
};
EvidenceLevel evidenceLevel(const Study &study);

// The study's main result in one line, as printed, with the arms and the time point
// ("Complete response: Tα1 31.0% vs IFN-α 45.5%, end of 6 months of treatment"), and a later
// result that reverses it ("; reverses: ..."): never a word about significance.
QString keyResult(const Study &study, const Dataset &dataset);

} // namespace eb
