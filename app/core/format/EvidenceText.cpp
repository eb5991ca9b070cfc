// SPDX-License-Identifier: MIT
#include "core/format/EvidenceText.h"

#include <algorithm>
#include <cmath>

namespace eb::format {
namespace {

const QString enDash = QStringLiteral("\u2013");

bool startsWithRelation(const QString &printed)
{
    static const QString relations = QStringLiteral("<>=\u2264\u2265");
    return !printed.isEmpty() && relations.contains(printed.front());
}

QString counts(const Outcome &outcome)
{
    return QString::number(*outcome.events) + u'/' + QString::number(*outcome.total);
}

QString range(const Outcome &outcome)
{
    return number(*outcome.percentLow) + enDash + number(*outcome.percentHigh) + u'%';
}

// A continuous result: "mean 42.1 (SD 15.3), n=58", the digits as printed.
QString meanText(const Outcome &outcome)
{
    QString text = QStringLiteral("mean ") + outcome.mean->printed;
    if (outcome.sd)
        text += QStringLiteral(" (SD ") + outcome.sd->printed + u')';
    if (outcome.total)
        text += QStringLiteral(", n=") + QString::number(*outcome.total);
    return text;
}

} // namespace

QString number(const ReportedNumber &number)
{
    return number.printed.trimmed().isEmpty() ? QString::number(number.value, 'g', 15)
                                              : number.printed;
}

QString ciLevel(std::optional<double> level)
{
    if (!level)
        return QStringLiteral("CI, level not stated,");
    return QString::number(*level * 100.0, 'g', 6) + QStringLiteral("% CI");
}

QString ci(const Effect &effect)
{
    if (!effect.ciLow && !effect.ciHigh)
        return QString();
    const QString low = effect.ciLow ? number(*effect.ciLow) : notReported();
    const QString high = effect.ciHigh ? number(*effect.ciHigh) : notReported();
    return ciLevel(effect.ciLevel) + u' ' + low + enDash + high;
}

QString pValue(const ReportedPValue &p)
{
    const QString printed =
        p.printed.trimmed().isEmpty() ? QString::number(p.value, 'g', 6) : p.printed.trimmed();
    if (startsWithRelation(printed))
        return u'p' + printed;
    return u'p' + (p.relation.isEmpty() ? QStringLiteral("=") : p.relation) + printed;
}

QString effect(const Effect &effect)
{
    if (!effect.estimate)
        return effect.claimWording.isEmpty() ? QStringLiteral("no numbers reported")
                                             : effect.claimWording;
    QString text = effect.measure.isEmpty() ? number(*effect.estimate)
                                            : effect.measure + u' ' + number(*effect.estimate);
    const QString interval = ci(effect);
    if (!interval.isEmpty())
        text += QStringLiteral(" (") + interval + u')';
    if (effect.pValue)
        text += QStringLiteral(", ") + pValue(*effect.pValue);
    return text;
}

QString effectShort(const Effect &effect)
{
    if (!effect.estimate)
        return QString();
    QString text = effect.measure + u' ' + number(*effect.estimate);
    if (effect.ciLow && effect.ciHigh)
        text +=
            QStringLiteral(" (") + number(*effect.ciLow) + enDash + number(*effect.ciHigh) + u')';
    return text.trimmed();
}

QString estimateWithCi(const Effect &effect)
{
    return QStringLiteral("%1 [%2, %3]")
        .arg(effect.estimate ? number(*effect.estimate) : notReported(),
             effect.ciLow ? number(*effect.ciLow) : notReported(),
             effect.ciHigh ? number(*effect.ciHigh) : notReported());
}

QString estimateWithCi(double estimate, double low, double high)
{
    return QStringLiteral("%1 [%2, %3]")
        .arg(estimate, 0, 'f', 2)
        .arg(low, 0, 'f', 2)
        .arg(high, 0, 'f', 2);
}

QString outcome(const Outcome &outcome)
{
    if (outcome.events && outcome.total)
        return outcome.percent ? counts(outcome) + QStringLiteral(" (") + number(*outcome.percent) +
                                     QStringLiteral("%)")
                               : counts(outcome);
    if (outcome.percent)
        return number(*outcome.percent) + u'%';
    if (outcome.percentLow && outcome.percentHigh)
        return range(outcome);
    if (outcome.mean)
        return meanText(outcome);
    return outcome.finding.isEmpty() ? notReported() : outcome.finding;
}

QString outcomeShort(const Outcome &outcome)
{
    if (outcome.percent)
        return number(*outcome.percent) + u'%';
    if (outcome.percentLow && outcome.percentHigh)
        return range(outcome);
    if (outcome.events && outcome.total)
        return counts(outcome);
    if (outcome.mean)
        return meanText(outcome);
    return QString();
}

QString percent(double proportion, int decimals)
{
    return fixed(100.0 * proportion, decimals) + u'%';
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', std::max(0, decimals));
}

QString computedP(double p)
{
    return p < 0.001 ? QStringLiteral("p<0.001") : QStringLiteral("p=") + fixed(p, 3);
}

QString revmanP(double p)
{
    if (p < 0.00001)
        return QStringLiteral("P < 0.00001");
    // Two decimals from 0.01 up; below that, one significant digit (0.0004).
    const int decimals = p >= 0.01 ? 2 : int(std::ceil(-std::log10(p)));
    return QStringLiteral("P = ") + fixed(p, decimals);
}

QString preciseP(double p)
{
    if (p == 0.0)
        return QStringLiteral("0");
    if (p < 0.001)
        return QString::number(p, 'e', 1);
    return QString::number(p, 'g', 3);
}

QString quoteAttribution(const Quote &quote, const Source &source)
{
    if (quote.isAbstractSummary())
        return QStringLiteral("the abstract of %1, as summarised by Evidence Browser")
            .arg(source.shortName());
    return source.shortName();
}

QString quotation(const Quote &quote, const Source &source)
{
    // The user's own entry is said to be theirs, never quoted as a publication's words.
    const QString text =
        quote.isAbstractSummary()
            ? QStringLiteral("From %1: %2").arg(quoteAttribution(quote, source), quote.text)
        : quote.isUserEntry()
            ? QStringLiteral("Your entry: %1 Reference given: %2").arg(quote.text, source.citation)
            : QStringLiteral("\u201C%1\u201D \u2014 %2").arg(quote.text, source.shortName());
    const QString note = quoteNote(quote);
    return note.isEmpty() ? text : text + u' ' + note;
}

QString usersMark()
{
    return QStringLiteral("Yours");
}

QString withUsersMark(const QString &name)
{
    return QStringLiteral("%1 (yours)").arg(name);
}

QString studyName(const Study &study)
{
    return study.isUsers() ? withUsersMark(study.name) : study.name;
}

QString quoteNote(const Quote &quote)
{
    return quote.note.isEmpty() ? QString()
                                : QStringLiteral("Note (Evidence Browser): ") + quote.note;
}

QString wrapped(const QString &text, const QString &indent)
{
    constexpr qsizetype textWidth = 96;
    QString result;
    QString line = indent;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (line.size() > indent.size() && line.size() + 1 + word.size() > textWidth) {
            result += line + u'\n';
            line = indent;
        }
        if (line.size() > indent.size())
            line += u' ';
        line += word;
    }
    return result + line + u'\n';
}

} // namespace eb::format
