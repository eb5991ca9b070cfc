// SPDX-License-Identifier: MIT
#include "ui/editing/EditActions.h"

#include "core/format/EvidenceText.h"
#include "data/EvidenceEditor.h"
#include "ui/MainWindow.h"
#include "ui/editing/ArmDialog.h"
#include "ui/editing/EffectDialog.h"
#include "ui/editing/OutcomeDialog.h"
#include "ui/editing/StudyDialog.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace eb {
namespace {

const QString linkScheme = QStringLiteral("eb-edit");

QString link(const QString &what, const QString &id, const QString &text)
{
    const QString target =
        id.isEmpty() ? what : what + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return QStringLiteral("<a href='%1:%2'>%3</a>").arg(linkScheme, target, text);
}

QString editAndDelete(const QString &kind, const QString &id)
{
    return QStringLiteral("<span style='font-size:small'>%1 · %2</span>")
        .arg(link(QStringLiteral("edit-") + kind, id, QStringLiteral("edit")),
             link(QStringLiteral("delete-") + kind, id, QStringLiteral("delete")));
}

QString endpointLabel(const Dataset &dataset, const QString &endpointId)
{
    const Endpoint *endpoint = dataset.findEndpoint(endpointId);
    return endpoint ? endpoint->label : endpointId;
}

} // namespace

EditActions::EditActions(MainWindow *window, EvidenceEditing *editing, QMenu *editMenu)
    : QObject(window)
    , m_window(window)
    , m_editing(editing)
{
    QUndoStack *stack = editing->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    m_redo->setShortcuts(redoKeys);
    auto *history = new QAction(tr("Undo &history"), this);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    connect(history, &QAction::triggered, this, [this] { m_editing->showHistory(m_window); });
    m_addStudy = new QAction(tr("&Add study…"), this);
    m_addStudy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_addStudy, &QAction::triggered, this, &EditActions::addStudy);
    m_editStudy = new QAction(tr("&Edit study…"), this);
    m_editStudy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_editStudy, &QAction::triggered, this, &EditActions::editStudy);
    m_deleteStudy = new QAction(tr("&Delete study"), this);
    m_deleteStudy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_deleteStudy, &QAction::triggered, this, &EditActions::deleteStudy);

    m_annotate = new QAction(tr("A&nnotate study…"), this);
    m_annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_annotate->setToolTip(tr("Your own note on the study, shown on its page as yours"));
    connect(m_annotate, &QAction::triggered, this, &EditActions::annotateStudy);

    QAction *first = editMenu->actions().value(0);
    for (QAction *action : {m_undo, m_redo, history})
        editMenu->insertAction(first, action);
    editMenu->insertSeparator(first);
    for (QAction *action : {m_addStudy, m_editStudy, m_deleteStudy, m_annotate})
        editMenu->insertAction(first, action);
    editMenu->insertSeparator(first);
    editMenu->setToolTipsVisible(true);

    connect(window->studyView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EditActions::updateActions);
    updateActions();
}

const Study *EditActions::shownStudy() const
{
    return m_window->selectedStudy();
}

void EditActions::updateActions()
{
    const Study *study = shownStudy();
    const bool editable = study && study->isUsers();
    m_annotate->setEnabled(study != nullptr);
    for (QAction *action : {m_editStudy, m_deleteStudy}) {
        action->setEnabled(editable);
        action->setToolTip(!study ? tr("Select a study of yours in the list first")
                           : !editable
                               ? tr("%1 comes from the bundled source document and is read-only; "
                                    "add your own study with Add study…")
                                     .arg(study->name)
                               : QString());
    }
}

QString EditActions::linksHtml(const Study &study, const Dataset &dataset)
{
    if (!study.isUsers())
        return QString();
    QStringList lines{tr("<b>Edit this study of yours:</b> %1 · %2 · %3 · %4 · %5")
                          .arg(link(QStringLiteral("edit-study"), {}, tr("edit study")),
                               link(QStringLiteral("delete-study"), {}, tr("delete study")),
                               link(QStringLiteral("add-arm"), {}, tr("add arm")),
                               link(QStringLiteral("add-outcome"), {}, tr("add outcome")),
                               link(QStringLiteral("add-effect"), {}, tr("add effect")))};
    for (const Arm &arm : study.arms) {
        lines.append(tr("Arm <b>%1</b> (%2) %3")
                         .arg(arm.label.toHtmlEscaped(), arm.role,
                              editAndDelete(QStringLiteral("arm"), arm.id)));
        for (const Outcome &outcome : arm.outcomes)
            lines.append(tr("&nbsp;&nbsp;&nbsp;outcome %1: %2 %3")
                             .arg(endpointLabel(dataset, outcome.endpointId).toHtmlEscaped(),
                                  format::outcomeShort(outcome).toHtmlEscaped(),
                                  editAndDelete(QStringLiteral("outcome"), outcome.id)));
    }
    for (const Effect &effect : study.effects)
        lines.append(tr("Effect %1: %2 %3")
                         .arg(endpointLabel(dataset, effect.endpointId).toHtmlEscaped(),
                              format::effectShort(effect).toHtmlEscaped(),
                              editAndDelete(QStringLiteral("effect"), effect.id)));
    return QStringLiteral("<div style='background:#fdf3e6; padding:4px; margin:0 0 6px 0'>%1</div>")
        .arg(lines.join(QStringLiteral("<br>")));
}

bool EditActions::followLink(const QUrl &url)
{
    if (url.scheme() != linkScheme)
        return false;
    const QString what = url.path().section(u'/', 0, 0);
    const QString id = QUrl::fromPercentEncoding(url.path().section(u'/', 1).toLatin1());
    const Study *study = shownStudy();
    if (!study || !study->isUsers())
        return true;
    const QString studyId = study->id;
    if (what == u"edit-study")
        editStudy();
    else if (what == u"delete-study")
        deleteStudy();
    else if (what == u"add-arm")
        addArm();
    else if (what == u"edit-arm")
        editArm(id);
    else if (what == u"delete-arm")
        perform([id](const EvidenceEditor &editor) { return editor.deleteArm(id); }, studyId);
    else if (what == u"add-outcome")
        addOutcome();
    else if (what == u"edit-outcome")
        editOutcome(id);
    else if (what == u"delete-outcome")
        perform([id](const EvidenceEditor &editor) { return editor.deleteOutcome(id); }, studyId);
    else if (what == u"add-effect")
        addEffect();
    else if (what == u"edit-effect")
        editEffect(id);
    else if (what == u"delete-effect")
        perform([id](const EvidenceEditor &editor) { return editor.deleteEffect(id); }, studyId);
    return true;
}

void EditActions::perform(const EvidenceEditing::Edit &edit, const QString &studyId)
{
    const QString problem = m_editing->perform(edit, studyId);
    if (!problem.isEmpty())
        QMessageBox::warning(m_window, tr("Not changed"), problem);
}

void EditActions::addStudy()
{
    StudyEntry entry;
    entry.study.kind = QStringLiteral("trial");
    StudyDialog dialog(m_window->view().dataset(), entry, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StudyEntry added = dialog.entry();
    perform([added](const EvidenceEditor &editor) { return editor.addStudy(added); }, QString());
}

void EditActions::editStudy()
{
    const Study *study = shownStudy();
    if (!study || !study->isUsers())
        return;
    StudyDialog dialog(m_window->view().dataset(), m_editing->studyEntry(*study), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StudyEntry edited = dialog.entry();
    perform([edited](const EvidenceEditor &editor) { return editor.editStudy(edited); },
            edited.study.id);
}

void EditActions::deleteStudy()
{
    const Study *study = shownStudy();
    if (!study || !study->isUsers())
        return;
    const QString id = study->id;
    perform([id](const EvidenceEditor &editor) { return editor.deleteStudy(id); }, id);
    m_window->statusBar()->showMessage(tr("Study deleted; Ctrl+Z brings it back"), 6000);
}

void EditActions::annotateStudy()
{
    const Study *study = shownStudy();
    if (!study)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        m_window, tr("Annotate study"),
        tr("Your note on %1 (shown on its page as yours; empty removes it):").arg(study->name),
        study->userNote, &ok);
    if (!ok || text.trimmed() == study->userNote)
        return;
    const QString id = study->id;
    perform([id, text](const EvidenceEditor &editor) { return editor.annotateStudy(id, text); },
            id);
}

void EditActions::addArm()
{
    const Study study = *shownStudy();
    Arm arm;
    arm.role = study.arms.isEmpty() ? QStringLiteral("treatment") : QStringLiteral("comparator");
    ArmDialog dialog(m_window->view().dataset(), study, arm, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Arm added = dialog.arm();
    perform(
        [id = study.id, added](const EvidenceEditor &editor) { return editor.addArm(id, added); },
        study.id);
}

void EditActions::editArm(const QString &armId)
{
    const Study study = *shownStudy();
    const Arm *arm = study.findArm(armId);
    if (!arm)
        return;
    ArmDialog dialog(m_window->view().dataset(), study, *arm, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Arm edited = dialog.arm();
    perform([edited](const EvidenceEditor &editor) { return editor.editArm(edited); }, study.id);
}

void EditActions::addOutcome()
{
    const Study study = *shownStudy();
    OutcomeDialog dialog(m_window->view().dataset(), study,
                         study.arms.isEmpty() ? QString() : study.arms.first().id, Outcome(),
                         m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Outcome added = dialog.outcome();
    perform([armId = dialog.armId(),
             added](const EvidenceEditor &editor) { return editor.addOutcome(armId, added); },
            study.id);
}

void EditActions::editOutcome(const QString &outcomeId)
{
    const Study study = *shownStudy();
    for (const Arm &arm : study.arms)
        for (const Outcome &outcome : arm.outcomes)
            if (outcome.id == outcomeId) {
                OutcomeDialog dialog(m_window->view().dataset(), study, arm.id, outcome, m_window);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                const Outcome edited = dialog.outcome();
                perform(
                    [edited](const EvidenceEditor &editor) { return editor.editOutcome(edited); },
                    study.id);
                return;
            }
}

void EditActions::addEffect()
{
    const Study study = *shownStudy();
    EffectDialog dialog(m_window->view().dataset(), study, Effect(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Effect added = dialog.effect();
    perform([id = study.id,
             added](const EvidenceEditor &editor) { return editor.addEffect(id, added); },
            study.id);
}

void EditActions::editEffect(const QString &effectId)
{
    const Study study = *shownStudy();
    for (const Effect &effect : study.effects)
        if (effect.id == effectId) {
            EffectDialog dialog(m_window->view().dataset(), study, effect, m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const Effect edited = dialog.effect();
            perform([edited](const EvidenceEditor &editor) { return editor.editEffect(edited); },
                    study.id);
            return;
        }
}

} // namespace eb
