// SPDX-License-Identifier: MIT
#include "ui/StudyDetailHtml.h"

#include "core/StudyClassification.h"
#include "core/format/EvidenceText.h"

#include <algorithm>

namespace eb {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Marks a value this program classified, not read from a source (explained below the page).
QString classifiedMark(const QList<Classification> &classifications, QStringView field)
{
    for (const Classification &classification : classifications)
        if (classification.field == field)
            return QStringLiteral(" <span style='color:#555'>(classified by Evidence "
                                  "Browser)</span>");
    return QString();
}

QString orNotReported(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(notReported()) : escaped(text);
}

QString numberWithUnit(const OptionalNumber &number, const QString &unit)
{
    if (!number)
        return QStringLiteral("<i>%1</i>").arg(notReported());
    // Printed forms such as "24 weeks" already carry their unit.
    const bool hasUnit = number->printed.contains(u' ');
    return escaped(hasUnit || unit.isEmpty() ? number->printed : number->printed + u' ' + unit);
}

QString timepointText(const std::optional<Timepoint> &timepoint)
{
    return timepoint ? escaped(timepoint->label) : QStringLiteral("<i>time point not reported</i>");
}

// The value as it reads everywhere, marked up where the source gives no number.
QString outcomeValue(const Outcome &outcome)
{
    if (format::outcomeShort(outcome).isEmpty())
        return outcome.finding.isEmpty() ? QStringLiteral("<i>%1</i>").arg(notReported())
                                         : QStringLiteral("%1 <i>(no numbers reported)</i>")
                                               .arg(escaped(outcome.finding));
    const QString text = escaped(format::outcome(outcome));
    const bool isRange = !outcome.percent && !(outcome.events && outcome.total);
    return isRange ? text + QStringLiteral(" (a range)") : text;
}

QString effectValue(const Effect &effect)
{
    if (!effect.estimate)
        return QStringLiteral("<i>no numbers reported</i>");
    const QString text = escaped(format::effect(effect));
    return effect.pValue ? text : text + QStringLiteral(", <i>p not reported</i>");
}

} // namespace

StudyDetailHtml::StudyDetailHtml(const DatasetView &view, bool showQuotes)
    : m_view(view)
    , m_dataset(view.dataset())
    , m_showQuotes(showQuotes)
{}

QString StudyDetailHtml::findingsHtml(const QString &targetKind, const QString &targetId,
                                      const QList<Caveat> &caveats) const
{
    QString html;
    for (const IntegrityFinding &finding : m_view.findingsOf(targetKind, targetId)) {
        // Each warning once: a difference from the primary publication is its caveat, and a
        // check that a stored caveat of the same kind already explains is not repeated.
        if (finding.checkId == u"differs-from-primary" ||
            std::any_of(caveats.cbegin(), caveats.cend(), [&finding](const Caveat &caveat) {
                return QString(caveat.kind).replace(u'_', u'-') == finding.checkId;
            }))
            continue;
        html +=
            QStringLiteral("<div style='background:#fff4d6; color:#5a3d00; margin:2px 0 2px 12px; "
                           "padding:3px'>⚑ Integrity check: %1</div>")
                .arg(escaped(finding.explanation));
    }
    return html;
}

QString StudyDetailHtml::quotesHtml(const QList<Citation> &citations) const
{
    if (!m_showQuotes)
        return QString();
    // Each quote once, with the fields it backs ("size, follow_up") where the row has several.
    QStringList order;
    QHash<QString, QStringList> fields;
    for (const Citation &citation : citations) {
        if (!order.contains(citation.quoteId))
            order.append(citation.quoteId);
        if (!citation.field.isEmpty() && citation.field != u"existence")
            fields[citation.quoteId].append(QString(citation.field).replace(u'_', u' '));
    }
    QString html;
    for (const QString &quoteId : order) {
        const auto [quote, source] = m_view.quotes().value(quoteId);
        if (!quote)
            continue;
        const QStringList backs = fields.value(quoteId);
        const QString location =
            quote->location.isEmpty() ? QString() : QStringLiteral(", ") + escaped(quote->location);
        // A line of our summary of an abstract is never dressed as the paper's words.
        const QString words =
            quote->isAbstractSummary()
                ? QStringLiteral("<i>From %1%2:</i> %3")
                      .arg(escaped(format::quoteAttribution(*quote, *source)), location,
                           escaped(quote->text))
                : QStringLiteral("“%1” — %2%3")
                      .arg(escaped(quote->text), escaped(source->shortName()), location);
        const QString note = format::quoteNote(*quote);
        html +=
            QStringLiteral("<div style='color:#444; margin-left:12px'>%1%2%3</div>")
                .arg(words,
                     note.isEmpty() ? QString()
                                    : QStringLiteral("<br><span style='color:#5b2c83'>%1</span>")
                                          .arg(escaped(note)),
                     backs.isEmpty() ? QString()
                                     : QStringLiteral(" <span style='color:#888'>[%1]</span>")
                                           .arg(escaped(backs.join(QStringLiteral(", ")))));
    }
    return html;
}

QString StudyDetailHtml::caveatsHtml(const QList<Caveat> &caveats, const QString &targetKind,
                                     const QString &targetId) const
{
    const QList<IntegrityFinding> findings = m_view.findingsOf(targetKind, targetId);
    QString html;
    for (const Caveat &caveat : caveats) {
        // The audit's finding of the same kind is this warning; it is marked, not repeated.
        const bool alsoFlagged =
            std::any_of(findings.cbegin(), findings.cend(), [&caveat](const IntegrityFinding &f) {
                return f.checkId != u"differs-from-primary" &&
                       f.checkId == QString(caveat.kind).replace(u'_', u'-');
            });
        html +=
            QStringLiteral("<div style='background:#fdecea; color:#611a15; margin:2px 0 2px 12px; "
                           "padding:3px'>⚠ %1%2</div>")
                .arg(escaped(caveat.text),
                     alsoFlagged ? QStringLiteral(" ⚑ <i>(the integrity check finds the same)</i>")
                                 : QString());
    }
    return html;
}

QString StudyDetailHtml::wordsOf(const QString &words, const QList<Citation> &citations) const
{
    // In quotation marks only when a cited quote of the source's own words holds them; words
    // of our summary of an abstract say so.
    for (const Citation &citation : citations) {
        const auto [quote, source] = m_view.quotes().value(citation.quoteId);
        if (quote && !quote->isAbstractSummary() && quote->text.contains(words))
            return QStringLiteral("“%1”").arg(escaped(words));
    }
    return QStringLiteral("%1 <i>(Evidence Browser's summary of the abstract)</i>")
        .arg(escaped(words));
}

QString StudyDetailHtml::endpointText(const QString &endpointId, const QString &wording,
                                      const QList<Citation> &citations) const
{
    const Endpoint *endpoint = m_dataset.findEndpoint(endpointId);
    const QString label = endpoint ? endpoint->label : endpointId;
    if (wording.isEmpty() || wording.compare(label, Qt::CaseInsensitive) == 0)
        return escaped(label);
    return QStringLiteral("%1 <span style='color:#666'>(source: %2)</span>")
        .arg(escaped(label), wordsOf(wording, citations));
}

QString StudyDetailHtml::interventionsText(const Arm &arm) const
{
    QStringList names;
    for (const QString &id : arm.interventionIds) {
        const Intervention *intervention = m_dataset.findIntervention(id);
        names.append(intervention ? intervention->label : id);
    }
    return names.isEmpty() ? QStringLiteral("<i>%1</i>").arg(notReported())
                           : escaped(names.join(QStringLiteral(", ")));
}

QString StudyDetailHtml::armsHtml(const Study &study) const
{
    QString html = QStringLiteral("<h3>Arms</h3><table cellspacing=0 cellpadding=3 border=1 "
                                  "style='border-color:#ccc'><tr><th>Arm</th><th>Treatments</th>"
                                  "<th>Dose</th><th>Schedule</th><th>Duration</th><th>n</th></tr>");
    for (const Arm &arm : study.arms)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td align=right>%6</td></tr>")
                    .arg(escaped(arm.label) + classifiedMark(arm.classifications, u"label") +
                             classifiedMark(arm.classifications, u"role"),
                         interventionsText(arm), numberWithUnit(arm.dose, arm.doseUnit),
                         orNotReported(arm.schedule), numberWithUnit(arm.duration, QString()),
                         numberWithUnit(arm.size, QString()));
    html += QStringLiteral("</table>");
    for (const Arm &arm : study.arms) {
        const QString quotes = quotesHtml(arm.citations);
        const QString notes = arm.notes.isEmpty() ? QString() : escaped(arm.notes);
        if (!quotes.isEmpty() || !notes.isEmpty() || !arm.caveats.isEmpty())
            html += QStringLiteral("<p><b>%1</b>: %2</p>%3%4")
                        .arg(escaped(arm.label), notes, quotes,
                             caveatsHtml(arm.caveats, QStringLiteral("arm"), arm.id));
    }
    return html;
}

QString StudyDetailHtml::outcomesHtml(const Study &study) const
{
    QString html;
    for (const Arm &arm : study.arms)
        for (const Outcome &outcome : arm.outcomes) {
            const QString method = outcome.method.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" (%1)").arg(escaped(outcome.method));
            html += QStringLiteral("<p><b>%1</b> — %2, %3: <b>%4</b>%5</p>%6%7")
                        .arg(endpointText(outcome.endpointId, outcome.endpointWording,
                                          outcome.citations),
                             escaped(arm.label), timepointText(outcome.timepoint),
                             outcomeValue(outcome), method,
                             findingsHtml(QStringLiteral("outcome"), outcome.id, outcome.caveats) +
                                 quotesHtml(outcome.citations),
                             caveatsHtml(outcome.caveats, QStringLiteral("outcome"), outcome.id));
        }
    return html.isEmpty() ? QString() : QStringLiteral("<h3>Arm-level results</h3>") + html;
}

QString StudyDetailHtml::effectsHtml(const Study &study) const
{
    QString html;
    for (const Effect &effect : study.effects) {
        const Arm *treatment = study.findArm(effect.treatmentArmId);
        const Arm *comparator = study.findArm(effect.comparatorArmId);
        const QString comparison =
            treatment && comparator
                ? QStringLiteral("%1 vs %2")
                      .arg(escaped(treatment->label), escaped(comparator->label))
                : QStringLiteral("<i>comparison not stated</i>");
        QString words;
        if (!effect.claimWording.isEmpty())
            words += QStringLiteral("<br>The source's words: %1")
                         .arg(wordsOf(effect.claimWording, effect.citations));
        if (effect.relativeReductionPercent)
            words += QStringLiteral("<br>The source states a %1% reduction.")
                         .arg(escaped(effect.relativeReductionPercent->printed));
        html += QStringLiteral("<p><b>%1</b> — %2, %3: <b>%4</b>%5</p>%6%7")
                    .arg(endpointText(effect.endpointId, effect.endpointWording, effect.citations),
                         comparison, timepointText(effect.timepoint), effectValue(effect), words,
                         findingsHtml(QStringLiteral("effect"), effect.id, effect.caveats) +
                             quotesHtml(effect.citations),
                         caveatsHtml(effect.caveats, QStringLiteral("effect"), effect.id));
    }
    return html.isEmpty() ? QString() : QStringLiteral("<h3>Comparisons</h3>") + html;
}

QString StudyDetailHtml::classificationsHtml(const Study &study) const
{
    // What Evidence Browser decided rather than read, for every row this page shows.
    QStringList lines;
    const auto add = [&lines](const QString &subject, const QList<Classification> &list) {
        for (const Classification &classification : list)
            lines.append(QStringLiteral("<li>%1, %2: %3</li>")
                             .arg(escaped(subject),
                                  escaped(QString(classification.field).replace(u'_', u' ')),
                                  escaped(classification.reason)));
    };
    add(study.name, study.classifications);
    QStringList endpointIds;
    QStringList timepointIds;
    QStringList interventionIds;
    const auto note = [&](const QString &endpointId, const std::optional<Timepoint> &timepoint) {
        if (!endpointIds.contains(endpointId))
            endpointIds.append(endpointId);
        if (timepoint && !timepointIds.contains(timepoint->id)) {
            timepointIds.append(timepoint->id);
            add(timepoint->label, timepoint->classifications);
        }
    };
    for (const Arm &arm : study.arms) {
        add(arm.label, arm.classifications);
        for (const QString &id : arm.interventionIds)
            if (!interventionIds.contains(id))
                interventionIds.append(id);
        for (const Outcome &outcome : arm.outcomes)
            note(outcome.endpointId, outcome.timepoint);
    }
    for (const Effect &effect : study.effects)
        note(effect.endpointId, effect.timepoint);
    for (const QString &id : endpointIds)
        if (const Endpoint *endpoint = m_dataset.findEndpoint(id))
            add(endpoint->label, endpoint->classifications);
    for (const QString &id : interventionIds)
        if (const Intervention *intervention = m_dataset.findIntervention(id))
            add(intervention->label, intervention->classifications);
    if (lines.isEmpty())
        return QString();
    return QStringLiteral("<p style='color:#555'><b>Classified by Evidence Browser</b> (not the "
                          "sources' words):</p><ul style='color:#555'>%1</ul>")
        .arg(lines.join(QString()));
}

QString StudyDetailHtml::html(const Study &study) const
{
    const EvidenceLevel level = evidenceLevel(study);
    QStringList conditions;
    for (const QString &id : study.conditionIds) {
        const Condition *condition = m_dataset.findCondition(id);
        conditions.append(condition ? condition->label : id);
    }
    QString followUp = numberWithUnit(study.followUp, QString());
    if (study.followUp && study.followUpStatistic == u"median")
        followUp = QStringLiteral("median ") + followUp;

    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>")
            .arg(label, value);
    };
    QString html =
        QStringLiteral("<h2>%1</h2><p><span style='background:#1f5f8b; color:white'>"
                       "&nbsp;Evidence level %2&nbsp;</span> %3</p><table cellpadding=2>")
            .arg(escaped(study.name), QString(level.grade), escaped(level.description));
    html += row(QStringLiteral("Design"), orNotReported(study.design));
    html += row(QStringLiteral("Population"), orNotReported(study.population));
    html += row(QStringLiteral("Conditions"), escaped(conditions.join(QStringLiteral(", "))));
    html += row(QStringLiteral("Country"),
                orNotReported(study.country) + classifiedMark(study.classifications, u"country"));
    html += row(QStringLiteral("Participants (n)"), numberWithUnit(study.size, QString()));
    if (study.kind == u"meta_analysis")
        html += row(QStringLiteral("Studies included"),
                    numberWithUnit(study.includedStudies, QString()));
    html += row(QStringLiteral("Follow-up"), followUp);
    html += QStringLiteral("</table>");
    html += findingsHtml(QStringLiteral("study"), study.id, study.caveats);
    html += quotesHtml(study.citations);
    if (!study.notes.isEmpty())
        html += QStringLiteral("<p style='color:#555'>%1</p>").arg(escaped(study.notes));
    html += caveatsHtml(study.caveats, QStringLiteral("study"), study.id);
    html += armsHtml(study) + outcomesHtml(study) + effectsHtml(study);
    html += classificationsHtml(study);
    html += QStringLiteral("<p style='color:#666; font-size:small'>The evidence level is this "
                           "program's classification of the study design, not the source's "
                           "rating. The source rates the evidence for thymosin alpha-1 in liver "
                           "disease as a whole (see Therapy overview).</p>");
    return html;
}

} // namespace eb
