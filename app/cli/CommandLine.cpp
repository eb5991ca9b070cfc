// SPDX-License-Identifier: MIT
#include "cli/CommandLine.h"

#include "core/ApplicationInfo.h"

#include <QCommandLineParser>

namespace eb {
namespace {

const QString exportCommand = QStringLiteral("export");

QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"),
            QStringLiteral("Use the evidence database PATH (created from the bundled dataset if "
                           "absent) instead of the default one."),
            QStringLiteral("PATH")};
}

QCommandLineOption conditionOption()
{
    return {QStringLiteral("condition"),
            QStringLiteral("Only studies of this condition (hbv, cirrhosis, hcc, ...; any case)."),
            QStringLiteral("ID")};
}

QCommandLineOption formatOption()
{
    return {QStringLiteral("format"), QStringLiteral("Output format: json."),
            QStringLiteral("FORMAT"), QStringLiteral("json")};
}

// The first argument that is neither an option nor the value of one names the command.
QString findCommand(const QStringList &arguments)
{
    static const QStringList valueOptions{
        QStringLiteral("--database"), QStringLiteral("--condition"), QStringLiteral("--format")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (valueOptions.contains(argument)) {
            ++i;
            continue;
        }
        if (argument == u"--")
            return arguments.value(i + 1);
        if (!argument.startsWith(u'-'))
            return argument;
    }
    return QString();
}

} // namespace

QStringList CommandLine::commands()
{
    return {exportCommand};
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    result.command = findCommand(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Evidence Browser: what the clinical evidence says about a therapy.\n"
                       "Without a command it opens the window.\n\nCommands:\n"
                       "  export   print the dataset with its sources and quotes (--format json)"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption condition = conditionOption();
    const QCommandLineOption format = formatOption();
    parser.addOption(database);
    parser.addOption(condition);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("Optional: export. Without one, the window opens."),
                                 QStringLiteral("[command]"));
    if (result.command == exportCommand)
        parser.addOption(format);

    const bool parsed = parser.parse(arguments);
    result.helpText = parser.helpText();
    if (!parsed) {
        result.error = parser.errorText();
        return result;
    }
    result.showHelp = parser.isSet(help);
    result.showVersion = parser.isSet(version);
    result.databasePath = parser.value(database);
    result.condition = parser.value(condition);
    if (result.command == exportCommand)
        result.format = parser.value(format);

    if (!result.command.isEmpty() && !commands().contains(result.command))
        result.error = QStringLiteral("unknown command '%1'; commands: %2")
                           .arg(result.command, commands().join(QStringLiteral(", ")));
    else if (parser.positionalArguments().size() > 1)
        result.error =
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1));
    else if (result.command == exportCommand && result.format != u"json")
        result.error = QStringLiteral("--format: unsupported format '%1'; export writes json")
                           .arg(result.format);
    return result;
}

} // namespace eb
