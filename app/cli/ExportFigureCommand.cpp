// SPDX-License-Identifier: MIT
#include "cli/ExportFigureCommand.h"

#include "core/io/FileIdentity.h"
#include "data/DatabaseError.h"

namespace eb {
namespace {

// A study by id, or by a unique part of its name, without regard to case.
QString findStudyId(const Dataset &dataset, const QString &name)
{
    QStringList matches;
    for (const Study &study : dataset.studies) {
        if (study.id.compare(name, Qt::CaseInsensitive) == 0)
            return study.id;
        if (study.name.contains(name, Qt::CaseInsensitive))
            matches.append(study.id);
    }
    if (matches.size() == 1)
        return matches.first();
    QStringList ids;
    for (const Study &study : dataset.studies)
        ids.append(study.id);
    throw UsageError(matches.isEmpty()
                         ? QStringLiteral("--study: no study matches '%1'; studies: %2")
                               .arg(name, ids.join(QStringLiteral(", ")))
                         : QStringLiteral("--study: '%1' matches several studies: %2")
                               .arg(name, matches.join(QStringLiteral(", "))));
}

QString findEndpointId(const Dataset &dataset, const QString &name)
{
    QStringList ids;
    for (const Endpoint &endpoint : dataset.endpoints) {
        if (endpoint.id.compare(name, Qt::CaseInsensitive) == 0 ||
            endpoint.label.compare(name, Qt::CaseInsensitive) == 0)
            return endpoint.id;
        ids.append(endpoint.id);
    }
    throw UsageError(QStringLiteral("--endpoint: no endpoint '%1'; endpoints: %2")
                         .arg(name, ids.join(QStringLiteral(", "))));
}

double numberOption(const QCommandLineParser &parser, const QString &name, double low, double high)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value >= low && value <= high))
        throw UsageError(
            QStringLiteral("--%1: give a number from %2 to %3").arg(name).arg(low).arg(high));
    return value;
}

} // namespace

ExportFigureCommand::ExportFigureCommand(FigureKind kind)
    : m_kind(kind)
{}

QString ExportFigureCommand::name() const
{
    return m_kind == FigureKind::Forest ? QStringLiteral("export-forest")
                                        : QStringLiteral("export-bars");
}

QString ExportFigureCommand::summary() const
{
    return m_kind == FigureKind::Forest
               ? QStringLiteral("write a forest plot (--out FILE.png|.svg|.pdf)")
               : QStringLiteral("write the response-rate bars (--out FILE.png|.svg|.pdf)");
}

QList<QCommandLineOption> ExportFigureCommand::options() const
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
    options << DatabaseOptions::options();
    if (m_kind == FigureKind::Forest)
        options << m_pooling.options()
                << QCommandLineOption(
                       QStringLiteral("page"),
                       QStringLiteral("Draw page N (from 1) of a forest plot too long to draw "
                                      "at once (more than %1 rows).")
                           .arg(forestRowsPerPage),
                       QStringLiteral("N"))
                << QCommandLineOption(QStringLiteral("rows-per-page"),
                                      QStringLiteral("With --page: rows on a page (default %1).")
                                          .arg(forestRowsPerPage),
                                      QStringLiteral("M"))
                << QCommandLineOption(QStringLiteral("treatment"),
                                      QStringLiteral("With --input: the first group's name."),
                                      QStringLiteral("NAME"))
                << QCommandLineOption(QStringLiteral("control"),
                                      QStringLiteral("With --input: the second group's name."),
                                      QStringLiteral("NAME"))
                << QCommandLineOption(
                       QStringLiteral("outcome-is"),
                       QStringLiteral("With --input: benefit (higher is better, as a response) "
                                      "or harm (higher is worse, as death). Without it the "
                                      "figure names no favoured side."),
                       QStringLiteral("benefit|harm"));
    return options;
}

void ExportFigureCommand::configure(const QCommandLineParser &parser)
{
    m_outPath = parser.value(QStringLiteral("out"));
    if (m_outPath.isEmpty())
        throw UsageError(QStringLiteral("%1 needs --out FILE.png|.svg|.pdf").arg(name()));
    const QString suffix = m_outPath.section(u'.', -1).toLower();
    if (suffix != u"png" && suffix != u"svg" && suffix != u"pdf")
        throw UsageError(
            QStringLiteral("--out: '%1' must end in .png, .svg or .pdf").arg(m_outPath));
    m_export.dpi = numberOption(parser, QStringLiteral("dpi"), 30, 2400);
    m_export.widthMillimetres = numberOption(parser, QStringLiteral("width-mm"), 20, 1000);
    m_studyName = parser.value(QStringLiteral("study"));
    m_endpointName = parser.value(QStringLiteral("endpoint"));
    m_database.read(parser);
    if (m_kind != FigureKind::Forest)
        return;
    m_pooling.read(parser, false);
    if (parser.isSet(QStringLiteral("page")))
        m_page = int(numberOption(parser, QStringLiteral("page"), 1, 1e9));
    if (parser.isSet(QStringLiteral("rows-per-page"))) {
        if (m_page == 0)
            throw UsageError(QStringLiteral("--rows-per-page goes with --page"));
        m_rowsPerPage = int(numberOption(parser, QStringLiteral("rows-per-page"), 1, 5000));
    }
    if (m_pooling.hasInput() && (parser.isSet(QStringLiteral("condition")) ||
                                 !m_studyName.isEmpty() || !m_endpointName.isEmpty()))
        throw UsageError(QStringLiteral(
            "--input plots the file alone; leave out --condition, --study and --endpoint"));
    readComparison(parser);
}

// The groups a user's file compares: named by the user, "treatment" and "control" otherwise;
// which side is good only when the user says whether the outcome is a benefit or a harm.
void ExportFigureCommand::readComparison(const QCommandLineParser &parser)
{
    const QStringList names{QStringLiteral("treatment"), QStringLiteral("control"),
                            QStringLiteral("outcome-is")};
    for (const QString &name : names)
        if (parser.isSet(name) && !m_pooling.hasInput())
            throw UsageError(QStringLiteral("--%1 goes with --input (the database names its "
                                            "own groups and outcomes)")
                                 .arg(name));
    if (parser.isSet(QStringLiteral("treatment")))
        m_comparison.treatment = m_comparison.treatmentShort =
            parser.value(QStringLiteral("treatment")).trimmed();
    if (parser.isSet(QStringLiteral("control")))
        m_comparison.control = m_comparison.controlShort =
            parser.value(QStringLiteral("control")).trimmed();
    if (m_comparison.treatment.isEmpty() || m_comparison.control.isEmpty())
        throw UsageError(QStringLiteral("--treatment and --control need a name"));
    const QString outcome = parser.value(QStringLiteral("outcome-is"));
    if (outcome == u"benefit")
        m_comparison.direction = Direction::HigherIsBetter;
    else if (outcome == u"harm")
        m_comparison.direction = Direction::HigherIsWorse;
    else if (!outcome.isEmpty())
        throw UsageError(QStringLiteral("--outcome-is: '%1' is not benefit or harm").arg(outcome));
}

// The selection of --condition narrowed by --study and --endpoint.
StudySelection ExportFigureCommand::selectionIn(const Dataset &dataset,
                                                StudySelection selection) const
{
    if (!m_studyName.isEmpty())
        selection.studyId = findStudyId(dataset, m_studyName);
    if (!m_endpointName.isEmpty())
        selection.endpointId = findEndpointId(dataset, m_endpointName);
    return selection;
}

FigureDocument ExportFigureCommand::figure(QTextStream &err) const
{
    if (m_pooling.hasInput())
        return buildForestOfEstimates(m_pooling.readStudies(err).studies, m_pooling.measure(),
                                      m_pooling.pooling(), m_pooling.inputPath(), m_comparison);
    const DatabaseOptions::Selected selected = m_database.load();
    const DatasetView view(selected.dataset);
    const FigureOutcome outcome =
        buildFigure(view, {m_kind, selectionIn(view.dataset(), selected.selection),
                           m_pooling.pooling(), m_page, m_rowsPerPage});
    if (!outcome.figure)
        throw UsageError(QStringLiteral("nothing written: ") + outcome.whyNothing);
    return *outcome.figure;
}

void ExportFigureCommand::run(QTextStream &out, QTextStream &err) const
{
    // Checked before the database is opened (and perhaps created) at that path.
    if (isSameFile(m_outPath, m_database.databasePath()))
        throw UsageError(QStringLiteral("--out: %1 is the evidence database; choose another file")
                             .arg(m_outPath));
    const FigureDocument document = figure(err);
    const QString error =
        FigureExporter::write(document.render, m_outPath, m_export, document.metadata());
    if (!error.isEmpty())
        throw DatabaseError(error);
    out << m_outPath << u'\n';
}

} // namespace eb
