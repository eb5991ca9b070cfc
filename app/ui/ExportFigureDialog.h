// SPDX-License-Identifier: MIT
#pragma once

#include "charts/FigureExporter.h"
#include "charts/FigureRequest.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace eb {

// File > Export figure…: which figure, the format, the width in millimetres and the PNG or
// PDF resolution, remembered between exports; then the file name.
class ExportFigureDialog : public QDialog
{
    Q_OBJECT

public:
    ExportFigureDialog(FigureKind shown, QWidget *parent = nullptr);

    FigureKind kind() const;
    FigureFormat format() const;
    FigureExportOptions options() const;
    QString suffix() const; // "png", "svg", "pdf"

    // Keeps the choices for the next export (QSettings).
    void remember() const;

private:
    QComboBox *m_figure;
    QComboBox *m_format;
    QDoubleSpinBox *m_width;
    QSpinBox *m_dpi;
};

} // namespace eb
