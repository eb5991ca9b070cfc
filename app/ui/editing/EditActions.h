// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "ui/editing/EvidenceEditing.h"

#include <QObject>
#include <QUrl>

class QAction;
class QMenu;

namespace eb {

class MainWindow;

// The window's editing: in the Edit menu Undo (Ctrl+Z), Redo (Ctrl+Shift+Z), Undo history,
// Add study…, Edit study…, Delete study; on a user study's page, links that add, edit and
// delete its arms, outcomes and effects. Each opens its dialog and hands the edit to
// EvidenceEditing. A bundled study cannot be edited: its actions are disabled, and say why.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(MainWindow *window, EvidenceEditing *editing, QMenu *editMenu);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *addStudyAction() const { return m_addStudy; }
    QAction *editStudyAction() const { return m_editStudy; }
    QAction *deleteStudyAction() const { return m_deleteStudy; }
    QAction *annotateAction() const { return m_annotate; }

    // The block of edit links at the top of a user study's page; empty for a bundled study.
    static QString linksHtml(const Study &study, const Dataset &dataset);
    // Follows an edit link of the page; false for a link that is not one.
    bool followLink(const QUrl &link);

    void addStudy();
    void editStudy();
    void deleteStudy();
    void annotateStudy();

private:
    void updateActions();
    void addArm();
    void editArm(const QString &armId);
    void addOutcome();
    void editOutcome(const QString &outcomeId);
    void addEffect();
    void editEffect(const QString &effectId);
    void perform(const EvidenceEditing::Edit &edit, const QString &studyId);
    const Study *shownStudy() const;

    MainWindow *m_window;
    EvidenceEditing *m_editing;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_addStudy = nullptr;
    QAction *m_editStudy = nullptr;
    QAction *m_deleteStudy = nullptr;
    QAction *m_annotate = nullptr;
};

} // namespace eb
