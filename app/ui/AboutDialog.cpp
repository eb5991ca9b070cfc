// SPDX-License-Identifier: MIT
#include "ui/AboutDialog.h"

#include "core/ApplicationInfo.h"
#include "ui/DisclaimerBanner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace eb {

AboutDialog::AboutDialog(const Dataset &dataset, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About %1").arg(applicationDisplayName()));

    QString sources;
    for (const Source &source : dataset.sources)
        sources += QStringLiteral("<li>%1</li>").arg(source.citation.toHtmlEscaped());

    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(
        tr("<h2>%1 %2</h2><p>Dataset version %3.</p><p>Sources:</p><ul>%4</ul>"
           "<p>The program shows evidence; it never recommends a treatment.</p>")
            .arg(applicationDisplayName(), applicationVersion(), dataset.datasetVersion, sources));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new DisclaimerBanner(this));
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace eb
