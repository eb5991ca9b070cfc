// SPDX-License-Identifier: MIT
#include "core/Dataset.h"

#include <QRegularExpression>

namespace eb {
namespace {

template <typename T> const T *findById(const QList<T> &items, const QString &id)
{
    for (const T &item : items)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace

QString Source::shortName() const
{
    if (kind == u"review_article" && bundled)
        return QStringLiteral("Source document");
    if (kind == u"review_article") {
        // "Drug A for chronic hepatitis B (a fictional example review)": the title before
        // its parenthesis or subtitle, then at most 48 characters.
        constexpr qsizetype longest = 48;
        const QString name = title.section(QRegularExpression(QStringLiteral(" \\(|: ")), 0, 0);
        return name.size() <= longest ? name : name.left(longest - 1) + QChar(0x2026);
    }
    if (kind == u"user_entry")
        return QStringLiteral("Your entry");
    if (kind == u"user_file")
        return title;
    const QString firstAuthor = citation.section(u' ', 0, 0);
    return year ? QStringLiteral("%1 %2").arg(firstAuthor).arg(*year) : firstAuthor;
}

const Condition *Dataset::findCondition(const QString &id) const
{
    return findById(conditions, id);
}

const Endpoint *Dataset::findEndpoint(const QString &id) const
{
    return findById(endpoints, id);
}

const Intervention *Dataset::findIntervention(const QString &id) const
{
    return findById(interventions, id);
}

const ReviewAnalysis *Dataset::findReviewAnalysis(const QString &id) const
{
    return findById(reviewAnalyses, id);
}

QuoteIndex Dataset::quoteIndex() const
{
    QuoteIndex index;
    for (const Source &source : sources)
        for (const Quote &quote : source.quotes)
            index.insert(quote.id, {&quote, &source});
    return index;
}

} // namespace eb
