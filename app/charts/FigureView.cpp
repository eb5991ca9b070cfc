// SPDX-License-Identifier: MIT
#include "charts/FigureView.h"

#include "charts/FigureCanvas.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace eb {

FigureView::FigureView(QWidget *parent)
    : QGraphicsView(parent)
    , m_explanation(new QLabel(this))
{
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setBackgroundBrush(Qt::white);
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setMargin(24);
    m_explanation->hide();
    auto *layout = new QVBoxLayout(viewport());
    layout->addWidget(m_explanation);
}

void FigureView::setFigure(FigureRenderer renderer)
{
    m_renderer = std::move(renderer);
    m_startAtTop = true;
    m_explanation->hide();
    relayout();
    Q_EMIT contentChanged();
}

void FigureView::setExplanation(const QString &text)
{
    m_renderer = nullptr;
    setScene(nullptr);
    m_scene.reset();
    m_explanation->setText(text);
    m_explanation->show();
    setAccessibleDescription(text);
    Q_EMIT contentChanged();
}

bool FigureView::scrollToText(const QString &text)
{
    const QGraphicsItem *target = itemWithText(text);
    if (!target)
        return false;
    // A layout still to come (the tab was just shown) scrolls again; then the target is done.
    m_scrollTarget = text;
    QTimer::singleShot(0, this, [this] { m_scrollTarget.clear(); });
    verticalScrollBar()->setValue(int(mapFromScene(target->scenePos()).y()) +
                                  verticalScrollBar()->value());
    return true;
}

const QGraphicsItem *FigureView::itemWithText(const QString &text) const
{
    if (!m_scene || text.isEmpty())
        return nullptr;
    for (const QGraphicsItem *item : m_scene->items(Qt::AscendingOrder))
        if (const auto *block = qgraphicsitem_cast<const QGraphicsTextItem *>(item);
            block && block->toPlainText() == text)
            return block;
    return nullptr;
}

QString FigureView::explanation() const
{
    return m_explanation->isVisible() || !m_renderer ? m_explanation->text() : QString();
}

void FigureView::relayout()
{
    if (!m_renderer)
        return;
    FigureLayoutOptions layout;
    layout.width = std::max(480, viewport()->width() - 2);
    layout.fontPixels = 12.0;
    // A new figure starts at its top; a figure laid out again keeps its place.
    const int scroll = m_startAtTop ? 0 : verticalScrollBar()->value();
    std::unique_ptr<QGraphicsScene> scene(m_renderer(layout));
    setScene(scene.get());
    m_scene = std::move(scene); // the old scene goes only after the view has let it go
    // A new scene is centred; the scroll range is known only once the view has laid it out.
    QTimer::singleShot(0, this, [this, scroll] {
        verticalScrollBar()->setValue(scroll);
        m_startAtTop = false;
        if (const QGraphicsItem *target = itemWithText(m_scrollTarget))
            verticalScrollBar()->setValue(int(mapFromScene(target->scenePos()).y()) +
                                          verticalScrollBar()->value());
        m_scrollTarget.clear();
    });
    QStringList descriptions;
    for (const QGraphicsItem *item : m_scene->items(Qt::AscendingOrder))
        if (const QString text = item->data(ItemAccessibleDescription).toString(); !text.isEmpty())
            descriptions.append(text);
    setAccessibleDescription(descriptions.join(QStringLiteral("; ")));
}

void FigureView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_scene || std::abs(m_scene->sceneRect().width() - (viewport()->width() - 2)) > 1)
        relayout();
}

void FigureView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        for (const QGraphicsItem *item : items(event->pos()))
            if (const QString studyId = item->data(ItemStudyId).toString(); !studyId.isEmpty()) {
                Q_EMIT studyActivated(studyId);
                return;
            }
    QGraphicsView::mousePressEvent(event);
}

void FigureView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy figure"), this, &FigureView::copyToClipboard);
    QAction *print = menu.addAction(tr("&Print figure…"), this, &FigureView::print);
    QAction *exportFigure =
        menu.addAction(tr("&Export figure…"), this, &FigureView::exportRequested);
    for (QAction *action : {copy, print, exportFigure})
        action->setEnabled(bool(m_scene));
    menu.exec(event->globalPos());
}

QImage FigureView::image() const
{
    if (!m_scene)
        return QImage();
    const QRectF rect = m_scene->sceneRect();
    constexpr qreal ratio = 2.0;
    QImage image((rect.size() * ratio).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    return image;
}

void FigureView::copyToClipboard() const
{
    if (m_scene)
        QGuiApplication::clipboard()->setImage(image());
}

void FigureView::print()
{
    if (!m_scene)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { paint(target); });
    preview.exec();
}

void FigureView::paint(QPagedPaintDevice *device) const
{
    if (!m_scene)
        return;
    QPainter painter(device);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF scene = m_scene->sceneRect();
    const QRect page = painter.viewport();
    const double scale = page.width() / scene.width();
    const double sliceHeight = page.height() / scale;
    for (double top = scene.top(); top < scene.bottom(); top += sliceHeight) {
        if (top > scene.top())
            device->newPage();
        const QRectF slice(scene.left(), top, scene.width(),
                           std::min(sliceHeight, scene.bottom() - top));
        m_scene->render(&painter, QRectF(0, 0, page.width(), slice.height() * scale), slice);
    }
}

} // namespace eb
