// SPDX-License-Identifier: MIT
#include "cli/CommandLine.h"

#include "core/ApplicationInfo.h"
#include "core/stats/MetaAnalysis.h"

#include <QCommandLineParser>

namespace eb {
namespace {

const QString exportCommand = QStringLiteral("export");
const QString poolCommand = QStringLiteral("pool");

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

QCommandLineOption formatOption(const QString &command)
{
    if (command == poolCommand)
        return {QStringLiteral("format"), QStringLiteral("Output format: text (default) or json."),
                QStringLiteral("FORMAT"), QStringLiteral("text")};
    return {QStringLiteral("format"), QStringLiteral("Output format: json."),
            QStringLiteral("FORMAT"), QStringLiteral("json")};
}

QList<QCommandLineOption> poolOptions()
{
    return {
        {QStringLiteral("input"),
         QStringLiteral("CSV with study,events_t,total_t,events_c,total_c or "
                        "study,estimate,ci_low,ci_high."),
         QStringLiteral("FILE")},
        {QStringLiteral("measure"), QStringLiteral("OR, RR, RD or HR."), QStringLiteral("MEASURE")},
        {QStringLiteral("method"), QStringLiteral("FE, DL or REML."), QStringLiteral("METHOD")},
        {QStringLiteral("hksj"),
         QStringLiteral("Hartung-Knapp-Sidik-Jonkman adjustment (DL and REML only).")}};
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

QString poolUsageError(const CommandLine &commandLine)
{
    if (commandLine.inputPath.isEmpty())
        return QStringLiteral("pool needs --input FILE.csv");
    if (!measureFromCode(commandLine.measure))
        return QStringLiteral("--measure: '%1' is not one of OR, RR, RD, HR")
            .arg(commandLine.measure);
    const std::optional<PoolingMethod> method = poolingMethodFromCode(commandLine.method);
    if (!method)
        return QStringLiteral("--method: '%1' is not one of FE, DL, REML").arg(commandLine.method);
    if (commandLine.hartungKnapp && *method == PoolingMethod::FixedEffect)
        return QStringLiteral("--hksj applies to random-effects models (DL, REML), not to FE");
    if (commandLine.format != u"json" && commandLine.format != u"text")
        return QStringLiteral("--format: unsupported format '%1'; pool writes text or json")
            .arg(commandLine.format);
    return QString();
}

} // namespace

QStringList CommandLine::commands()
{
    return {exportCommand, poolCommand};
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    result.command = findCommand(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Evidence Browser: what the clinical evidence says about a therapy.\n"
        "Without a command it opens the window.\n\nCommands:\n"
        "  export   print the dataset with its sources and quotes (--format json)\n"
        "  pool     meta-analyse a CSV of studies (--input FILE --measure M --method M)"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption condition = conditionOption();
    const QCommandLineOption format = formatOption(result.command);
    parser.addOption(database);
    parser.addOption(condition);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("export or pool. Without one, the window opens."),
                                 QStringLiteral("[command]"));
    if (result.command == exportCommand || result.command == poolCommand)
        parser.addOption(format);
    if (result.command == poolCommand)
        parser.addOptions(poolOptions());

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
    if (result.command == exportCommand || result.command == poolCommand)
        result.format = parser.value(format);
    if (result.command == poolCommand) {
        result.inputPath = parser.value(QStringLiteral("input"));
        result.measure = parser.value(QStringLiteral("measure"));
        result.method = parser.value(QStringLiteral("method"));
        result.hartungKnapp = parser.isSet(QStringLiteral("hksj"));
    }

    if (!result.command.isEmpty() && !commands().contains(result.command))
        result.error = QStringLiteral("unknown command '%1'; commands: %2")
                           .arg(result.command, commands().join(QStringLiteral(", ")));
    else if (parser.positionalArguments().size() > 1)
        result.error =
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1));
    else if (result.command == exportCommand && result.format != u"json")
        result.error = QStringLiteral("--format: unsupported format '%1'; export writes json")
                           .arg(result.format);
    else if (result.command == poolCommand)
        result.error = poolUsageError(result);
    return result;
}

} // namespace eb
