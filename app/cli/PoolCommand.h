// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandLine.h"

#include <QTextStream>

namespace eb {

// `evidence-browser pool --input FILE.csv --measure OR|RR|RD|HR --method FE|DL|REML
// [--hksj] [--format json|text]`: a meta-analysis of the file's studies.
class PoolCommand
{
public:
    static int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err);
};

} // namespace eb
