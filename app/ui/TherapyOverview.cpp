// SPDX-License-Identifier: MIT
#include "ui/TherapyOverview.h"

#include "core/format/EvidenceText.h"

namespace eb {

TherapyOverview::TherapyOverview(const Dataset &dataset, QWidget *parent)
    : QTextBrowser(parent)
    , m_dataset(dataset)
{
    setOpenExternalLinks(true); // a source's DOI opens https://doi.org/...
    setAccessibleName(tr("Therapy overview"));
}

void TherapyOverview::showEvent(QShowEvent *event)
{
    if (!m_built) {
        setHtml(html(m_dataset));
        m_built = true;
    }
    QTextBrowser::showEvent(event);
}

QString TherapyOverview::html(const Dataset &dataset)
{
    const QuoteIndex quotes = dataset.quoteIndex();

    QString html = QStringLiteral("<h2>Therapy overview</h2>");
    QString currentTopic;
    for (const TherapyFact &fact : dataset.therapyFacts) {
        if (fact.topic != currentTopic) {
            currentTopic = fact.topic;
            html += QStringLiteral("<h3>%1</h3>").arg(fact.topic.toHtmlEscaped());
        }
        html += QStringLiteral("<p>%1</p>").arg(fact.statement.toHtmlEscaped());
        for (const Citation &citation : fact.citations) {
            const auto [quote, source] = quotes.value(citation.quoteId);
            if (quote)
                html += QStringLiteral("<div style='color:#444; margin-left:12px'>%1</div>")
                            .arg(format::quotation(*quote, *source).toHtmlEscaped());
        }
    }
    html += QStringLiteral("<h3>Sources</h3><ul>");
    for (const Source &source : dataset.sources)
        html += QStringLiteral("<li>%1%2</li>")
                    .arg(source.citation.toHtmlEscaped(),
                         source.doi.isEmpty()
                             ? QString()
                             : QStringLiteral(" <a href='https://doi.org/%1'>doi:%1</a>")
                                   .arg(source.doi.toHtmlEscaped()));
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace eb
