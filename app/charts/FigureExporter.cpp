// SPDX-License-Identifier: MIT
#include "charts/FigureExporter.h"

#include "charts/ForestFigure.h"
#include "core/ApplicationInfo.h"
#include "core/Disclaimer.h"

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

QString writePng(QGraphicsScene &scene, const QString &path, const FigureExportOptions &options,
                 const FigureMetadata &metadata)
{
    const int width = FigureExporter::pixelWidth(options);
    const double scale = width / scene.sceneRect().width();
    const int height = int(std::lround(scene.sceneRect().height() * scale));
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
    QImageWriter writer(path, "png");
    // Figures are mostly white: zlib's fastest level (quality 89 in Qt's PNG writer) is
    // several times faster than the default and barely larger.
    writer.setQuality(89);
    if (!writer.write(image))
        return QStringLiteral("cannot write %1: %2").arg(path, writer.errorString());
    return QString();
}

QString writeSvg(QGraphicsScene &scene, const QString &path, const FigureExportOptions &options,
                 const FigureMetadata &metadata)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(scene.sceneRect().size().toSize());
    generator.setViewBox(scene.sceneRect());
    generator.setResolution(int(sceneUnitsPerInch));
    generator.setTitle(metadata.title);
    generator.setDescription(svgDescription(metadata));
    Q_UNUSED(options)
    QPainter painter;
    if (!painter.begin(&generator))
        return QStringLiteral("cannot write %1").arg(path);
    scene.render(&painter, scene.sceneRect(), scene.sceneRect());
    painter.end();
    return QFileInfo(path).size() > 0 ? QString() : QStringLiteral("cannot write %1").arg(path);
}

QString writePdf(QGraphicsScene &scene, const QString &path, const FigureExportOptions &options,
                 const FigureMetadata &metadata)
{
    const double heightMillimetres =
        options.widthMillimetres * scene.sceneRect().height() / scene.sceneRect().width();
    QPdfWriter writer(path);
    writer.setPageSize(
        QPageSize(QSizeF(options.widthMillimetres, heightMillimetres), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(int(options.dpi));
    writer.setTitle(metadata.title);
    writer.setCreator(applicationDisplayName() + u' ' + applicationVersion());
    QPainter painter;
    if (!painter.begin(&writer))
        return QStringLiteral("cannot write %1").arg(path);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(0, 0, writer.width(), writer.height()), scene.sceneRect());
    painter.end();
    return QString();
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
    FigureLayoutOptions layout;
    layout.width = sceneWidth(options);
    layout.fontPixels = 9.0;
    const std::unique_ptr<QGraphicsScene> scene(render(layout));
    switch (*format) {
    case FigureFormat::Png:
        return writePng(*scene, path, options, metadata);
    case FigureFormat::Svg:
        return writeSvg(*scene, path, options, metadata);
    case FigureFormat::Pdf:
        return writePdf(*scene, path, options, metadata);
    }
    return QString();
}

} // namespace eb
