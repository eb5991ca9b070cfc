// SPDX-License-Identifier: MIT
#include "core/summary/SummaryReport.h"

#include "core/ApplicationInfo.h"
#include "core/Disclaimer.h"
#include "core/format/EvidenceText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

namespace eb::summary {
namespace {

QString caveatNumbers(const SummaryLine &line)
{
    QStringList numbers;
    for (int number : line.caveats)
        numbers.append(QString::number(number));
    return numbers.join(QStringLiteral(", "));
}

// "Tα1 9/29 (31.0%) vs IFN-α 15/33 (45.5%)"; one group's rate alone; empty without rates.
QString rates(const SummaryQuestion &question, const SummaryLine &line)
{
    if (question.singleGroup)
        return line.treatmentRate.isEmpty()
                   ? QString()
                   : line.treatmentRate + (line.method.isEmpty()
                                               ? QString()
                                               : QStringLiteral(" (") + line.method + u')');
    if (line.treatmentRate.isEmpty() && line.controlRate.isEmpty())
        return QString();
    const auto rate = [](const QString &value) {
        return value.isEmpty() ? notReported() : value;
    };
    return QStringLiteral("%1 %2 vs %3 %4")
        .arg(question.treatmentShort, rate(line.treatmentRate), question.controlShort,
             rate(line.controlRate));
}

QString effectText(const SummaryLine &line)
{
    if (line.effect.isEmpty())
        return line.treatmentRate.isEmpty() || line.countsReported
                   ? QStringLiteral("No effect or CI reported")
                   : QStringLiteral("No effect, CI or counts reported: rates only");
    return line.computed
               ? line.effect + QStringLiteral(" (95% CI; computed by Evidence Browser from the "
                                              "counts, the source prints no effect)")
               : line.effect;
}

QString studiesText(const SummaryQuestion &question)
{
    QStringList studies;
    for (const SummaryLine &line : question.lines)
        if (!studies.contains(line.studyId))
            studies.append(line.studyId);
    return studies.size() == 1 ? QStringLiteral("1 study")
                               : QStringLiteral("%1 studies").arg(studies.size());
}

QString favoursId(const reading::Reading &reading)
{
    if (!reading.favoursTreatment)
        return QString();
    return *reading.favoursTreatment ? QStringLiteral("treatment") : QStringLiteral("control");
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString toText(const EvidenceSummary &summary, const QString &datasetVersion)
{
    QString text = format::wrapped(Disclaimer::headline() + u' ' + Disclaimer::text(), QString());
    text += u'\n' + summary.title + QStringLiteral(" (dataset ") + datasetVersion +
            QStringLiteral(")\n");
    text +=
        format::wrapped(QStringLiteral("Readings follow from the numbers by fixed rules (README "
                                       "\"Summary of findings\"), never from the source's words. "
                                       "Certainty, in two parts: ") +
                            sourceCertainty(summary) + QStringLiteral("; Program: per line. ") +
                            evidenceLevelRule(),
                        QString());
    int number = 0;
    for (const SummaryQuestion &question : summary.questions) {
        text += QStringLiteral("\n%1. %2 (%3)\n")
                    .arg(QString::number(++number), question.title, studiesText(question));
        for (const SummaryLine &line : question.lines) {
            text += QStringLiteral("   %1\n").arg(line.studyName);
            const QString indent = QStringLiteral("     ");
            text +=
                format::wrapped(QStringLiteral("Design: %1 · participants: %2 · %3")
                                    .arg(line.design, line.participants, programCertainty(line)),
                                indent);
            if (!question.singleGroup)
                text += format::wrapped(QStringLiteral("Effect: ") + effectText(line), indent);
            if (const QString shown = rates(question, line); !shown.isEmpty())
                text += format::wrapped(QStringLiteral("Rates: ") + shown, indent);
            text += format::wrapped(QStringLiteral("Reading: ") + line.reading.text, indent);
            if (!line.otherTimepoints.isEmpty())
                text += format::wrapped(line.otherTimepoints, indent);
            for (const QString &disagreement : line.disagreements)
                text += format::wrapped(QStringLiteral("⚑ ") + disagreement, indent);
            if (!line.sourceWords.isEmpty())
                text += format::wrapped(line.sourceWordsLabel() + line.sourceWords, indent);
            if (!line.caveats.isEmpty())
                text += format::wrapped(QStringLiteral("Caveats: ") + caveatNumbers(line), indent);
        }
        if (!question.note.isEmpty())
            text +=
                format::wrapped(QStringLiteral("Note: ") + question.note, QStringLiteral("   "));
    }
    if (!summary.caveats.isEmpty()) {
        text += QStringLiteral("\nCaveats\n");
        for (const SummaryCaveat &caveat : summary.caveats)
            text +=
                format::wrapped(QString::number(caveat.number) + QStringLiteral(". ") + caveat.text,
                                QStringLiteral("  "));
    }
    text += QStringLiteral("\nSources\n");
    for (const QString &source : summary.sources)
        text += format::wrapped(QStringLiteral("- ") + source, QStringLiteral("  "));
    return text;
}

QJsonObject toJson(const EvidenceSummary &summary, const QString &datasetVersion)
{
    QJsonArray questions;
    for (const SummaryQuestion &question : summary.questions) {
        QJsonArray lines;
        for (const SummaryLine &line : question.lines) {
            QJsonArray caveats;
            for (int number : line.caveats)
                caveats.append(number);
            lines.append(QJsonObject{
                {QStringLiteral("study_id"), line.studyId},
                {QStringLiteral("study"), line.studyName},
                {QStringLiteral("effect_id"), orNull(line.effectId)},
                {QStringLiteral("design"), line.design},
                {QStringLiteral("participants"), line.participants},
                {QStringLiteral("effect"), orNull(line.effect)},
                {QStringLiteral("effect_computed_from_counts"), line.computed},
                {QStringLiteral("treatment_rate"), orNull(line.treatmentRate)},
                {QStringLiteral("control_rate"), orNull(line.controlRate)},
                {QStringLiteral("method"), orNull(line.method)},
                {QStringLiteral("reading"), line.reading.text},
                {QStringLiteral("reading_rule"), reading::ruleId(line.reading.rule)},
                {QStringLiteral("favours"), orNull(favoursId(line.reading))},
                {QStringLiteral("other_time_points"), orNull(line.otherTimepoints)},
                {QStringLiteral("disagreements"), QJsonArray::fromStringList(line.disagreements)},
                {QStringLiteral("source_words"), orNull(line.sourceWords)},
                {QStringLiteral("caveats"), caveats},
                {QStringLiteral("certainty"),
                 QJsonObject{{QStringLiteral("source"), sourceCertainty(summary)},
                             {QStringLiteral("program_level"), QString(line.level)},
                             {QStringLiteral("program"), programCertainty(line)}}}});
        }
        questions.append(QJsonObject{
            {QStringLiteral("question"), question.title},
            {QStringLiteral("comparison"), question.comparison},
            {QStringLiteral("single_group"), question.singleGroup},
            {QStringLiteral("treatment"), question.treatmentShort},
            {QStringLiteral("control"), orNull(question.controlShort)},
            {QStringLiteral("endpoint_id"), question.endpointId},
            {QStringLiteral("endpoint"), question.endpoint},
            {QStringLiteral("timepoint"), question.timepoint},
            {QStringLiteral("studies"), studiesText(question)},
            {QStringLiteral("note"), orNull(question.note)},
            {QStringLiteral("forest_panels"), QJsonArray::fromStringList(question.forestPanels)},
            {QStringLiteral("lines"), lines}});
    }
    QJsonArray caveats;
    for (const SummaryCaveat &caveat : summary.caveats)
        caveats.append(QJsonObject{{QStringLiteral("number"), caveat.number},
                                   {QStringLiteral("kind"), caveat.kind},
                                   {QStringLiteral("text"), caveat.text}});
    QJsonValue rating(QJsonValue::Null);
    if (summary.sourceRating)
        rating = QJsonObject{{QStringLiteral("label"), summary.sourceRating->label},
                             {QStringLiteral("statement"), summary.sourceRating->statement},
                             {QStringLiteral("quotation"), summary.sourceRating->quotation},
                             {QStringLiteral("scope"), QStringLiteral("the therapy as a whole")}};
    return QJsonObject{
        {QStringLiteral("disclaimer"), QString(Disclaimer::headline() + u' ' + Disclaimer::text())},
        {QStringLiteral("dataset_version"), datasetVersion},
        {QStringLiteral("title"), summary.title},
        {QStringLiteral("selection"), orNull(summary.selection)},
        {QStringLiteral("source_rating"), rating},
        {QStringLiteral("program_level_rule"), evidenceLevelRule()},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("caveats"), caveats},
        {QStringLiteral("sources"), QJsonArray::fromStringList(summary.sources)}};
}

QByteArray toJsonText(const EvidenceSummary &summary, const QString &datasetVersion)
{
    QJsonObject rest = toJson(summary, datasetVersion);
    const QJsonValue disclaimer = rest.take(QStringLiteral("disclaimer"));
    const QByteArray value = QJsonDocument(QJsonArray{disclaimer}).toJson(QJsonDocument::Compact);
    QByteArray text = QJsonDocument(rest).toJson(QJsonDocument::Indented);
    // "{\n" then the members: the disclaimer goes in front of them.
    text.insert(2, "    \"disclaimer\": " + value.mid(1, value.size() - 2) + ",\n");
    return text;
}

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(const QString &href, const QString &text, bool enabled)
{
    return enabled ? QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(href), escaped(text))
                   : escaped(text);
}

QString readingCell(const SummaryLine &line)
{
    QString cell = QStringLiteral("<b>") + escaped(line.reading.text) + QStringLiteral("</b>");
    if (!line.otherTimepoints.isEmpty())
        cell += QStringLiteral("<br><span class=\"time\">↔ ") + escaped(line.otherTimepoints) +
                QStringLiteral("</span>");
    for (const QString &disagreement : line.disagreements)
        cell += QStringLiteral("<br><span class=\"flag\">⚑ ") + escaped(disagreement) +
                QStringLiteral("</span>");
    if (!line.sourceWords.isEmpty())
        cell += QStringLiteral("<br><span class=\"words\">") + line.sourceWordsLabel() +
                escaped(line.sourceWords) + QStringLiteral("</span>");
    return cell;
}

const char *pageStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111; }
.disclaimer { background-color: #fff4ce; border: 1px solid #c9a227; padding: 0.5em 0.8em; }
h1 { font-size: 15pt; margin: 0.6em 0 0.2em 0; }
h2 { font-size: 12pt; margin: 1.2em 0 0.3em 0; }
.meta, .how { color: #444; }
table.summary { border-collapse: collapse; width: 100%; }
table.summary th, table.summary td { border: 1px solid #bbb; padding: 3px 5px; vertical-align: top; text-align: left; }
table.summary thead th { background-color: #e8e8e8; }
tr.question th { background-color: #f2f5fa; font-weight: bold; }
.note { font-weight: normal; color: #444; }
.flag { color: #9a3412; }
.time { color: #1e3a8a; }
.words { color: #444; }
@page { size: A4; margin: 14mm; }
@media print { body { margin: 0; font-size: 8.5pt; } thead { display: table-header-group; } tbody, tr { page-break-inside: avoid; break-inside: avoid; } }
)";

} // namespace

QString toHtml(const EvidenceSummary &summary, const QString &datasetVersion,
               const HtmlOptions &options)
{
    const bool links = options.forWindow;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
                                  "charset=\"utf-8\">\n<title>") +
                   escaped(summary.title) + QStringLiteral("</title>\n<style>") +
                   QString::fromUtf8(pageStyle) + QStringLiteral("</style>\n</head>\n<body>\n");
    if (!options.forWindow)
        html += QStringLiteral("<p class=\"disclaimer\"><b>") + escaped(Disclaimer::headline()) +
                QStringLiteral("</b> ") + escaped(Disclaimer::text()) + QStringLiteral("</p>\n");
    html += QStringLiteral("<h1>") + escaped(summary.title) + QStringLiteral("</h1>\n");
    QString meta = QStringLiteral("Dataset version ") + escaped(datasetVersion) +
                   QStringLiteral(" · ") + escaped(applicationDisplayName()) + u' ' +
                   escaped(applicationVersion());
    if (!options.generated.isEmpty())
        meta += QStringLiteral(" · ") + escaped(options.generated);
    if (options.forWindow)
        meta += QStringLiteral(" · the studies the filters of the Studies tab show");
    html += QStringLiteral("<p class=\"meta\">") + meta + QStringLiteral("</p>\n");
    html += QStringLiteral("<p class=\"how\">Each reading follows from the numbers by fixed rules, "
                           "never from the source's words: a CI that excludes no effect favours "
                           "one group; a CI that includes or touches it is no clear difference; "
                           "numbers without a CI give a direction only; an observational study "
                           "shows an association, not a proven effect. Nothing is pooled here. "
                           "Certainty has two parts, never merged: ") +
            escaped(sourceCertainty(summary)) + QStringLiteral("; ") +
            escaped(evidenceLevelRule()) + QStringLiteral("</p>\n");
    html += QStringLiteral(
        "<table class=\"summary\" width=\"99%\" cellspacing=\"0\" cellpadding=\"3\" "
        "border=\"1\">\n<thead><tr><th width=\"17%\">Study</th>"
        "<th width=\"21%\">Effect (CI) · rates</th><th width=\"12%\">Design · participants</th>"
        "<th width=\"12%\">Certainty</th><th width=\"8%\">Caveats</th>"
        "<th width=\"30%\">Reading</th></tr></thead>\n");
    qsizetype linesShown = 0;
    qsizetype linesInAll = 0;
    QSet<int> caveatsShown;
    for (const SummaryQuestion &question : summary.questions)
        linesInAll += question.lines.size();
    for (qsizetype index = 0; index < summary.questions.size(); ++index) {
        const SummaryQuestion &question = summary.questions.at(index);
        if (options.maxLines > 0 && linesShown >= options.maxLines)
            break;
        QString heading =
            escaped(question.title) + QStringLiteral(" · ") + escaped(studiesText(question));
        if (links && !question.forestPanels.isEmpty())
            heading +=
                QStringLiteral(" · ") + link(QStringLiteral("forest:") + QString::number(index),
                                             QStringLiteral("Forest plot"), true);
        if (!question.note.isEmpty())
            heading += QStringLiteral("<br><span class=\"note\">") + escaped(question.note) +
                       QStringLiteral("</span>");
        // One row group per question, so that a printed page never ends on its heading.
        html += QStringLiteral("<tbody>\n<tr class=\"question\"><th colspan=\"6\" "
                               "bgcolor=\"#f2f5fa\">") +
                heading + QStringLiteral("</th></tr>\n");
        for (const SummaryLine &line : question.lines) {
            if (options.maxLines > 0 && linesShown++ >= options.maxLines)
                break;
            for (int number : line.caveats)
                caveatsShown.insert(number);
            const QString level =
                links ? link(QStringLiteral("level:") + line.level, QString(line.level), true)
                      : QString(line.level);
            QString numbers =
                escaped(question.singleGroup ? QStringLiteral("no comparison") : effectText(line));
            if (const QString shown = rates(question, line); !shown.isEmpty())
                numbers += QStringLiteral("<br>") + escaped(shown);
            html += QStringLiteral("<tr><td>") +
                    link(QStringLiteral("study:") + line.studyId, line.studyName, links) +
                    QStringLiteral("</td><td>") + numbers + QStringLiteral("</td><td>") +
                    escaped(line.design) + QStringLiteral("<br>") + escaped(line.participants) +
                    QStringLiteral("</td><td>Source: ") +
                    escaped(summary.sourceRating ? summary.sourceRating->label
                                                 : QStringLiteral("no rating")) +
                    QStringLiteral(", whole therapy<br>Program: <span title=\"") +
                    escaped(evidenceLevelRule()) + QStringLiteral("\">") + level +
                    QStringLiteral("</span></td><td>") + escaped(caveatNumbers(line)) +
                    QStringLiteral("</td><td>") + readingCell(line) +
                    QStringLiteral("</td></tr>\n");
        }
        html += QStringLiteral("</tbody>\n");
    }
    html += QStringLiteral("</table>\n");
    // Cut short, the page lists the caveats of the lines shown and as many sources.
    const bool cut = options.maxLines > 0 && linesInAll > options.maxLines;
    if (cut)
        html += QStringLiteral("<p class=\"note\"><b>Showing the first %1 of %2 result lines.</b> "
                               "Narrow the filters in the Studies tab, or export the whole page "
                               "with File &gt; Export summary.</p>\n")
                    .arg(options.maxLines)
                    .arg(linesInAll);
    if (!summary.caveats.isEmpty()) {
        html += QStringLiteral("<h2>Caveats</h2>\n<ol>\n");
        for (const SummaryCaveat &caveat : summary.caveats)
            if (!cut || caveatsShown.contains(caveat.number))
                html += QStringLiteral("<li value=\"%1\">%2</li>\n")
                            .arg(caveat.number)
                            .arg(escaped(caveat.text));
        html += QStringLiteral("</ol>\n");
    }
    if (summary.sourceRating && !summary.sourceRating->quotation.isEmpty())
        html += QStringLiteral("<h2>The source's rating</h2>\n<p>") +
                escaped(summary.sourceRating->quotation) + QStringLiteral("</p>\n");
    html += QStringLiteral("<h2>Sources</h2>\n<ol>\n");
    for (const QString &source :
         cut ? summary.sources.first(std::min(summary.sources.size(), options.maxLines))
             : summary.sources)
        html += QStringLiteral("<li>") + escaped(source) + QStringLiteral("</li>\n");
    html += QStringLiteral("</ol>\n</body>\n</html>\n");
    return html;
}

} // namespace eb::summary
