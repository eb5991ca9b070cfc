// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "core/StudySelection.h"
#include "core/integrity/IntegrityAudit.h"

#include <QHash>
#include <QList>

#include <memory>

namespace eb {

// A loaded dataset with what every view derives from it, computed once: the quote index, the
// integrity findings and each study's search keys. The table, the detail pane, the figures
// and the commands read these; each chooses what to show, none computes them again.
// Copies share one immutable state, so the quote pointers stay valid in every copy.
class DatasetView
{
public:
    DatasetView(); // empty
    explicit DatasetView(Dataset dataset);

    const Dataset &dataset() const { return m_state->dataset; }
    const QList<Study> &studies() const { return m_state->dataset.studies; }
    const QuoteIndex &quotes() const { return m_state->quotes; }
    const QList<IntegrityFinding> &findings() const { return m_state->findings; }
    // The findings on one study's numbers, and on one row ("effect", "e-12"), in audit order.
    QList<IntegrityFinding> findingsOfStudy(const QString &studyId) const;
    QList<IntegrityFinding> findingsOf(const QString &targetKind, const QString &targetId) const;
    qsizetype findingCountOfStudy(const QString &studyId) const
    {
        return m_state->findingsByStudy.value(studyId).size();
    }

    const StudySearchKeys &searchKeys(qsizetype studyIndex) const
    {
        return m_state->searchKeys.at(studyIndex);
    }
    bool matches(qsizetype studyIndex, const StudySelection &selection) const;
    // The studies a selection keeps, in dataset order (pointers into this view).
    QList<const Study *> selectedStudies(const StudySelection &selection) const;

private:
    struct State
    {
        Dataset dataset;
        QuoteIndex quotes;
        QList<IntegrityFinding> findings;
        QHash<QString, QList<qsizetype>> findingsByStudy;
        QHash<QString, QList<qsizetype>> findingsByTarget; // "kind:id"
        QList<StudySearchKeys> searchKeys;                 // one per study
    };
    std::shared_ptr<const State> m_state;
};

} // namespace eb
