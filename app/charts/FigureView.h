// SPDX-License-Identifier: MIT
#pragma once

#include "charts/FigureExporter.h"
#include "charts/ForestFigure.h"

#include <QGraphicsView>

#include <functional>
#include <memory>

class QLabel;
class QPagedPaintDevice;

namespace eb {

// Shows a figure in the window, laid out again for the view's width with the same renderer
// as the exports. Clicking a study's row asks to select that study; the context menu
// exports. When there is nothing to draw it shows why.
class FigureView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit FigureView(QWidget *parent = nullptr);

    void setFigure(FigureRenderer renderer);
    void setExplanation(const QString &text);
    // The figure as shown, at twice the screen's resolution: what Copy puts on the clipboard.
    QImage image() const;
    void copyToClipboard() const;
    // Print preview, then print: the figure as shown, scaled to the page's width, over as
    // many pages as it needs.
    void print();
    void paint(QPagedPaintDevice *device) const;
    bool hasFigure() const { return bool(m_renderer); }
    // Scrolls so that the text that reads exactly `text` (a panel's title) is at the top,
    // now or once the figure is laid out; false if the figure has no such text.
    bool scrollToText(const QString &text);
    QString explanation() const;

Q_SIGNALS:
    // A new figure or explanation is shown (once per setFigure or setExplanation).
    void contentChanged();
    void studyActivated(const QString &studyId);
    void exportRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void relayout();
    const QGraphicsItem *itemWithText(const QString &text) const;

    FigureRenderer m_renderer;
    std::unique_ptr<QGraphicsScene> m_scene;
    QLabel *m_explanation;
    bool m_startAtTop = true;
    QString m_scrollTarget; // a text to bring to the top after the next layout
};

} // namespace eb
