// SPDX-License-Identifier: MIT
#include "ui/ExportFigureDialog.h"

#include "ui/DisclaimerBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace eb {
namespace {

const QString formatKey = QStringLiteral("figures/exportFormat");
const QString widthKey = QStringLiteral("figures/exportWidthMm");
const QString dpiKey = QStringLiteral("figures/exportDpi");

} // namespace

ExportFigureDialog::ExportFigureDialog(FigureKind shown, QWidget *parent)
    : QDialog(parent)
    , m_figure(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_width(new QDoubleSpinBox(this))
    , m_dpi(new QSpinBox(this))
{
    setWindowTitle(tr("Export figure"));
    m_figure->addItem(tr("Forest plot"), int(FigureKind::Forest));
    m_figure->addItem(tr("Response-rate bars"), int(FigureKind::Rates));
    m_figure->setCurrentIndex(shown == FigureKind::Rates ? 1 : 0);
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    // The same limits as export-forest --width-mm and --dpi.
    m_width->setRange(20, 1000);
    m_width->setDecimals(0);
    m_width->setSuffix(tr(" mm"));
    m_dpi->setRange(30, 2400);
    m_dpi->setSuffix(tr(" dpi"));

    const QSettings settings;
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(settings.value(formatKey, QStringLiteral("png")))));
    m_width->setValue(settings.value(widthKey, FigureExportOptions().widthMillimetres).toDouble());
    m_dpi->setValue(settings.value(dpiKey, FigureExportOptions().dpi).toInt());
    // An SVG has no resolution.
    const auto updateDpi = [this] {
        m_dpi->setEnabled(suffix() != u"svg");
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, updateDpi);
    updateDpi();

    auto *form = new QFormLayout;
    form->addRow(tr("&Figure:"), m_figure);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Resolution:"), m_dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new DisclaimerBanner(this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

FigureKind ExportFigureDialog::kind() const
{
    return FigureKind(m_figure->currentData().toInt());
}

QString ExportFigureDialog::suffix() const
{
    return m_format->currentData().toString();
}

FigureFormat ExportFigureDialog::format() const
{
    return *FigureExporter::formatForPath(QStringLiteral("figure.") + suffix());
}

FigureExportOptions ExportFigureDialog::options() const
{
    FigureExportOptions options;
    options.widthMillimetres = m_width->value();
    options.dpi = m_dpi->value();
    return options;
}

void ExportFigureDialog::remember() const
{
    QSettings settings;
    settings.setValue(formatKey, suffix());
    settings.setValue(widthKey, m_width->value());
    settings.setValue(dpiKey, m_dpi->value());
}

} // namespace eb
