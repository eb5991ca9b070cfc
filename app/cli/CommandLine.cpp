// SPDX-License-Identifier: MIT
#include "cli/CommandLine.h"

#include "core/ApplicationInfo.h"
#include "core/stats/MetaAnalysis.h"

#include <QCommandLineParser>

namespace eb {
namespace {

const QString exportCommand = QStringLiteral("export");
const QString poolCommand = QStringLiteral("pool");
const QString auditCommand = QStringLiteral("audit");
const QString exportForestCommand = QStringLiteral("export-forest");
const QString exportBarsCommand = QStringLiteral("export-bars");

bool isFigureCommand(const QString &command)
{
    return command == exportForestCommand || command == exportBarsCommand;
}

QList<QCommandLineOption> figureOptions(const QString &command)
{
    QList<QCommandLineOption> options{
        {QStringLiteral("out"), QStringLiteral("The file to write: .png, .svg or .pdf."),
         QStringLiteral("FILE")},
        {QStringLiteral("study"),
         QStringLiteral("Only this study (its id, or a unique part of its name)."),
         QStringLiteral("NAME")},
        {QStringLiteral("endpoint"), QStringLiteral("Only this endpoint (its id or label)."),
         QStringLiteral("NAME")},
        {QStringLiteral("dpi"), QStringLiteral("Resolution of a PNG (default 300)."),
         QStringLiteral("N"), QStringLiteral("300")},
        {QStringLiteral("width-mm"), QStringLiteral("Figure width in millimetres (default 170)."),
         QStringLiteral("W"), QStringLiteral("170")}};
    if (command == exportForestCommand)
        options +=
            {{QStringLiteral("input"),
              QStringLiteral("Plot a CSV of studies instead (as for pool)."),
              QStringLiteral("FILE")},
             {QStringLiteral("measure"), QStringLiteral("With --input: OR, RR, RD or HR."),
              QStringLiteral("MEASURE")},
             {QStringLiteral("method"), QStringLiteral("Pooling: FE, DL or REML (default REML)."),
              QStringLiteral("METHOD"), QStringLiteral("REML")},
             {QStringLiteral("hksj"),
              QStringLiteral("Hartung-Knapp-Sidik-Jonkman adjustment (DL and REML only).")}};
    return options;
}

QString figureUsageError(const CommandLine &commandLine, bool forest)
{
    if (commandLine.outPath.isEmpty())
        return QStringLiteral("%1 needs --out FILE.png|.svg|.pdf").arg(commandLine.command);
    const QString suffix = commandLine.outPath.section(u'.', -1).toLower();
    if (suffix != u"png" && suffix != u"svg" && suffix != u"pdf")
        return QStringLiteral("--out: '%1' must end in .png, .svg or .pdf")
            .arg(commandLine.outPath);
    if (!(commandLine.dpi >= 30 && commandLine.dpi <= 2400))
        return QStringLiteral("--dpi: give a number from 30 to 2400");
    if (!(commandLine.widthMillimetres >= 20 && commandLine.widthMillimetres <= 1000))
        return QStringLiteral("--width-mm: give a number from 20 to 1000");
    if (!forest)
        return QString();
    const std::optional<PoolingMethod> method = poolingMethodFromCode(commandLine.method);
    if (!method)
        return QStringLiteral("--method: '%1' is not one of FE, DL, REML").arg(commandLine.method);
    if (commandLine.hartungKnapp && *method == PoolingMethod::FixedEffect)
        return QStringLiteral("--hksj applies to random-effects models (DL, REML), not to FE");
    if (!commandLine.inputPath.isEmpty() && !measureFromCode(commandLine.measure))
        return QStringLiteral("--input needs --measure OR, RR, RD or HR");
    if (commandLine.inputPath.isEmpty() && !commandLine.measure.isEmpty())
        return QStringLiteral("--measure goes with --input");
    if (!commandLine.inputPath.isEmpty() &&
        (!commandLine.condition.isEmpty() || !commandLine.studyName.isEmpty() ||
         !commandLine.endpointName.isEmpty()))
        return QStringLiteral(
            "--input plots the file alone; leave out --condition, --study and --endpoint");
    return QString();
}

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
    if (command == poolCommand || command == auditCommand)
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
        QStringLiteral("--database"), QStringLiteral("--condition"), QStringLiteral("--format"),
        QStringLiteral("--input"),    QStringLiteral("--measure"),   QStringLiteral("--method"),
        QStringLiteral("--out"),      QStringLiteral("--study"),     QStringLiteral("--endpoint"),
        QStringLiteral("--dpi"),      QStringLiteral("--width-mm")};
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
    return {exportCommand, poolCommand, auditCommand, exportForestCommand, exportBarsCommand};
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
        "  pool     meta-analyse a CSV of studies (--input FILE --measure M --method M)\n"
        "  audit    list the stored numbers that contradict each other (--format text|json)\n"
        "  export-forest  write a forest plot (--out FILE.png|.svg|.pdf)\n"
        "  export-bars    write the response-rate bars (--out FILE.png|.svg|.pdf)"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption condition = conditionOption();
    const QCommandLineOption format = formatOption(result.command);
    parser.addOption(database);
    parser.addOption(condition);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("export, pool, audit, export-forest or export-bars. Without one, the "
                       "window opens."),
        QStringLiteral("[command]"));
    if (result.command == exportCommand || result.command == poolCommand ||
        result.command == auditCommand)
        parser.addOption(format);
    if (result.command == poolCommand)
        parser.addOptions(poolOptions());
    if (isFigureCommand(result.command))
        parser.addOptions(figureOptions(result.command));

    const bool parsed = parser.parse(arguments);
    // The parser runs before any QCoreApplication exists (the command decides which kind to
    // create), so Qt cannot know the program's name and writes a placeholder for it.
    result.helpText =
        parser.helpText().replace(QStringLiteral("<executable_name>"), executableName());
    if (!parsed) {
        result.error = parser.errorText();
        return result;
    }
    result.showHelp = parser.isSet(help);
    result.showVersion = parser.isSet(version);
    result.databasePath = parser.value(database);
    result.condition = parser.value(condition);
    if (result.command == exportCommand || result.command == poolCommand ||
        result.command == auditCommand)
        result.format = parser.value(format);
    if (isFigureCommand(result.command)) {
        result.outPath = parser.value(QStringLiteral("out"));
        result.studyName = parser.value(QStringLiteral("study"));
        result.endpointName = parser.value(QStringLiteral("endpoint"));
        result.dpi = parser.value(QStringLiteral("dpi")).toDouble();
        result.widthMillimetres = parser.value(QStringLiteral("width-mm")).toDouble();
        if (result.command == exportForestCommand) {
            result.inputPath = parser.value(QStringLiteral("input"));
            result.measure = parser.value(QStringLiteral("measure"));
            result.method = parser.value(QStringLiteral("method"));
            result.hartungKnapp = parser.isSet(QStringLiteral("hksj"));
        }
    }
    if (result.command == poolCommand) {
        result.inputPath = parser.value(QStringLiteral("input"));
        result.measure = parser.value(QStringLiteral("measure"));
        result.method = parser.value(QStringLiteral("method"));
        result.hartungKnapp = parser.isSet(QStringLiteral("hksj"));
    }

    if (!result.command.isEmpty() && !commands().contains(result.command))
        result.error = QStringLiteral("unknown command '%1'; commands: %2")
                           .arg(result.command, commands().join(QStringLiteral(", ")));
    else if (result.showHelp || result.showVersion)
        return result; // asking for help is never a usage error ("export-forest --help")
    else if (parser.positionalArguments().size() > 1)
        result.error =
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1));
    else if (result.command == exportCommand && result.format != u"json")
        result.error = QStringLiteral("--format: unsupported format '%1'; export writes json")
                           .arg(result.format);
    else if (result.command == auditCommand && result.format != u"json" && result.format != u"text")
        result.error =
            QStringLiteral("--format: unsupported format '%1'; audit writes text or json")
                .arg(result.format);
    else if (result.command == poolCommand)
        result.error = poolUsageError(result);
    else if (isFigureCommand(result.command))
        result.error = figureUsageError(result, result.command == exportForestCommand);
    return result;
}

} // namespace eb
