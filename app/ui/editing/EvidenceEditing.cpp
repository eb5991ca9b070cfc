// SPDX-License-Identifier: MIT
#include "ui/editing/EvidenceEditing.h"

#include "data/Database.h"
#include "data/EvidenceEditor.h"
#include "data/UserError.h"

#include <QDialog>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace eb {
namespace {

// One edit on the stack. Pushing it does not write it again: the edit was written when it
// was made, and the change holds the rows before and after.
class EvidenceEditCommand : public QUndoCommand
{
public:
    EvidenceEditCommand(EvidenceEditing *editing, EvidenceChange change, QString studyId)
        : QUndoCommand(change.text)
        , m_editing(editing)
        , m_change(std::move(change))
        , m_studyId(std::move(studyId))
    {}

    void redo() override
    {
        if (std::exchange(m_written, false))
            return;
        apply(true);
    }
    void undo() override { apply(false); }

private:
    void apply(bool forward)
    {
        const QString problem = m_editing->write(m_change, forward);
        if (!problem.isEmpty()) {
            setObsolete(true); // the stack drops it: it can no longer be undone or redone
            Q_EMIT m_editing->failed(problem);
        }
        Q_EMIT m_editing->evidenceChanged(m_studyId);
    }

    EvidenceEditing *m_editing;
    EvidenceChange m_change;
    QString m_studyId;
    bool m_written = true;
};

} // namespace

EvidenceEditing::EvidenceEditing(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_stack(new QUndoStack(this))
{}

EvidenceEditing::~EvidenceEditing() = default;

const EvidenceEditor &EvidenceEditing::editor()
{
    if (!m_editor) {
        m_database = std::make_unique<Database>(Database::open(m_databasePath));
        m_editor = std::make_unique<EvidenceEditor>(m_database->connection());
    }
    return *m_editor;
}

QString EvidenceEditing::perform(const Edit &edit, const QString &studyId)
{
    try {
        EvidenceChange change = edit(editor());
        const QString shown =
            studyId.isEmpty() ? EvidenceEditor::afterId(change, QStringLiteral("study")) : studyId;
        m_stack->push(new EvidenceEditCommand(this, std::move(change), shown));
        Q_EMIT evidenceChanged(shown);
        return QString();
    } catch (const UserError &error) {
        return error.message();
    }
}

StudyEntry EvidenceEditing::studyEntry(const Study &study)
{
    try {
        return editor().studyEntry(study);
    } catch (const UserError &) {
        return {study, {}, {}}; // the dialog asks for the reference
    }
}

QString EvidenceEditing::write(const EvidenceChange &change, bool forward)
{
    try {
        if (forward)
            editor().redo(change);
        else
            editor().undo(change);
        return QString();
    } catch (const UserError &error) {
        return error.message();
    }
}

void EvidenceEditing::showHistory(QWidget *near)
{
    if (!m_history) {
        // No parent: the windows shown from the database come and go, the history stays.
        m_history = std::make_unique<QDialog>();
        m_history->setWindowTitle(tr("Undo history"));
        auto *layout = new QVBoxLayout(m_history.get());
        auto *view = new QUndoView(m_stack, m_history.get());
        view->setEmptyLabel(tr("As the database was opened"));
        view->setAccessibleName(tr("Undo history"));
        layout->addWidget(view);
        m_history->resize(360, 420);
    }
    if (near)
        m_history->move(near->geometry().topRight() - QPoint(380, -60));
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

} // namespace eb
