// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QByteArray>
#include <QString>

namespace eb {

// Reads a RevMan 5 review (.rm5, the XML Cochrane reviews are stored in) into a Dataset: the
// review as a source, each included study as a trial, each comparison's two groups as arms
// with their events and totals or means, SDs and numbers, generic inverse variance estimates as
// effects, and every outcome and subgroup as a ReviewAnalysis with the measure, method, model,
// labels and pooled result the review stored. Every number cites a 'file_value' quote naming
// the element it was read from and the value as written.
//
// The file is read as a stream in the encoding it declares (RevMan writes ISO-8859-1). A
// document type declaration is refused: it is where entity bombs and external entities live,
// and a review has none. Every problem is reported at once with the line and column, the
// element path and the attribute, and nothing is returned (ImportError).
class RevManReader
{
public:
    static Dataset read(const QByteArray &xml, const QString &fileName);
};

} // namespace eb
