// SPDX-License-Identifier: MIT
#include "core/summary/SourceStatements.h"

#include "core/format/EvidenceText.h"

#include <QRegularExpression>

namespace eb {

std::optional<SourceRating> sourceRatingOf(const Dataset &dataset, const QuoteIndex &quotes)
{
    for (const TherapyFact &fact : dataset.therapyFacts) {
        if (fact.topic != u"Evidence rating" || !fact.value)
            continue;
        SourceRating rating;
        QString unit = fact.unit;
        if (!unit.isEmpty())
            unit[0] = unit[0].toUpper();
        rating.label = QString(unit + u' ' + format::number(*fact.value)).trimmed();
        const QRegularExpression gloss(QRegularExpression::escape(rating.label) +
                                       QStringLiteral("\\s*\\(([^)]+)\\)"));
        if (const auto match = gloss.match(fact.statement); match.hasMatch())
            rating.label += QStringLiteral(" (") + match.captured(1) + u')';
        rating.statement = fact.statement;
        for (const Citation &citation : fact.citations)
            if (const auto [quote, source] = quotes.value(citation.quoteId); quote && source) {
                rating.quotation = format::quotation(*quote, *source);
                break;
            }
        return rating;
    }
    return std::nullopt;
}

AttributedWords attributedWords(const QString &words, const QList<Citation> &citations,
                                const QuoteIndex &quotes)
{
    if (words.isEmpty())
        return {};
    for (const Citation &citation : citations) {
        const auto [quote, source] = quotes.value(citation.quoteId);
        const qsizetype at =
            quote ? quote->text.indexOf(words, 0, Qt::CaseInsensitive) : qsizetype(-1);
        if (!source || at < 0)
            continue;
        qsizetype begin = at;
        qsizetype end = at + words.size();
        while (begin > 0 && quote->text.at(begin - 1).isLetterOrNumber())
            --begin;
        while (end < quote->text.size() && quote->text.at(end).isLetterOrNumber())
            ++end;
        const QString quoted = quote->text.mid(begin, end - begin);
        if (quote->isAbstractSummary())
            return {QStringLiteral("From %1: %2")
                        .arg(format::quoteAttribution(*quote, *source), quoted),
                    true};
        return {QStringLiteral("\u201C%1\u201D \u2014 %2").arg(quoted, source->shortName())};
    }
    return {};
}

} // namespace eb
