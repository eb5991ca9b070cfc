// SPDX-License-Identifier: MIT
#pragma once

#include "core/DatasetView.h"

#include <QString>

namespace eb {

// The detail pane's text for one study: design, population, arms, every outcome and effect
// with its time point, "not reported" where the source says nothing, the caveats, and under
// each number the verbatim quote and source it was read from.
class StudyDetailHtml
{
public:
    StudyDetailHtml(const DatasetView &view, bool showQuotes);

    QString html(const Study &study) const;

private:
    QString quotesHtml(const QList<Citation> &citations) const;
    QString caveatsHtml(const QList<Caveat> &caveats, const QString &targetKind,
                        const QString &targetId) const;
    QString findingsHtml(const QString &targetKind, const QString &targetId,
                         const QList<Caveat> &caveats) const;
    QString armsHtml(const Study &study) const;
    QString classificationsHtml(const Study &study) const;
    QString outcomesHtml(const Study &study) const;
    QString effectsHtml(const Study &study) const;
    QString endpointText(const QString &endpointId, const QString &wording,
                         const QList<Citation> &citations) const;
    QString wordsOf(const QString &words, const QList<Citation> &citations) const;
    QString interventionsText(const Arm &arm) const;

    const DatasetView &m_view;
    const Dataset &m_dataset;
    bool m_showQuotes;
};

} // namespace eb
