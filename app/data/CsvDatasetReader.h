// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QString>
#include <QStringList>

namespace eb {

// Reads a user's own trials from one CSV sheet (README "CSV columns"): every row is either
// an arm's result (row = arm) or a contrast between two arms (row = effect), and carries the
// name of its study, so a person can keep a review in a spreadsheet one line per number.
// Conditions, interventions and endpoints are matched by id or label (any case) against
// `vocabulary` (what the database holds); a name it does not know becomes a new row.
// Every stored value cites a quote that is its row of the file, "trials.csv line 14",
// with the file itself as the source: the numbers are the user's, not a publication's.
// Throws InputError for a file that is not well-formed CSV (libcsv, via CsvTable), and
// ImportError with every problem of its rows at once, each at "file line N, column NAME".
class CsvDatasetReader
{
public:
    static Dataset read(const QString &path, const Dataset &vocabulary);

    // The columns a file may have; the first two are required in the header.
    static const QStringList &columns();
};

} // namespace eb
