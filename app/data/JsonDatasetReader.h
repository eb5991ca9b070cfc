// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QByteArray>
#include <QString>

namespace eb {

// Reads the JSON that `export --format json` writes back into a Dataset, so that an export
// imports without loss. Every field is checked with the rules the database enforces
// (events <= total, CI low <= estimate <= CI high, ratios > 0, known kinds and measures), and
// every problem is reported at once, each at its path ("studies[2].arms[0].outcomes[1]")
// and field; a syntax error at its line and column. References to rows that are not in the
// file (a condition, an endpoint, a quote) are left for the importer, which also knows the
// database. Throws ImportError; never returns a partial dataset.
class JsonDatasetReader
{
public:
    static Dataset read(const QByteArray &json, const QString &fileName);
};

} // namespace eb
