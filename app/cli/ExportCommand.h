// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandLine.h"

#include <QTextStream>

namespace eb {

// `evidence-browser export --format json [--condition ID] [--database PATH]`: the dataset
// with every source, study, arm, outcome, effect and quote, as JSON on stdout.
class ExportCommand
{
public:
    static int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err);
};

} // namespace eb
