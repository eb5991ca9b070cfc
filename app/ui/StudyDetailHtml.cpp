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
    return timepoint ? escaped(timepoint->label) : QStringLiteral("<i>%1</i>").arg(notReported());
}

QString timepointId(const std::optional<Timepoint> &timepoint)
{
    return timepoint ? timepoint->id : QString();
}

QString small(const QString &html)
{
    return QStringLiteral("<br><span style='color:#555; font-size:small'>%1</span>").arg(html);
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

// Without its p-value: a missing one is said once, under the table, not on every line.
QString effectValue(const Effect &effect)
{
    if (!effect.estimate)
        return QStringLiteral("<i>no numbers reported</i>");
    return escaped(format::effect(effect));
}

// One line of the results table: an endpoint at a time point (and, for arm-level rates, an
// assay), with each arm's value and the comparisons made there.
struct ResultRow
{
    QString endpointId;
    std::optional<Timepoint> timepoint;
    QString method;
    QString wording;
    QList<Citation> citations;             // of every value on the line
    QHash<QString, const Outcome *> byArm; // arm id -> its value
    QList<const Effect *> effects;
    QStringList targets; // "outcome:<id>", "effect:<id>"
};

// Builds one page, numbering the limitations and the quotes as they are first met.
class Page
{
public:
    Page(const DatasetView &view, const Study &study, bool showQuotes)
        : m_view(view)
        , m_dataset(view.dataset())
        , m_study(study)
        , m_showQuotes(showQuotes)
    {
        collectRows();
        collectLimitations();
    }

    QString html()
    {
        const EvidenceLevel level = evidenceLevel(m_study);
        QString html =
            QStringLiteral("<p style='margin:0 0 4px 0'><span style='font-size:large'><b>%1</b>"
                           "</span> <span style='background:#1f5f8b; color:white'>&nbsp;Evidence "
                           "level %2&nbsp;</span> <span style='font-size:small'>%3 <span "
                           "style='color:#666'>(Evidence Browser's level)</span></span></p>")
                .arg(escaped(m_study.name), QString(level.grade), escaped(level.description));
        html += ownerHtml();
        // In this order: quotes are numbered as they are first met.
        html += resultsHtml();
        html += designHtml();
        html += limitationsHtml();
        html += sourcesHtml();
        return html;
    }

private:
    void collectRows()
    {
        for (const Arm &arm : m_study.arms)
            for (const Outcome &outcome : arm.outcomes) {
                ResultRow &row = rowFor(outcome.endpointId, outcome.timepoint, outcome.method);
                if (row.wording.isEmpty())
                    row.wording = outcome.endpointWording;
                row.byArm.insert(arm.id, &outcome);
                row.citations += outcome.citations;
                row.targets.append(QStringLiteral("outcome:") + outcome.id);
                if (!m_armColumns.contains(arm.id))
                    m_armColumns.append(arm.id);
            }
        for (const Effect &effect : m_study.effects) {
            ResultRow &row = rowFor(effect.endpointId, effect.timepoint, QString());
            if (row.wording.isEmpty())
                row.wording = effect.endpointWording;
            row.effects.append(&effect);
            row.citations += effect.citations;
            row.targets.append(QStringLiteral("effect:") + effect.id);
        }
        // Arms in the study's order.
        QStringList ordered;
        for (const Arm &arm : m_study.arms)
            if (m_armColumns.contains(arm.id))
                ordered.append(arm.id);
        m_armColumns = ordered;
    }

    ResultRow &rowFor(const QString &endpointId, const std::optional<Timepoint> &timepoint,
                      const QString &method)
    {
        for (ResultRow &row : m_rows)
            if (row.endpointId == endpointId &&
                timepointId(row.timepoint) == timepointId(timepoint) &&
                (row.method == method || method.isEmpty()))
                return row;
        m_rows.append({endpointId, timepoint, method, {}, {}, {}, {}, {}});
        return m_rows.last();
    }

    // Every caveat and every integrity finding once, keyed by the row they qualify.
    void collectLimitations()
    {
        const auto add = [this](const QString &target, const QString &kind, const QString &id,
                                const QList<Caveat> &caveats) {
            const QList<IntegrityFinding> findings = m_view.findingsOf(kind, id);
            for (const Caveat &caveat : caveats) {
                const bool alsoFlagged = std::any_of(
                    findings.cbegin(), findings.cend(), [&caveat](const IntegrityFinding &f) {
                        return f.checkId != u"differs-from-primary" &&
                               f.checkId == QString(caveat.kind).replace(u'_', u'-');
                    });
                m_limitations.append(
                    {target,
                     QStringLiteral("⚠ %1%2").arg(
                         escaped(caveat.text),
                         alsoFlagged ? QStringLiteral(" <i>(⚑ the integrity check finds the "
                                                      "same)</i>")
                                     : QString()),
                     caveat.quoteId});
            }
            // A difference from the primary publication is its caveat; a check that a caveat
            // of the same kind states is that caveat.
            for (const IntegrityFinding &finding : findings)
                if (finding.checkId != u"differs-from-primary" &&
                    std::none_of(caveats.cbegin(), caveats.cend(), [&finding](const Caveat &c) {
                        return QString(c.kind).replace(u'_', u'-') == finding.checkId;
                    }))
                    m_limitations.append(
                        {target,
                         QStringLiteral("⚑ Integrity check: %1").arg(escaped(finding.explanation)),
                         QString()});
        };
        add(QStringLiteral("study:") + m_study.id, QStringLiteral("study"), m_study.id,
            m_study.caveats);
        for (const Arm &arm : m_study.arms) {
            add(QStringLiteral("arm:") + arm.id, QStringLiteral("arm"), arm.id, arm.caveats);
            for (const Outcome &outcome : arm.outcomes)
                add(QStringLiteral("outcome:") + outcome.id, QStringLiteral("outcome"), outcome.id,
                    outcome.caveats);
        }
        for (const Effect &effect : m_study.effects)
            add(QStringLiteral("effect:") + effect.id, QStringLiteral("effect"), effect.id,
                effect.caveats);
    }

    // "[2]": the quote's number, given when first met, with what it backs.
    QString cite(const QString &quoteId, const QString &backs)
    {
        if (!m_view.quotes().value(quoteId).quote)
            return QString();
        if (!m_quoteOrder.contains(quoteId))
            m_quoteOrder.append(quoteId);
        QStringList &list = m_backs[quoteId];
        if (!backs.isEmpty() && !list.contains(backs))
            list.append(backs);
        return QString::number(m_quoteOrder.indexOf(quoteId) + 1);
    }

    QString citeAll(const QList<Citation> &citations, const QString &backs)
    {
        QList<int> numbers;
        for (const Citation &citation : citations) {
            const int number = cite(citation.quoteId, backs).toInt();
            if (number > 0 && !numbers.contains(number))
                numbers.append(number);
        }
        std::sort(numbers.begin(), numbers.end());
        QStringList texts;
        for (int number : numbers)
            texts.append(QString::number(number));
        return texts.isEmpty() ? QString()
                               : QStringLiteral("[%1]").arg(texts.join(QStringLiteral(",")));
    }

    // The source's words, quoted, when a cited quote of its own words holds them; empty
    // otherwise (words of our summary of an abstract are in the sources list, as ours).
    QString wordsOf(const QString &words, const QList<Citation> &citations) const
    {
        for (const Citation &citation : citations) {
            const Quote *quote = m_view.quotes().value(citation.quoteId).quote;
            if (quote && !quote->isAbstractSummary() && quote->text.contains(words))
                return QStringLiteral("“%1”").arg(escaped(words));
        }
        return QString();
    }

    QString armName(const QString &armId) const
    {
        const Arm *arm = m_study.findArm(armId);
        return arm ? arm->label : armId;
    }

    QString endpointCell(const ResultRow &row)
    {
        const Endpoint *endpoint = m_dataset.findEndpoint(row.endpointId);
        const QString label = endpoint ? endpoint->label : row.endpointId;
        QString html = QStringLiteral("<b>%1</b>").arg(escaped(label));
        if (!row.method.isEmpty())
            html += QStringLiteral(" (%1)").arg(escaped(row.method));
        // The source's own term, once per endpoint and wording.
        const QString wordingKey = row.endpointId + u'|' + row.wording;
        const QString words = wordsOf(row.wording, row.citations);
        if (!row.wording.isEmpty() && !words.isEmpty() &&
            row.wording.compare(label, Qt::CaseInsensitive) != 0 &&
            !m_wordingsShown.contains(wordingKey)) {
            m_wordingsShown.append(wordingKey);
            html += small(QStringLiteral("source: ") + words);
        }
        return html;
    }

    QString effectCell(const Effect &effect) const
    {
        QString html = QStringLiteral("<b>%1</b>").arg(effectValue(effect));
        // With more than two arms, say which two are compared.
        if (m_study.arms.size() > 2 && !effect.treatmentArmId.isEmpty())
            html += small(QStringLiteral("%1 vs %2")
                              .arg(escaped(armName(effect.treatmentArmId)),
                                   escaped(armName(effect.comparatorArmId))));
        if (const QString words = wordsOf(effect.claimWording, effect.citations);
            !effect.claimWording.isEmpty() && !words.isEmpty())
            html += small(QStringLiteral("The source's words: ") + words);
        if (effect.relativeReductionPercent)
            html += small(QStringLiteral("The source states a %1% reduction.")
                              .arg(escaped(effect.relativeReductionPercent->printed)));
        return html;
    }

    QString flagsCell(const ResultRow &row, const QString &backs)
    {
        QStringList flags;
        for (qsizetype i = 0; i < m_limitations.size(); ++i)
            if (row.targets.contains(m_limitations.at(i).target))
                flags.append(QStringLiteral("<span style='color:#a12622'>⚠%1</span>").arg(i + 1));
        const QString sources = citeAll(row.citations, backs);
        if (!sources.isEmpty())
            flags.append(QStringLiteral("<span style='color:#555'>%1</span>").arg(sources));
        return flags.join(u' ');
    }

    QString resultsHtml()
    {
        if (m_rows.isEmpty())
            return QStringLiteral("<p><i>No results reported.</i></p>");
        const bool anyEffect =
            std::any_of(m_rows.cbegin(), m_rows.cend(),
                        [](const ResultRow &row) { return !row.effects.isEmpty(); });
        QString html = QStringLiteral("<table width=100% cellspacing=0 cellpadding=2 border=1 "
                                      "style='border-color:#ccc; border-collapse:collapse'>"
                                      "<tr style='background:#eef2f5'><th align=left>Result</th>"
                                      "<th align=left>Time point</th>");
        for (const QString &armId : m_armColumns) {
            const Arm *arm = m_study.findArm(armId);
            html += QStringLiteral("<th align=left>%1%2</th>")
                        .arg(escaped(armName(armId)),
                             arm && arm->size ? QStringLiteral(" (n=%1)").arg(arm->size->printed)
                                              : QString());
        }
        if (anyEffect)
            html += QStringLiteral("<th align=left>Comparison [CI]%1</th>")
                        .arg(pValueOfNone() ? QStringLiteral(" <span style='font-weight:normal; "
                                                             "font-size:small'>p <i>%1</i></span>")
                                                  .arg(notReported())
                                            : QString());
        html += QStringLiteral("<th align=left>Flags</th></tr>");
        for (const ResultRow &row : m_rows) {
            const Endpoint *endpoint = m_dataset.findEndpoint(row.endpointId);
            const QString backs =
                (endpoint ? endpoint->label : row.endpointId) + QStringLiteral(", ") +
                (row.timepoint ? row.timepoint->label : QStringLiteral("time point not reported"));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td>")
                        .arg(endpointCell(row), timepointText(row.timepoint));
            for (const QString &armId : m_armColumns) {
                const Outcome *outcome = row.byArm.value(armId);
                html += QStringLiteral("<td>%1</td>")
                            .arg(outcome ? QStringLiteral("<b>%1</b>").arg(outcomeValue(*outcome))
                                         : QStringLiteral("<span style='color:#999'>—</span>"));
            }
            if (anyEffect) {
                QStringList effects;
                for (const Effect *effect : row.effects)
                    effects.append(effectCell(*effect));
                html +=
                    QStringLiteral("<td>%1</td>")
                        .arg(effects.isEmpty() ? QStringLiteral("<span style='color:#999'>—</span>")
                                               : effects.join(QStringLiteral("<br>")));
            }
            html += QStringLiteral("<td>%1</td></tr>").arg(flagsCell(row, backs));
        }
        return html + QStringLiteral("</table>") + missingPValuesNote();
    }

    // A missing p-value is said once, in the header when no comparison has one, else under
    // the table, rather than on every line, where it made each row wrap.
    bool pValueOfNone() const
    {
        return std::none_of(m_study.effects.cbegin(), m_study.effects.cend(),
                            [](const Effect &effect) { return effect.pValue.has_value(); });
    }

    QString missingPValuesNote() const
    {
        const bool someWithout =
            std::any_of(m_study.effects.cbegin(), m_study.effects.cend(),
                        [](const Effect &effect) { return effect.estimate && !effect.pValue; });
        if (!someWithout || pValueOfNone())
            return QString();
        return QStringLiteral("<div style='color:#555; font-size:small'>p <i>%1</i> where none "
                              "is shown.</div>")
            .arg(notReported());
    }

    QString designHtml()
    {
        QStringList conditions;
        for (const QString &id : m_study.conditionIds) {
            const Condition *condition = m_dataset.findCondition(id);
            conditions.append(condition ? condition->label : id);
        }
        QString followUp = numberWithUnit(m_study.followUp, QString());
        if (m_study.followUp && m_study.followUpStatistic == u"median")
            followUp = QStringLiteral("median ") + followUp;
        const auto cited = [this](const QString &field) {
            QList<Citation> citations;
            for (const Citation &citation : m_study.citations)
                if (citation.field == field)
                    citations.append(citation);
            const QString refs = citeAll(citations, QString(field).replace(u'_', u' '));
            return refs.isEmpty() ? QString()
                                  : QStringLiteral(" <span style='color:#555'>%1</span>").arg(refs);
        };
        QStringList parts{
            QStringLiteral("<b>Design:</b> ") + orNotReported(m_study.design) +
                cited(QStringLiteral("design")),
            QStringLiteral("<b>Population:</b> ") + orNotReported(m_study.population) +
                cited(QStringLiteral("population")),
            QStringLiteral("<b>Conditions:</b> ") + escaped(conditions.join(QStringLiteral(", "))),
            QStringLiteral("<b>Country:</b> ") + orNotReported(m_study.country) +
                classifiedMark(m_study.classifications, u"country") +
                cited(QStringLiteral("country")),
            QStringLiteral("<b>Participants (n):</b> ") + numberWithUnit(m_study.size, QString()) +
                cited(QStringLiteral("size"))};
        if (m_study.kind == u"meta_analysis")
            parts.append(QStringLiteral("<b>Studies included:</b> ") +
                         numberWithUnit(m_study.includedStudies, QString()) +
                         cited(QStringLiteral("included_studies")));
        parts.append(QStringLiteral("<b>Follow-up:</b> ") + followUp +
                     cited(QStringLiteral("follow_up")));
        QString html = QStringLiteral("<h4 style='margin:6px 0 1px 0'>Design and population</h4>"
                                      "<p style='margin:0'>%1</p>")
                           .arg(parts.join(QStringLiteral(" · ")));
        if (!m_study.notes.isEmpty())
            html += QStringLiteral("<p style='color:#555; font-size:small; margin:0'>%1</p>")
                        .arg(escaped(m_study.notes));
        html += armsHtml();
        return html;
    }

    QString interventionsText(const Arm &arm) const
    {
        QStringList names;
        for (const QString &id : arm.interventionIds) {
            const Intervention *intervention = m_dataset.findIntervention(id);
            names.append(intervention ? intervention->label : id);
        }
        return names.isEmpty() ? QStringLiteral("treatment <i>%1</i>").arg(notReported())
                               : escaped(names.join(QStringLiteral(", ")));
    }

    // One line per arm: what it received, then dose, schedule, duration and n where the
    // source gives them, the others named together as not reported, and its quotes.
    QString armsHtml()
    {
        QString html;
        for (const Arm &arm : m_study.arms) {
            QStringList given;
            QStringList missing;
            const auto field = [&given, &missing](const QString &name, const QString &value) {
                if (value.isEmpty())
                    missing.append(name);
                else
                    given.append(QStringLiteral("%1 %2").arg(name, value));
            };
            field(QStringLiteral("dose"),
                  arm.dose ? numberWithUnit(arm.dose, arm.doseUnit) : QString());
            field(QStringLiteral("schedule"), escaped(arm.schedule));
            field(QStringLiteral("duration"),
                  arm.duration ? numberWithUnit(arm.duration, QString()) : QString());
            field(QStringLiteral("n"), arm.size ? numberWithUnit(arm.size, QString()) : QString());
            if (!missing.isEmpty())
                given.append(
                    QStringLiteral("%1 <i>%2</i>").arg(joinedAsList(missing), notReported()));
            const QString refs = citeAll(arm.citations, arm.label);
            html += QStringLiteral("<div style='margin:1px 0'><b>%1</b>%2: %3 · %4%5%6</div>")
                        .arg(escaped(arm.label),
                             classifiedMark(arm.classifications, u"label") +
                                 classifiedMark(arm.classifications, u"role"),
                             interventionsText(arm), given.join(QStringLiteral(" · ")),
                             refs.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" <span style='color:#555'>%1</span>").arg(refs),
                             arm.notes.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" <span style='color:#555; font-size:small'>"
                                                  "(%1)</span>")
                                       .arg(escaped(arm.notes)));
        }
        return html;
    }

    // "dose, schedule and n"
    static QString joinedAsList(const QStringList &items)
    {
        if (items.size() < 2)
            return items.join(QString());
        return items.first(items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
               items.last();
    }

    QString limitationsHtml()
    {
        QString html;
        for (qsizetype i = 0; i < m_limitations.size(); ++i) {
            const Limitation &limitation = m_limitations.at(i);
            const QString number = QString::number(i + 1);
            const QString source =
                limitation.quoteId.isEmpty()
                    ? QString()
                    : QStringLiteral(" <span style='color:#555'>[%1]</span>")
                          .arg(cite(limitation.quoteId, QStringLiteral("limitation ") + number));
            html += QStringLiteral("<div style='background:#fdecea; color:#611a15; margin:1px 0; "
                                   "font-size:small; "
                                   "padding:2px'><b>%1.</b> %2%3</div>")
                        .arg(number, limitation.html, source);
        }
        html += classificationsHtml();
        return html.isEmpty()
                   ? QString()
                   : QStringLiteral("<h4 style='margin:6px 0 1px 0'>Limitations</h4>") + html;
    }

    // What Evidence Browser decided rather than read, for every row this page shows; the
    // reasons with the quotes.
    QString classificationsHtml() const
    {
        QStringList lines;
        const auto add = [this, &lines](const QString &subject, const QList<Classification> &list) {
            for (const Classification &classification : list) {
                const QString what = QStringLiteral("%1, %2").arg(
                    escaped(subject), escaped(QString(classification.field).replace(u'_', u' ')));
                lines.append(m_showQuotes ? QStringLiteral("<li>%1: %2</li>")
                                                .arg(what, escaped(classification.reason))
                                          : what);
            }
        };
        add(m_study.name, m_study.classifications);
        QStringList interventionIds;
        for (const Arm &arm : m_study.arms) {
            add(arm.label, arm.classifications);
            for (const QString &id : arm.interventionIds)
                if (!interventionIds.contains(id))
                    interventionIds.append(id);
        }
        QStringList seen;
        for (const ResultRow &row : m_rows) {
            if (row.timepoint && !seen.contains(row.timepoint->id)) {
                seen.append(row.timepoint->id);
                add(row.timepoint->label, row.timepoint->classifications);
            }
            if (!seen.contains(row.endpointId)) {
                seen.append(row.endpointId);
                if (const Endpoint *endpoint = m_dataset.findEndpoint(row.endpointId))
                    add(endpoint->label, endpoint->classifications);
            }
        }
        for (const QString &id : interventionIds)
            if (const Intervention *intervention = m_dataset.findIntervention(id))
                add(intervention->label, intervention->classifications);
        if (lines.isEmpty())
            return QString();
        const QString heading = QStringLiteral("<b>Classified by Evidence Browser</b> (not the "
                                               "sources' words):");
        if (!m_showQuotes)
            return QStringLiteral("<p style='color:#555; font-size:small; margin:4px 0 0 0'>%1 "
                                  "%2 <i>(why: with the quotes)</i></p>")
                .arg(heading, lines.join(QStringLiteral("; ")));
        return QStringLiteral("<p style='color:#555; margin:4px 0 0 0'>%1</p><ul style='color:"
                              "#555; margin-top:0'>%2</ul>")
            .arg(heading, lines.join(QString()));
    }

    // A study of the user's says so under its name: entered in the window (with the reference
    // the user gave), or imported from a file; the bundled ones say nothing.
    QString ownerHtml() const
    {
        const QString note =
            m_study.userNote.isEmpty()
                ? QString()
                : QStringLiteral("<p style='margin:0 0 4px 0; background:#fdf3e6'><b>Your "
                                 "note:</b> %1</p>")
                      .arg(escaped(m_study.userNote).replace(u'\n', QStringLiteral("<br>")));
        if (!m_study.isUsers())
            return note;
        QString reference;
        for (const Citation &citation : m_study.citations)
            if (const auto cited = m_view.quotes().value(citation.quoteId);
                cited.quote && cited.quote->isUserEntry())
                reference = cited.source->citation;
        const QString who = reference.isEmpty()
                                ? QStringLiteral("Imported by you: not part of the bundled "
                                                 "source document.")
                                : QStringLiteral("Entered by you from: %1").arg(escaped(reference));
        return QStringLiteral("<p style='margin:0 0 4px 0'><span style='background:#8a4b00; "
                              "color:white'>&nbsp;%1&nbsp;</span> %2</p>")
                   .arg(format::usersMark(), who) +
               note;
    }

    static QString sourceLink(const Source &source, const QString &text)
    {
        if (source.doi.isEmpty())
            return escaped(text);
        return QStringLiteral("<a href='https://doi.org/%1'>%2</a>")
            .arg(escaped(source.doi), escaped(text));
    }

    QString sourcesHtml() const
    {
        if (m_quoteOrder.isEmpty())
            return QString();
        const QString toggle =
            QStringLiteral(" <a href='%1' style='font-weight:normal; font-size:small'>%2</a>")
                .arg(StudyDetailHtml::toggleQuotesLink().toString(),
                     m_showQuotes ? QStringLiteral("hide the quotes")
                     : m_quoteOrder.size() == 1
                         ? QStringLiteral("show the quote and what it backs")
                         : QStringLiteral("show the %1 quotes with what each "
                                          "backs")
                               .arg(m_quoteOrder.size()));
        if (!m_showQuotes)
            return QStringLiteral("<p style='margin:6px 0 0 0'><b>Sources:</b> %1 ·%2</p>")
                .arg(quotesBySource(), toggle);
        QString html = QStringLiteral("<h4 style='margin:6px 0 1px 0'>Sources%1</h4>").arg(toggle);
        QList<const Source *> sources;
        for (qsizetype i = 0; i < m_quoteOrder.size(); ++i) {
            const auto [quote, source] = m_view.quotes().value(m_quoteOrder.at(i));
            if (!sources.contains(source))
                sources.append(source);
            const QString who = sourceLink(*source, source->shortName());
            QString words;
            if (quote->isUserEntry())
                words = QStringLiteral("<i>Your entry:</i> %1 Reference given: %2")
                            .arg(escaped(quote->text), escaped(source->citation));
            else if (quote->isAbstractSummary())
                // A line of our summary of an abstract is never dressed as the paper's words.
                words = QStringLiteral("<i>From the abstract of %1, as summarised by Evidence "
                                       "Browser:</i> %2")
                            .arg(who, escaped(quote->text));
            else
                words = QStringLiteral("“%1” — %2").arg(escaped(quote->text), who);
            const QString note = format::quoteNote(*quote);
            html +=
                QStringLiteral("<div style='color:#333; margin:1px 0'>[%1] %2%3 <span "
                               "style='color:#888'>(backs: %4)</span></div>")
                    .arg(i + 1)
                    .arg(words,
                         note.isEmpty() ? QString()
                                        : QStringLiteral(" <span style='color:#5b2c83'>%1</span>")
                                              .arg(escaped(note)),
                         escaped(m_backs.value(m_quoteOrder.at(i)).join(QStringLiteral("; "))));
        }
        QStringList citations;
        for (const Source *source : sources)
            if (!source->doi.isEmpty())
                citations.append(
                    QStringLiteral("%1: %2 %3")
                        .arg(escaped(source->shortName()), escaped(source->citation),
                             sourceLink(*source, QStringLiteral("doi:") + source->doi)));
        if (!citations.isEmpty())
            html += QStringLiteral("<p style='color:#555; font-size:small'>%1</p>")
                        .arg(citations.join(QStringLiteral("<br>")));
        return html;
    }

    // "[1,5,6,8] Source document · [2,3,4,7] Yang 2008": who said what, on one line.
    QString quotesBySource() const
    {
        QList<const Source *> sources;
        QHash<const Source *, QStringList> numbers;
        for (qsizetype i = 0; i < m_quoteOrder.size(); ++i) {
            const Source *source = m_view.quotes().value(m_quoteOrder.at(i)).source;
            if (!sources.contains(source))
                sources.append(source);
            numbers[source].append(QString::number(i + 1));
        }
        QStringList parts;
        for (const Source *source : sources)
            parts.append(QStringLiteral("<span style='color:#555'>[%1]</span> %2")
                             .arg(numbers.value(source).join(u','),
                                  sourceLink(*source, source->shortName())));
        return parts.join(QStringLiteral(" · "));
    }

    struct Limitation
    {
        QString target; // "effect:<id>"
        QString html;
        QString quoteId; // the quote behind a caveat, if any
    };

    const DatasetView &m_view;
    const Dataset &m_dataset;
    const Study &m_study;
    bool m_showQuotes;
    QList<ResultRow> m_rows;
    QStringList m_armColumns;
    QList<Limitation> m_limitations;
    QStringList m_quoteOrder;
    QStringList m_wordingsShown;
    QHash<QString, QStringList> m_backs;
};

} // namespace

StudyDetailHtml::StudyDetailHtml(const DatasetView &view, bool showQuotes)
    : m_view(view)
    , m_showQuotes(showQuotes)
{}

QUrl StudyDetailHtml::toggleQuotesLink()
{
    return QUrl(QStringLiteral("evidence-browser:toggle-quotes"));
}

QString StudyDetailHtml::html(const Study &study) const
{
    return Page(m_view, study, m_showQuotes).html();
}

} // namespace eb
