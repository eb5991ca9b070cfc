// SPDX-License-Identifier: MIT
#pragma once

#include "core/editing/EvidenceRules.h"
#include "data/StoredRows.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QUndoStack;

namespace eb {

class Database;
class EvidenceEditor;

// The user's edits of one database for the life of the program, across the windows shown
// from it: each edit is written at once and pushed on one QUndoStack, whose undo and redo
// write the rows back. Emits evidenceChanged after every write, so that the window is shown
// anew from the database with the study concerned selected.
class EvidenceEditing : public QObject
{
    Q_OBJECT

public:
    using Edit = std::function<EvidenceChange(const EvidenceEditor &)>;

    explicit EvidenceEditing(QString databasePath, QObject *parent = nullptr);
    ~EvidenceEditing() override;

    QUndoStack *undoStack() const { return m_stack; }

    // Runs the edit and puts it on the stack; studyId is the study to show after it (and
    // after its undo and redo). Returns an empty string, or why nothing was changed.
    QString perform(const Edit &edit, const QString &studyId);
    // The reference a user study was entered from, for its dialog.
    StudyEntry studyEntry(const Study &study);

    // Undo, redo, or why it could not be done (the database changed meanwhile).
    QString write(const EvidenceChange &change, bool forward);

    // The undo history (a QUndoView), one window for the whole session.
    void showHistory(QWidget *near);

Q_SIGNALS:
    void evidenceChanged(const QString &studyId);
    // An undo or redo that could not be written, in words for the user.
    void failed(const QString &message);

private:
    const EvidenceEditor &editor();

    QString m_databasePath;
    QUndoStack *m_stack;
    std::unique_ptr<Database> m_database; // opened for writing at the first edit
    std::unique_ptr<EvidenceEditor> m_editor;
    std::unique_ptr<QDialog> m_history;
};

} // namespace eb
