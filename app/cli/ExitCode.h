// SPDX-License-Identifier: MIT
#pragma once

namespace eb {

// The exit codes of every subcommand (README "Command line").
enum ExitCode : int
{
    ExitDone = 0,
    ExitRuntimeFailure = 1, // database, file system
    ExitUsageError = 2,     // bad option or bad input
};

} // namespace eb
