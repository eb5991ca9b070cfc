// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandLine.h"

#include <QTextStream>

namespace eb {

// `evidence-browser export-forest|export-bars --out FILE.png|.svg|.pdf [--condition ID]
// [--study NAME] [--endpoint NAME] [--input FILE.csv --measure M] [--method FE|DL|REML]
// [--hksj] [--dpi N] [--width-mm W] [--database PATH]`: the figure the window shows, as a
// file. A selection with nothing to draw writes nothing and exits 2 with the reason.
class ExportFigureCommand
{
public:
    static int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err);
};

} // namespace eb
