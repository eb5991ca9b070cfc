// SPDX-License-Identifier: MIT
#pragma once

#include "core/editing/EvidenceRules.h"
#include "data/StoredRows.h"

#include <QDate>
#include <QSqlDatabase>

namespace eb {

// Adds, changes and deletes the user's own studies, arms, outcomes and effects, each in one
// transaction, and returns the change (the rows before and after) for undo. Every row it
// writes is the user's (origin 'user') and cites a quote of wording 'user_entry' of the
// study's own source of kind 'user_entry' ("Entered by the user on 2026-11-26."), never a
// publication's words. A delete takes every row that depends on what it deletes (arms'
// outcomes, effects that compare a deleted arm, citations, caveats, classifications).
// Refuses, with an InputError saying why and changing nothing: rows of the bundled source
// document, entries that break EvidenceRules, and ids that do not exist.
class EvidenceEditor
{
public:
    explicit EvidenceEditor(QSqlDatabase connection, QDate today = QDate::currentDate());

    // A new row gets an id made from its name ("smith-2019", "smith-2019-placebo"); afterId
    // reads it from the returned change.
    EvidenceChange addStudy(const StudyEntry &entry) const;
    EvidenceChange editStudy(const StudyEntry &entry) const;
    EvidenceChange deleteStudy(const QString &studyId) const;
    EvidenceChange addArm(const QString &studyId, const Arm &arm) const;
    EvidenceChange editArm(const Arm &arm) const;
    EvidenceChange deleteArm(const QString &armId) const;
    EvidenceChange addOutcome(const QString &armId, const Outcome &outcome) const;
    EvidenceChange editOutcome(const Outcome &outcome) const;
    EvidenceChange deleteOutcome(const QString &outcomeId) const;
    EvidenceChange addEffect(const QString &studyId, const Effect &effect) const;
    EvidenceChange editEffect(const Effect &effect) const;
    EvidenceChange deleteEffect(const QString &effectId) const;

    // The user's note on any study, bundled ones included (the only change they take); an
    // empty text removes it.
    EvidenceChange annotateStudy(const QString &studyId, const QString &text) const;

    // The reference a user study was entered from, for its dialog.
    StudyEntry studyEntry(const Study &study) const;

    // Writes a change's after rows over its before rows (do, redo), or the reverse (undo).
    void redo(const EvidenceChange &change) const;
    void undo(const EvidenceChange &change) const;

    // The id of the first row of `table` among a change's after rows (the new study's id).
    static QString afterId(const EvidenceChange &change, const QString &table);

private:
    struct Owner;
    Owner ownerOf(const QString &table, const QString &id) const;
    StoredRows entryRows(const Owner &owner, const QString &table, const QString &rowId) const;
    StoredRows ownRows(const QString &table, const QString &id) const;
    StoredRows deletedWith(const QString &table, const QString &id) const;
    EvidenceChange editStudyRows(const StudyEntry &entry, const QString &text,
                                 const StoredRows &before) const;
    EvidenceChange writeArm(const Owner &owner, const Arm &arm, const QString &text,
                            const StoredRows &before) const;
    void refuseForeignArms(const QString &studyId, const Effect &effect) const;
    EvidenceChange write(const QString &text, StoredRows before, const StoredRows &after) const;
    QString freeId(const QString &table, const QString &base) const;

    QSqlDatabase m_connection;
    StoredRowWriter m_rows;
    QDate m_today;
};

} // namespace eb
