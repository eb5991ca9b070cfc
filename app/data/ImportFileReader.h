// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

namespace eb {

// Reads a file to import into a Dataset, by its type: the JSON that `export --format json`
// writes (.json) or a RevMan 5 review (.rm5). Throws InputError for a missing, unreadable, too
// large or unknown file, and ImportError with every problem in its contents.
Dataset readImportFile(const QString &path);

} // namespace eb
