// SPDX-License-Identifier: MIT
#include "ui/DisclaimerBanner.h"

#include "core/Disclaimer.h"

#include <QHBoxLayout>
#include <QLabel>

namespace eb {

DisclaimerBanner::DisclaimerBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("disclaimerBanner"));
    // Dark text on pale amber: a contrast ratio above 10:1, readable in any theme.
    setStyleSheet(QStringLiteral("#disclaimerBanner { background: #fff4d6; border-bottom: 2px "
                                 "solid #b7791f; } QLabel { color: #3d2a00; }"));
    setAccessibleName(Disclaimer::headline());
    setAccessibleDescription(Disclaimer::text());

    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setText(Disclaimer::headline() + u' ' + Disclaimer::text());
    label->setWordWrap(true);
    label->setAccessibleName(Disclaimer::headline());
    label->setAccessibleDescription(Disclaimer::text());

    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(label);
    // Never squeezed below the height its wrapped text needs.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

} // namespace eb
