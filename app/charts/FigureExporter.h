// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsScene>
#include <QJsonArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace eb {

struct FigureLayoutOptions;

// Lays a figure out for a page width and returns a new scene.
using FigureRenderer = std::function<std::unique_ptr<QGraphicsScene>(const FigureLayoutOptions &)>;

enum class FigureFormat
{
    Png,
    Svg,
    Pdf
};

struct FigureExportOptions
{
    double dpi = 300.0;
    double widthMillimetres = 170.0; // a journal column
};

// What an exported file says about itself: in a PNG as text chunks, in an SVG in <desc>,
// in a PDF as title and creator.
struct FigureMetadata
{
    QString title;
    QString description;
    QString sources;
    QString fingerprint; // SHA-256 of the canonical JSON of the plotted rows
};

class FigureExporter
{
public:
    static std::optional<FigureFormat> formatForPath(const QString &path);
    static QString fingerprint(const QJsonArray &rows);
    // The scene width, in scene units (1/96 inch), for a figure this many millimetres wide.
    static double sceneWidth(const FigureExportOptions &options);
    // The layout of an exported figure: its width, and body text of 10 scene units (7.5 pt),
    // so that no text of a printed figure is below 7 pt.
    static FigureLayoutOptions layoutFor(const FigureExportOptions &options);
    // PNG width in pixels: round(width_mm / 25.4 * dpi).
    static int pixelWidth(const FigureExportOptions &options);

    // Lays the figure out for the requested width (through `render`) and writes it. Returns
    // an error message for the user, or an empty string.
    static QString write(const FigureRenderer &render, const QString &path,
                         const FigureExportOptions &options, const FigureMetadata &metadata);
};

} // namespace eb
