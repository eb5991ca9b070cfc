// SPDX-License-Identifier: MIT
#include "core/DatasetView.h"

namespace eb {
namespace {

QList<IntegrityFinding> pick(const QList<IntegrityFinding> &findings,
                             const QList<qsizetype> &indexes)
{
    QList<IntegrityFinding> picked;
    picked.reserve(indexes.size());
    for (qsizetype index : indexes)
        picked.append(findings.at(index));
    return picked;
}

QString targetKey(const QString &kind, const QString &id)
{
    return kind + u':' + id;
}

} // namespace

DatasetView::DatasetView()
    : DatasetView(Dataset())
{}

DatasetView::DatasetView(Dataset dataset)
{
    auto state = std::make_shared<State>();
    state->dataset = std::move(dataset);
    // Built after the move: the index points into the state's own dataset.
    state->quotes = state->dataset.quoteIndex();
    state->findings = auditDataset(state->dataset);
    for (qsizetype i = 0; i < state->findings.size(); ++i) {
        const IntegrityFinding &finding = state->findings.at(i);
        state->findingsByStudy[finding.studyId].append(i);
        state->findingsByTarget[targetKey(finding.targetKind, finding.targetId)].append(i);
    }
    state->searchKeys.reserve(state->dataset.studies.size());
    for (const Study &study : state->dataset.studies)
        state->searchKeys.append(StudySearchKeys::of(study, state->dataset, state->quotes));
    m_state = std::move(state);
}

QList<IntegrityFinding> DatasetView::findingsOfStudy(const QString &studyId) const
{
    return pick(m_state->findings, m_state->findingsByStudy.value(studyId));
}

QList<IntegrityFinding> DatasetView::findingsOf(const QString &targetKind,
                                                const QString &targetId) const
{
    return pick(m_state->findings,
                m_state->findingsByTarget.value(targetKey(targetKind, targetId)));
}

bool DatasetView::matches(qsizetype studyIndex, const StudySelection &selection) const
{
    return selection.matches(studies().at(studyIndex), searchKeys(studyIndex));
}

QList<const Study *> DatasetView::selectedStudies(const StudySelection &selection) const
{
    QList<const Study *> selected;
    for (qsizetype i = 0; i < studies().size(); ++i)
        if (matches(i, selection))
            selected.append(&studies().at(i));
    return selected;
}

} // namespace eb
