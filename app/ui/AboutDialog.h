// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QDialog>

namespace eb {

// Version, the sources of the bundled data, and the disclaimer.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const Dataset &dataset, QWidget *parent = nullptr);
};

} // namespace eb
