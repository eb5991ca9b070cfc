// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

namespace eb {

// Reads a file to import into a Dataset, by its type: the JSON that `export --format json`
// writes (.json), a RevMan 5 review (.rm5), or a user's CSV sheet (.csv), whose condition,
// endpoint and intervention names are matched against `vocabulary` (the database's). Throws
// InputError for a missing, unreadable, too large or unknown file, and ImportError with every
// problem in its contents.
Dataset readImportFile(const QString &path, const Dataset &vocabulary = Dataset());

} // namespace eb
