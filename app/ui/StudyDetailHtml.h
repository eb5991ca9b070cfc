// SPDX-License-Identifier: MIT
#pragma once

#include "core/DatasetView.h"

#include <QString>
#include <QUrl>

namespace eb {

// The detail pane's page for one study, in the order a reader needs it: the results as a
// table (endpoint, time point, each arm's value, the effect, flags), then design and
// population, then limitations (caveats and integrity findings, each once), then the
// sources: every quote once, numbered, with the values it backs. "not reported" wherever the
// source says nothing; our notes and classifications are marked as ours. A DOI is a link to
// https://doi.org/...; with showQuotes off the sources collapse to one line of who said
// what, and the classifications to what was classified, so that the page fits the pane.
class StudyDetailHtml
{
public:
    StudyDetailHtml(const DatasetView &view, bool showQuotes);

    // The page's link that shows or hides the quotes (the window's View > Show source quotes).
    static QUrl toggleQuotesLink();

    QString html(const Study &study) const;

private:
    const DatasetView &m_view;
    bool m_showQuotes;
};

} // namespace eb
