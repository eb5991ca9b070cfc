// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "core/StudySelection.h"

#include <QJsonObject>
#include <QTextStream>

namespace eb {

class EvidenceRepository;

// The dataset as one JSON object: numbers as JSON numbers with their printed twins
// ("estimate": 1.1, "estimate_printed": "1.10"), unknowns as null, every row with the
// ids of the quotes behind it.
class JsonExporter
{
public:
    static QJsonObject toJson(const Dataset &dataset);

    // Writes what toJson(repository.load(selection)) gives as an indented document, byte for
    // byte, while reading: a page of studies and one source at a time, so memory does not
    // grow with the database.
    static void write(const EvidenceRepository &repository, const StudySelection &selection,
                      QTextStream &out);
};

} // namespace eb
