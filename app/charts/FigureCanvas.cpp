// SPDX-License-Identifier: MIT
#include "charts/FigureCanvas.h"

#include "core/ApplicationInfo.h"
#include "core/Disclaimer.h"

#include <QDate>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTextDocument>

namespace eb {

FigureCanvas::FigureCanvas(double width, double fontPixels)
    : m_scene(std::make_unique<QGraphicsScene>())
    , m_width(width)
    , m_fontPixels(fontPixels)
{
    m_scene->setBackgroundBrush(Qt::white);
}

std::unique_ptr<QGraphicsScene> FigureCanvas::takeScene()
{
    return std::move(m_scene);
}

QFont FigureCanvas::font(bool bold, double scale) const
{
    // A fixed family and pixel size, so a figure lays out the same on every machine.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(1, qRound(m_fontPixels * scale)));
    font.setBold(bold);
    return font;
}

QGraphicsItem *FigureCanvas::addText(const QString &text, double x, double centreY, double width,
                                     Qt::Alignment alignment, const QString &role, bool bold,
                                     double scale, const QString &tooltip)
{
    const QFont itemFont = font(bold, scale);
    const QFontMetricsF metrics(itemFont);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, width);
    auto *item = m_scene->addSimpleText(shown, itemFont);
    const double textWidth = metrics.horizontalAdvance(shown);
    double left = x;
    if (alignment & Qt::AlignRight)
        left = x + width - textWidth;
    else if (alignment & Qt::AlignHCenter)
        left = x + (width - textWidth) / 2;
    item->setPos(left, centreY - metrics.height() / 2);
    item->setData(ItemRole, role);
    if (!tooltip.isEmpty() || shown != text)
        item->setToolTip(tooltip.isEmpty() ? text : text + u'\n' + tooltip);
    return item;
}

double FigureCanvas::wrappedHeight(const QString &text, double width, bool bold) const
{
    return QFontMetricsF(font(bold))
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text)
        .height();
}

QGraphicsTextItem *FigureCanvas::addTextBlock(const QString &text, const QFont &font, double x,
                                              double width, const QString &role,
                                              const QColor &color)
{
    auto *item = m_scene->addText(QString(), font);
    item->setPlainText(text);
    item->setDefaultTextColor(color);
    item->document()->setDocumentMargin(0);
    item->setTextWidth(width);
    item->setX(x);
    item->setData(ItemRole, role);
    return item;
}

QGraphicsItem *FigureCanvas::addWrappedText(const QString &text, double x, double centreY,
                                            double width, const QString &role,
                                            const QString &tooltip, bool bold)
{
    QGraphicsTextItem *item = addTextBlock(text, font(bold), x, width, role, Qt::black);
    item->setY(centreY - item->boundingRect().height() / 2);
    if (!tooltip.isEmpty())
        item->setToolTip(text + u'\n' + tooltip);
    return item;
}

double FigureCanvas::rowHeightFor(const QList<std::pair<QString, double>> &cells, bool bold) const
{
    double height = rowHeight();
    for (const auto &[text, width] : cells)
        height = std::max(height, wrappedHeight(text, width, bold) + m_fontPixels * 0.6);
    return height;
}

void FigureCanvas::addParagraph(const QString &text, const QString &role, double scale,
                                const QColor &color, bool bold)
{
    QGraphicsTextItem *item =
        addTextBlock(text, font(bold, scale), margin(), m_width - 2 * margin(), role, color);
    item->setY(m_y);
    m_y += item->boundingRect().height() + m_fontPixels * 0.4;
}

void FigureCanvas::addBlock(const QString &text, double x, double width, const QString &role,
                            bool bold, const QColor &color)
{
    QGraphicsTextItem *item = addTextBlock(text, font(bold), x, width, role, color);
    item->setY(m_y + m_fontPixels * 0.2);
    m_y += std::max(item->boundingRect().height() + m_fontPixels * 0.4, rowHeight());
}

double FigureCanvas::addAxis(double left, double right, double axisY,
                             const QList<std::pair<double, QString>> &ticks, const QString &title)
{
    const QPen pen(QColor(0x33, 0x33, 0x33), m_fontPixels / 11.0);
    m_scene->addLine(left, axisY, right, axisY, pen)
        ->setData(ItemRole, QStringLiteral("axis-line"));
    const double tickLength = m_fontPixels * 0.4;
    for (const auto &[x, label] : ticks) {
        m_scene->addLine(x, axisY, x, axisY + tickLength, pen)
            ->setData(ItemRole, QStringLiteral("axis-line"));
        addText(label, x - rowHeight(), axisY + tickLength + rowHeight() * 0.4, 2 * rowHeight(),
                Qt::AlignHCenter, QStringLiteral("tick"));
    }
    addText(title, left - rowHeight() * 3, axisY + tickLength + rowHeight() * 1.35,
            right - left + rowHeight() * 6, Qt::AlignHCenter, QStringLiteral("axis-title"), true);
    return tickLength + rowHeight() * 2.0;
}

void FigureCanvas::addDisclaimerStrip()
{
    const QString text =
        Disclaimer::headline() + QStringLiteral(" See the note at the foot of the figure.");
    const double textWidth = m_width - 2 * margin();
    const double height =
        std::max(rowHeight() * 1.1, wrappedHeight(text, textWidth, true) + m_fontPixels * 0.8);
    auto *strip = m_scene->addRect(0, m_y, m_width, height, QPen(QColor(0xb7, 0x79, 0x1f)),
                                   QColor(0xff, 0xf4, 0xd6));
    strip->setData(ItemRole, QStringLiteral("banner-strip"));
    addWrappedText(text, margin(), m_y + height / 2, textWidth, QStringLiteral("banner"), QString(),
                   true);
    m_y += height + m_fontPixels;
}

void FigureCanvas::addTitle(const QString &title, const QString &subtitle)
{
    addParagraph(title, QStringLiteral("title"), 1.3, Qt::black, true);
    if (!subtitle.isEmpty())
        addParagraph(subtitle, QStringLiteral("subtitle"));
    m_y += m_fontPixels * 0.5;
}

void FigureCanvas::addFooter(const QStringList &sources, const QStringList &notes)
{
    m_y += m_fontPixels;
    auto *rule = m_scene->addLine(margin(), m_y, m_width - margin(), m_y, QPen(Qt::gray, 0.5));
    rule->setData(ItemRole, QStringLiteral("footer-rule"));
    m_y += m_fontPixels * 0.5;
    for (const QString &note : notes)
        addParagraph(note, QStringLiteral("note"), 1.0, QColor(0x61, 0x1a, 0x15));
    addParagraph(Disclaimer::headline() + u' ' + Disclaimer::text(), QStringLiteral("footer"));
    QString sourcesLine = QStringLiteral("Sources: ") + sources.join(QStringLiteral("; "));
    if (!sourcesLine.endsWith(u'.') && !sourcesLine.endsWith(QChar(0x2026))) // "…" ends it too
        sourcesLine += u'.';
    addParagraph(sourcesLine, QStringLiteral("footer"));
    addParagraph(QStringLiteral("%1 %2 · %3")
                     .arg(applicationDisplayName(), applicationVersion(),
                          QDate::currentDate().toString(Qt::ISODate)),
                 QStringLiteral("footer"), 1.0, Qt::darkGray);
}

void FigureCanvas::finish()
{
    m_y += margin();
    m_scene->setSceneRect(0, 0, m_width, m_y);
}

} // namespace eb
