// SPDX-License-Identifier: MIT
#include "ui/SummaryView.h"

#include "charts/ForestFigure.h"
#include "core/io/AtomicFile.h"
#include "core/summary/SummaryReport.h"

#include <QCursor>
#include <QDate>
#include <QGraphicsTextItem>
#include <QJsonArray>
#include <QTextDocument>
#include <QToolTip>

namespace eb {

SummaryView::SummaryView(const DatasetView &view, QWidget *parent)
    : QTextBrowser(parent)
    , m_view(view)
{
    setAccessibleName(tr("Summary of findings"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &SummaryView::followLink);
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            &SummaryView::showLinkTip);
}

void SummaryView::setSelection(const StudySelection &selection)
{
    if (selection == m_selection && !m_stale)
        return; // the pooling method changed, say: the summary pools nothing
    m_selection = selection;
    m_stale = true;
    if (isVisible())
        rebuildIfStale();
}

void SummaryView::setStudiesReader(std::function<ShownStudies()> read)
{
    m_readStudies = std::move(read);
    m_stale = true;
}

QString SummaryView::whyNoSummary()
{
    rebuildIfStale();
    return m_whyNoSummary;
}

const EvidenceSummary &SummaryView::summary()
{
    rebuildIfStale();
    return m_summary;
}

void SummaryView::showEvent(QShowEvent *event)
{
    rebuildIfStale();
    QTextBrowser::showEvent(event);
}

// The page of a few hundred lines lays out in a fraction of a second; one of thousands takes
// minutes (QTextDocument tables), and the whole page is a File > Export away.
constexpr qsizetype maxLinesShown = 200;

void SummaryView::rebuildIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    if (m_readStudies) {
        const ShownStudies shown = m_readStudies();
        m_whyNoSummary = shown.whyNot;
        if (!shown.view) {
            m_summary = EvidenceSummary();
            setHtml(QStringLiteral("<p><i>%1</i></p>").arg(m_whyNoSummary.toHtmlEscaped()));
            return;
        }
        m_view = *shown.view;
    }
    m_summary = summarizeEvidence(m_view, m_selection);
    summary::HtmlOptions options;
    options.forWindow = true;
    options.maxLines = maxLinesShown;
    setHtml(summary::toHtml(m_summary, m_view.dataset().datasetVersion, options));
}

void SummaryView::followLink(const QUrl &url)
{
    const QString target = url.toString(QUrl::FullyDecoded);
    if (target.startsWith(u"study:"))
        Q_EMIT studyActivated(target.mid(6));
    else if (target.startsWith(u"forest:")) {
        const qsizetype index = target.mid(7).toLongLong();
        if (index >= 0 && index < m_summary.questions.size() &&
            !m_summary.questions.at(index).forestPanels.isEmpty())
            Q_EMIT forestPanelRequested(m_summary.questions.at(index).forestPanels.constFirst());
    }
}

void SummaryView::showLinkTip(const QUrl &url)
{
    const QString target = url.toString(QUrl::FullyDecoded);
    if (target.startsWith(u"level:"))
        QToolTip::showText(QCursor::pos(), evidenceLevelRule(), this);
    else if (target.startsWith(u"forest:"))
        QToolTip::showText(QCursor::pos(), tr("Show this question's panel in the Forest plot tab"),
                           this);
    else if (target.startsWith(u"study:"))
        QToolTip::showText(QCursor::pos(), tr("Show this study in the Studies tab"), this);
}

QString SummaryView::writeHtml(const QString &path)
{
    summary::HtmlOptions options;
    options.generated = QDate::currentDate().toString(Qt::ISODate);
    return AtomicFile::write(
        path, summary::toHtml(summary(), m_view.dataset().datasetVersion, options).toUtf8());
}

FigureExportOptions SummaryView::pngOptions()
{
    FigureExportOptions options;
    options.dpi = 200.0;
    options.widthMillimetres = 277.0; // A4 landscape within 10 mm margins
    return options;
}

QString SummaryView::writePng(const QString &path)
{
    summary::HtmlOptions options;
    options.generated = QDate::currentDate().toString(Qt::ISODate);
    const QString html = summary::toHtml(summary(), m_view.dataset().datasetVersion, options);
    const FigureRenderer render = [html](const FigureLayoutOptions &layout) {
        auto scene = std::make_unique<QGraphicsScene>();
        auto *text = scene->addText(QString());
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(qMax(1, qRound(layout.fontPixels)));
        text->document()->setDefaultFont(font);
        text->setTextWidth(layout.width);
        text->setHtml(html);
        scene->setSceneRect(text->boundingRect());
        scene->setBackgroundBrush(Qt::white);
        return scene;
    };
    const QJsonObject json = summary::toJson(m_summary, m_view.dataset().datasetVersion);
    FigureMetadata metadata;
    metadata.title = m_summary.title;
    metadata.description = tr("Summary of findings table");
    metadata.sources = m_summary.sources.join(QStringLiteral("; "));
    metadata.fingerprint = FigureExporter::fingerprint(json.value(u"questions").toArray());
    return FigureExporter::write(render, path, pngOptions(), metadata);
}

} // namespace eb
