// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QJsonObject>

namespace eb {

// The dataset as one JSON object: numbers as JSON numbers with their printed twins
// ("estimate": 1.1, "estimate_printed": "1.10"), unknowns as null, every row with the
// ids of the quotes behind it.
class JsonExporter
{
public:
    static QJsonObject toJson(const Dataset &dataset);
};

} // namespace eb
