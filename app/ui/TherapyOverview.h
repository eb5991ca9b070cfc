// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"

#include <QTextBrowser>

namespace eb {

// What the sources say about the therapy as a whole (approval, evidence rating, immune
// effects), each with its quote, and the full list of sources.
class TherapyOverview : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TherapyOverview(const Dataset &dataset, QWidget *parent = nullptr);

    static QString html(const Dataset &dataset);

protected:
    // The page is built when the tab is first shown: with many sources it is long.
    void showEvent(QShowEvent *event) override;

private:
    Dataset m_dataset;
    bool m_built = false;
};

} // namespace eb
