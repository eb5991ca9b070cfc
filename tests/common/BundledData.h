// SPDX-License-Identifier: MIT
#pragma once

// The bundled dataset as the program loads it, from a fresh database file at `path`.

#include "data/Database.h"
#include "data/EvidenceRepository.h"

inline eb::Dataset loadBundledDataset(const QString &path)
{
    const eb::Database database = eb::Database::open(path);
    return eb::EvidenceRepository(database.connection()).load();
}
