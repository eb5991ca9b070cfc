// SPDX-License-Identifier: MIT
#include "core/integrity/PrintedValue.h"

#include "core/integrity/RoundingInterval.h"

namespace eb::integrity {
namespace {

const QString enDash = QStringLiteral("\u2013");

QString levelText(double level)
{
    return QString::number(level * 100.0, 'g', 6) + u'%';
}

bool startsWithRelation(const QString &printed)
{
    static const QString relations = QStringLiteral("<>=\u2264\u2265");
    return !printed.isEmpty() && relations.contains(printed.front());
}

} // namespace

QString ciText(const Effect &effect)
{
    if (!effect.ciLow && !effect.ciHigh)
        return QString();
    const QString low = effect.ciLow ? printedForm(*effect.ciLow) : notReported();
    const QString high = effect.ciHigh ? printedForm(*effect.ciHigh) : notReported();
    const QString ci = QStringLiteral("CI ") + low + enDash + high;
    return effect.ciLevel ? levelText(*effect.ciLevel) + u' ' + ci : ci;
}

QString pText(const ReportedPValue &p)
{
    const QString printed =
        p.printed.trimmed().isEmpty() ? QString::number(p.value, 'g', 6) : p.printed.trimmed();
    if (startsWithRelation(printed))
        return u'p' + printed;
    return u'p' + (p.relation.isEmpty() ? QStringLiteral("=") : p.relation) + printed;
}

QString effectValue(const Effect &effect)
{
    if (!effect.estimate) {
        if (!effect.claimWording.isEmpty())
            return effect.claimWording;
        return QStringLiteral("no numbers reported");
    }
    QString value = effect.measure.isEmpty()
                        ? printedForm(*effect.estimate)
                        : effect.measure + u' ' + printedForm(*effect.estimate);
    const QString ci = ciText(effect);
    if (!ci.isEmpty())
        value += QStringLiteral(" (") + ci + u')';
    if (effect.pValue)
        value += QStringLiteral(", ") + pText(*effect.pValue);
    return value;
}

QString outcomeValue(const Outcome &outcome)
{
    if (outcome.events && outcome.total) {
        const QString counts =
            QString::number(*outcome.events) + u'/' + QString::number(*outcome.total);
        if (outcome.percent)
            return counts + QStringLiteral(" (") + printedForm(*outcome.percent) +
                   QStringLiteral("%)");
        return counts;
    }
    if (outcome.percent)
        return printedForm(*outcome.percent) + u'%';
    if (outcome.percentLow && outcome.percentHigh)
        return printedForm(*outcome.percentLow) + enDash + printedForm(*outcome.percentHigh) + u'%';
    if (!outcome.finding.isEmpty())
        return outcome.finding;
    return notReported();
}

QString studyValue(const Study &study)
{
    return study.size ? QStringLiteral("n=") + printedForm(*study.size)
                      : QStringLiteral("n not reported");
}

QString armValue(const Arm &arm)
{
    return arm.size ? arm.label + QStringLiteral(", n=") + printedForm(*arm.size) : arm.label;
}

QString labelInSentence(const QString &label)
{
    qsizetype end = 0;
    while (end < label.size() && label.at(end) != u' ')
        ++end;
    const QString firstWord = label.left(end);
    if (firstWord.size() < 2 || !firstWord.front().isUpper())
        return label;
    for (qsizetype i = 1; i < firstWord.size(); ++i) {
        const QChar c = firstWord.at(i);
        const bool lowerAscii = c >= u'a' && c <= u'z';
        if (!lowerAscii && c != u'-')
            return label;
    }
    return firstWord.front().toLower() + label.mid(1);
}

} // namespace eb::integrity
