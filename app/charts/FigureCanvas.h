// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QGraphicsScene>
#include <QString>
#include <QStringList>

#include <memory>

class QGraphicsItem;
class QGraphicsTextItem;

namespace eb {

// What a figure's text item is, for tests and exporters (stored with QGraphicsItem::setData).
enum FigureItemData
{
    ItemRole = 0,
    ItemStudyId = 1,
    ItemAccessibleDescription = 2
};

// The page a figure is laid out on: a scene of a fixed width in which text is placed in
// columns, elided to its column (the full text becomes the tooltip), top to bottom. It
// also draws what every figure carries: the disclaimer strip at the top and the footer
// with the disclaimer sentence, the sources, the date and the program version.
class FigureCanvas
{
public:
    FigureCanvas(double width, double fontPixels);

    FigureCanvas(const FigureCanvas &) = delete;
    FigureCanvas &operator=(const FigureCanvas &) = delete;

    QGraphicsScene *scene() const { return m_scene.get(); }
    std::unique_ptr<QGraphicsScene> takeScene(); // the canvas is finished with it
    double width() const { return m_width; }
    double fontPixels() const { return m_fontPixels; }
    double rowHeight() const { return m_fontPixels * 1.9; }
    double margin() const { return m_fontPixels; }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }

    QFont font(bool bold = false, double scale = 1.0) const;

    // One line of text in the column [x, x + width), vertically centred on centreY.
    QGraphicsItem *addText(const QString &text, double x, double centreY, double width,
                           Qt::Alignment alignment, const QString &role, bool bold = false,
                           double scale = 1.0, const QString &tooltip = QString());
    // Text wrapped to the column [x, x + width), as many lines as it needs, never cut,
    // vertically centred on centreY: reserve its height with rowHeightFor().
    QGraphicsItem *addWrappedText(const QString &text, double x, double centreY, double width,
                                  const QString &role, const QString &tooltip = QString(),
                                  bool bold = false);
    double wrappedHeight(const QString &text, double width, bool bold = false) const;
    // The height a row needs for its wrapped cells (text, column width): at least rowHeight().
    double rowHeightFor(const QList<std::pair<QString, double>> &cells, bool bold = false) const;
    // Text wrapped to the column [x, x + width), never cut, starting at the current y;
    // advances y past it.
    void addBlock(const QString &text, double x, double width, const QString &role,
                  bool bold = false, const QColor &color = Qt::black);
    // Wrapped text starting at the current y; advances y past it.
    void addParagraph(const QString &text, const QString &role, double scale = 1.0,
                      const QColor &color = Qt::black, bool bold = false);

    // An x axis under a plot: the line, a tick mark and label at each position, the title.
    // Returns the height used below axisY.
    double addAxis(double left, double right, double axisY,
                   const QList<std::pair<double, QString>> &ticks, const QString &title);

    void addDisclaimerStrip();
    void addTitle(const QString &title, const QString &subtitle);
    void addFooter(const QStringList &sources, const QStringList &notes);

    // Fixes the scene rectangle to what was laid out.
    void finish();

private:
    // Plain text wrapped to `width` at x, never cut; the caller places it vertically.
    QGraphicsTextItem *addTextBlock(const QString &text, const QFont &font, double x, double width,
                                    const QString &role, const QColor &color);

    std::unique_ptr<QGraphicsScene> m_scene;
    double m_width;
    double m_fontPixels;
    double m_y = 0.0;
};

} // namespace eb
