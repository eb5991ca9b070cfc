// SPDX-License-Identifier: MIT
#include "cli/CommandLine.h"

#include "cli/AuditCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ExportFigureCommand.h"
#include "cli/ImportCommand.h"
#include "cli/PoolCommand.h"
#include "cli/SummaryCommand.h"
#include "core/ApplicationInfo.h"

#include <QSet>

namespace eb {

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<PoolCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<SummaryCommand>());
    m_commands.push_back(std::make_unique<ExportFigureCommand>(FigureKind::Forest));
    m_commands.push_back(std::make_unique<ExportFigureCommand>(FigureKind::Rates));
}

QString CommandLine::commandsHelp() const
{
    QString text;
    for (const auto &command : m_commands)
        text +=
            QStringLiteral("\n  %1  %2").arg(command->name().leftJustified(14), command->summary());
    return text;
}

// The first argument that is neither an option nor the value of one names the command; the
// options that take a value are those the commands declare with a value name.
Command *CommandLine::findCommand(const QStringList &arguments) const
{
    QSet<QString> takesValue;
    for (const QCommandLineOption &option : DatabaseOptions::options())
        takesValue.insert(QStringLiteral("--") + option.names().constFirst());
    for (const auto &command : m_commands)
        for (const QCommandLineOption &option : command->options())
            if (!option.valueName().isEmpty())
                for (const QString &name : option.names())
                    takesValue.insert(
                        (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (takesValue.contains(argument)) {
            ++i;
            continue;
        }
        if (argument.startsWith(u'-') && argument != u"--")
            continue;
        const QString name = argument == u"--" ? arguments.value(i + 1) : argument;
        if (name.isEmpty())
            return nullptr;
        for (const auto &command : m_commands)
            if (command->name() == name)
                return command.get();
        QStringList names;
        for (const auto &command : m_commands)
            names.append(command->name());
        throw UsageError(QStringLiteral("unknown command '%1'; commands: %2")
                             .arg(name, names.join(QStringLiteral(", "))));
    }
    return nullptr;
}

void CommandLine::parse(const QStringList &arguments)
{
    m_command = findCommand(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Evidence Browser: what the clinical evidence says about a therapy.\n"
                       "Without a command it opens the window.\n\nCommands:") +
        commandsHelp());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (m_command) {
        parser.addOptions(m_command->options());
        parser.addPositionalArgument(m_command->name(), m_command->summary());
        for (const QString &argument : m_command->positionalArguments())
            parser.addPositionalArgument(argument, QString());
    } else {
        parser.addOptions(DatabaseOptions::options());
        parser.addPositionalArgument(QStringLiteral("command"),
                                     QStringLiteral("One of the commands above. Without one, the "
                                                    "window opens."),
                                     QStringLiteral("[command]"));
    }
    const bool parsed = parser.parse(arguments);
    // The parser runs before any QCoreApplication exists (the command decides which kind to
    // create), so Qt cannot know the program's name and writes a placeholder for it.
    m_helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), executableName());
    if (!parsed)
        throw UsageError(parser.errorText());
    // Asking for help is never a usage error ("export-forest --help"). The window takes no Qt
    // options, so --help-all is --help, and needs no display either.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        m_action = Action::PrintHelp;
        return;
    }
    if (parser.isSet(version)) {
        m_action = Action::PrintVersion;
        return;
    }
    const qsizetype allowed = 1 + (m_command ? m_command->positionalArguments().size() : 0);
    if (parser.positionalArguments().size() > allowed)
        throw UsageError(QStringLiteral("unexpected argument '%1'")
                             .arg(parser.positionalArguments().at(allowed)));
    if (!m_command) {
        m_windowOptions.read(parser);
        m_action = Action::OpenWindow;
        return;
    }
    m_command->configure(parser);
    m_action = Action::RunCommand;
}

} // namespace eb
