// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"
#include "cli/DatabaseOptions.h"

#include <memory>
#include <vector>

namespace eb {

// What the user asked for on the command line: the window, help, the version, or one of the
// subcommands, each of which declares its own options (the table in commands()). Parsing
// needs no application object, so main() can decide before creating one whether a display
// is needed.
class CommandLine
{
public:
    enum class Action
    {
        OpenWindow,
        PrintHelp,
        PrintVersion,
        RunCommand
    };

    CommandLine();

    // Throws UsageError ("unknown command 'x'; commands: ...", "--dpi: give a number ...").
    void parse(const QStringList &arguments);

    Action action() const { return m_action; }
    const QString &helpText() const { return m_helpText; }
    Command &command() const { return *m_command; }
    const DatabaseOptions &windowOptions() const { return m_windowOptions; }
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

private:
    Command *findCommand(const QStringList &arguments) const;
    QString commandsHelp() const;

    std::vector<std::unique_ptr<Command>> m_commands;
    Action m_action = Action::OpenWindow;
    QString m_helpText;
    Command *m_command = nullptr;
    DatabaseOptions m_windowOptions;
};

} // namespace eb
