// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandLine.h"
#include "data/EvidenceRepository.h"

#include <QTextStream>

#include <optional>

namespace eb {

// The database the command line names, or the default one.
QString databasePathFor(const CommandLine &commandLine);

// The condition id for --condition ("" when the option is absent); std::nullopt after
// telling the user on err that no such condition exists.
std::optional<QString> conditionIdFor(const CommandLine &commandLine,
                                      const EvidenceRepository &repository, QTextStream &err);

} // namespace eb
