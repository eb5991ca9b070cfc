// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandLine.h"
#include "data/EvidenceRepository.h"

#include <QTextStream>

#include <optional>
#include <variant>

namespace eb {

// The database the command line names, or the default one.
QString databasePathFor(const CommandLine &commandLine);

// The condition id for --condition ("" when the option is absent); std::nullopt after
// telling the user on err that no such condition exists.
std::optional<QString> conditionIdFor(const CommandLine &commandLine,
                                      const EvidenceRepository &repository, QTextStream &err);

// The dataset of --database, filtered by --condition; or, after telling the user on err,
// the exit code to end with (1 for a database failure, 2 for an unknown condition).
std::variant<Dataset, int> loadSelectedDataset(const CommandLine &commandLine, QTextStream &err);

} // namespace eb
