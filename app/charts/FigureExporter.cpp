// SPDX-License-Identifier: MIT
#include "charts/FigureExporter.h"

#include "charts/ForestFigure.h"
#include "core/ApplicationInfo.h"
#include "core/Disclaimer.h"
#include "core/io/AtomicFile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QJsonDocument>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>
#include <memory>

namespace eb {
namespace {

constexpr double sceneUnitsPerInch = 96.0;

QString svgDescription(const FigureMetadata &metadata)
{
    return QStringLiteral("%1\nDisclaimer: %2 %3\nSources: %4\nSoftware: %5 %6\nFingerprint "
                          "(SHA-256 of the plotted rows): %7")
        .arg(metadata.description, Disclaimer::headline(), Disclaimer::text(), metadata.sources,
             applicationDisplayName(), applicationVersion(), metadata.fingerprint);
}

// Each format is encoded in memory and then written whole by AtomicFile, so a failed write
// never leaves a truncated figure. An encoder returns the bytes or an error message.
struct EncodedFigure
{
    QByteArray bytes;
    QString error;
};

EncodedFigure encodePng(QGraphicsScene &scene, const FigureExportOptions &options,
                        const FigureMetadata &metadata)
{
    const int width = FigureExporter::pixelWidth(options);
    const double scale = width / scene.sceneRect().width();
    const double exactHeight = scene.sceneRect().height() * scale;
    // Refused before any pixel is allocated: QPainter cannot paint past 32,767 pixels a side,
    // and an image of gigabytes is never what was meant.
    constexpr double maxSide = 32767;
    constexpr double maxBytes = 1024.0 * 1024 * 1024;
    if (exactHeight > maxSide || 4.0 * width * exactHeight > maxBytes)
        return {QByteArray(),
                QStringLiteral("the image would be %1 × %2 pixels (%3 MB), more than can be "
                               "drawn (at most 32,767 pixels a side and 1 GB); nothing written. "
                               "Draw fewer rows (narrow the selection, or --page), or lower "
                               "--dpi or --width-mm")
                    .arg(QString::number(width), QString::number(std::llround(exactHeight)),
                         QString::number(std::llround(4.0 * width * exactHeight / 1e6)))};
    const int height = int(std::lround(exactHeight));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMetre = int(std::lround(options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(0, 0, width, height), scene.sceneRect());
    }
    image.setText(QStringLiteral("Title"), metadata.title);
    image.setText(QStringLiteral("Description"), metadata.description);
    image.setText(QStringLiteral("Source"), metadata.sources);
    image.setText(QStringLiteral("Software"),
                  applicationDisplayName() + u' ' + applicationVersion());
    image.setText(QStringLiteral("Disclaimer"), Disclaimer::headline() + u' ' + Disclaimer::text());
    image.setText(QStringLiteral("Fingerprint"), metadata.fingerprint);
    EncodedFigure encoded;
    QBuffer buffer(&encoded.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Figures are mostly white: zlib's fastest level (quality 89 in Qt's PNG writer) is
    // several times faster than the default and barely larger.
    writer.setQuality(89);
    if (!writer.write(image))
        encoded.error = QStringLiteral("cannot encode the PNG: %1").arg(writer.errorString());
    return encoded;
}

EncodedFigure encodeSvg(QGraphicsScene &scene, const FigureMetadata &metadata)
{
    EncodedFigure encoded;
    QBuffer buffer(&encoded.bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(scene.sceneRect().size().toSize());
    generator.setViewBox(scene.sceneRect());
    generator.setResolution(int(sceneUnitsPerInch));
    generator.setTitle(metadata.title);
    generator.setDescription(svgDescription(metadata));
    QPainter painter;
    if (!painter.begin(&generator)) {
        encoded.error = QStringLiteral("cannot encode the SVG");
        return encoded;
    }
    scene.render(&painter, scene.sceneRect(), scene.sceneRect());
    if (!painter.end())
        encoded.error = QStringLiteral("cannot encode the SVG");
    return encoded;
}

EncodedFigure encodePdf(QGraphicsScene &scene, const FigureExportOptions &options,
                        const FigureMetadata &metadata)
{
    EncodedFigure encoded;
    QBuffer buffer(&encoded.bytes);
    buffer.open(QIODevice::WriteOnly);
    const double heightMillimetres =
        options.widthMillimetres * scene.sceneRect().height() / scene.sceneRect().width();
    QPdfWriter writer(&buffer);
    writer.setPageSize(
        QPageSize(QSizeF(options.widthMillimetres, heightMillimetres), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(int(options.dpi));
    writer.setTitle(metadata.title);
    writer.setCreator(applicationDisplayName() + u' ' + applicationVersion());
    QPainter painter;
    if (!painter.begin(&writer)) {
        encoded.error = QStringLiteral("cannot encode the PDF");
        return encoded;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(0, 0, writer.width(), writer.height()), scene.sceneRect());
    if (!painter.end())
        encoded.error = QStringLiteral("cannot encode the PDF");
    return encoded;
}

EncodedFigure encode(FigureFormat format, QGraphicsScene &scene, const FigureExportOptions &options,
                     const FigureMetadata &metadata)
{
    switch (format) {
    case FigureFormat::Png:
        return encodePng(scene, options, metadata);
    case FigureFormat::Svg:
        return encodeSvg(scene, metadata);
    case FigureFormat::Pdf:
        return encodePdf(scene, options, metadata);
    }
    return {};
}

} // namespace

std::optional<FigureFormat> FigureExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return FigureFormat::Png;
    if (suffix == u"svg")
        return FigureFormat::Svg;
    if (suffix == u"pdf")
        return FigureFormat::Pdf;
    return std::nullopt;
}

QString FigureExporter::fingerprint(const QJsonArray &rows)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QByteArray canonical = QJsonDocument(rows).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

double FigureExporter::sceneWidth(const FigureExportOptions &options)
{
    return options.widthMillimetres / 25.4 * sceneUnitsPerInch;
}

FigureLayoutOptions FigureExporter::layoutFor(const FigureExportOptions &options)
{
    FigureLayoutOptions layout;
    layout.width = sceneWidth(options);
    layout.fontPixels = 10.0;
    return layout;
}

int FigureExporter::pixelWidth(const FigureExportOptions &options)
{
    return int(std::lround(options.widthMillimetres / 25.4 * options.dpi));
}

QString FigureExporter::write(const FigureRenderer &render, const QString &path,
                              const FigureExportOptions &options, const FigureMetadata &metadata)
{
    const std::optional<FigureFormat> format = formatForPath(path);
    if (!format)
        return QStringLiteral("%1: the file name must end in .png, .svg or .pdf").arg(path);
    const std::unique_ptr<QGraphicsScene> scene(render(layoutFor(options)));
    const EncodedFigure encoded = encode(*format, *scene, options, metadata);
    if (!encoded.error.isEmpty())
        return QStringLiteral("%1: %2").arg(path, encoded.error);
    if (encoded.bytes.isEmpty())
        return QStringLiteral("%1: the figure came out empty; nothing written").arg(path);
    return AtomicFile::write(path, encoded.bytes);
}

} // namespace eb
