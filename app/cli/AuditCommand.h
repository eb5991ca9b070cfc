// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandLine.h"

#include <QTextStream>

namespace eb {

// `evidence-browser audit [--format text|json] [--database PATH]`: every internal
// contradiction the integrity checks find in the stored numbers (README "Evidence integrity
// checks"). Exits 0 whenever it ran, whatever it found.
class AuditCommand
{
public:
    static int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err);
};

} // namespace eb
