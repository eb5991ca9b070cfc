// SPDX-License-Identifier: MIT
// Editing in the window: the dialogs say what is wrong beside the field as it is typed and keep
// OK disabled until nothing is; a study typed in appears in the list, on its page, in the
// forest plot and in the summary, marked as the user's, and Undo and Redo take it away and
// bring it back; a bundled study's edit actions are disabled and say why.
// EB_GRAB_DIR=folder saves each dialog and window as the test sees it, to be looked at.
#include "charts/FigureView.h"
#include "data/Database.h"
#include "data/EvidenceEditor.h"
#include "data/EvidenceRepository.h"
#include "models/StudyFilterProxy.h"
#include "ui/MainWindow.h"
#include "ui/SummaryView.h"
#include "ui/WindowSession.h"
#include "ui/editing/ArmDialog.h"
#include "ui/editing/EditActions.h"
#include "ui/editing/EffectDialog.h"
#include "ui/editing/OutcomeDialog.h"
#include "ui/editing/StudyDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

void grab(QWidget *widget, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("EB_GRAB_DIR"))
        return;
    widget->show();
    QCoreApplication::processEvents();
    widget->grab().save(qEnvironmentVariable("EB_GRAB_DIR") + u'/' + name + u".png");
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void check(QListWidget *list, int row)
{
    list->item(row)->setCheckState(Qt::Checked);
}

ReportedNumber number(double value, const QString &printed)
{
    return ReportedNumber{value, printed};
}

} // namespace

class TestEvidenceEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Dataset m_dataset;
    int m_databases = 0;

    // A study with two arms: treatment and control.
    Study twoArmStudy() const
    {
        Study study;
        study.id = u"s"_s;
        study.name = u"Smith 2019"_s;
        Arm treatment;
        treatment.id = u"t"_s;
        treatment.label = u"Thymosin"_s;
        treatment.role = u"treatment"_s;
        Arm control = treatment;
        control.id = u"c"_s;
        control.label = u"Control"_s;
        control.role = u"comparator"_s;
        study.arms = {treatment, control};
        return study;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const Database database = Database::open(m_dir.filePath(u"read.sqlite"_s));
        m_dataset = EvidenceRepository(database.connection()).load();
    }

    void studyDialogSaysWhatIsMissing()
    {
        StudyDialog dialog(m_dataset, StudyEntry());
        QVERIFY(!dialog.canAccept());
        QCOMPARE(dialog.problemShown(u"name"_s), u"Required: type the study's name."_s);
        QCOMPARE(dialog.problemShown(u"conditions"_s),
                 u"Choose at least one condition, so that the filters find it."_s);
        grab(&dialog, u"study-dialog-empty"_s);
        type(dialog.lineEdit(u"name"_s), u"Smith 2019"_s);
        QCOMPARE(dialog.problemShown(u"name"_s), QString());
        check(dialog.checkList(u"conditions"_s), 0);
        type(dialog.lineEdit(u"reference"_s), u"Smith J et al. J Hepatol 2019"_s);
        QVERIFY(dialog.canAccept());
        type(dialog.lineEdit(u"size"_s), u"12o"_s);
        QCOMPARE(dialog.problemShown(u"size"_s),
                 u"Type a number, like 0.85 (a point, not a comma)."_s);
        QVERIFY(!dialog.canAccept());
        type(dialog.lineEdit(u"size"_s), u"0"_s);
        QCOMPARE(dialog.problemShown(u"size"_s), u"Must be greater than 0."_s);
        type(dialog.lineEdit(u"size"_s), u"120"_s);
        type(dialog.lineEdit(u"follow_up"_s), u"48"_s);
        QCOMPARE(dialog.problemShown(u"follow_up_unit"_s), u"Choose a unit for the follow-up."_s);
        type(dialog.lineEdit(u"reference_year"_s), u"1850"_s);
        QCOMPARE(dialog.problemShown(u"reference_year"_s), u"A year between 1900 and 2100."_s);
        grab(&dialog, u"study-dialog-problems"_s);
        type(dialog.lineEdit(u"reference_year"_s), u"2019"_s);
        dialog.comboBox(u"follow_up_unit"_s)->setCurrentIndex(1);
        QVERIFY(dialog.canAccept());
        QCOMPARE(dialog.entry().study.size->printed, u"120"_s);
        QCOMPARE(dialog.entry().study.followUpUnit, u"week"_s);
    }

    void armDialogNeedsADoseUnit()
    {
        ArmDialog dialog(m_dataset, twoArmStudy(), Arm());
        type(dialog.lineEdit(u"label"_s), u"High dose"_s);
        QVERIFY(dialog.canAccept());
        type(dialog.lineEdit(u"dose"_s), u"1.6"_s);
        QCOMPARE(dialog.problemShown(u"dose_unit"_s), u"Type the dose's unit (mg)."_s);
        QVERIFY(!dialog.canAccept());
        grab(&dialog, u"arm-dialog"_s);
        type(dialog.lineEdit(u"dose_unit"_s), u"mg"_s);
        QVERIFY(dialog.canAccept());
    }

    void outcomeDialogRefusesMoreEventsThanPatients()
    {
        OutcomeDialog dialog(m_dataset, twoArmStudy(), u"t"_s, Outcome());
        QCOMPARE(dialog.problemShown(u"endpoint_id"_s), u"Required: type the endpoint."_s);
        dialog.comboBox(u"endpoint_id"_s)->setCurrentIndex(1);
        type(dialog.lineEdit(u"events"_s), u"70"_s);
        type(dialog.lineEdit(u"total"_s), u"60"_s);
        QCOMPARE(dialog.problemShown(u"events"_s), u"70 events is more than the total of 60."_s);
        QVERIFY(!dialog.canAccept());
        grab(&dialog, u"outcome-dialog"_s);
        type(dialog.lineEdit(u"events"_s), u"12"_s);
        QVERIFY(dialog.canAccept());
        type(dialog.lineEdit(u"percent"_s), u"101"_s);
        QCOMPARE(dialog.problemShown(u"percent"_s), u"A percent is between 0 and 100."_s);
    }

    void effectDialogChecksTheInterval()
    {
        EffectDialog dialog(m_dataset, twoArmStudy(), Effect());
        dialog.comboBox(u"endpoint_id"_s)->setCurrentIndex(1);
        QCOMPARE(dialog.comboBox(u"treatment_arm_id"_s)->currentData().toString(), u"t"_s);
        QCOMPARE(dialog.comboBox(u"comparator_arm_id"_s)->currentData().toString(), u"c"_s);
        type(dialog.lineEdit(u"estimate"_s), u"0.80"_s);
        type(dialog.lineEdit(u"ci_low"_s), u"1.20"_s);
        type(dialog.lineEdit(u"ci_high"_s), u"0.50"_s);
        QCOMPARE(dialog.problemShown(u"ci_low"_s), u"CI low is above CI high."_s);
        type(dialog.lineEdit(u"ci_low"_s), u"0.85"_s);
        type(dialog.lineEdit(u"ci_high"_s), u"1.20"_s);
        QCOMPARE(dialog.problemShown(u"estimate"_s),
                 u"The estimate 0.80 lies outside its interval 0.85 to 1.20."_s);
        grab(&dialog, u"effect-dialog"_s);
        type(dialog.lineEdit(u"ci_low"_s), u"0"_s);
        QCOMPARE(dialog.problemShown(u"ci_low"_s), u"A ratio (RR) is greater than 0."_s);
        type(dialog.lineEdit(u"ci_low"_s), u"0.50"_s);
        type(dialog.lineEdit(u"p_value"_s), u"<0.001"_s);
        QVERIFY(dialog.canAccept());
        QCOMPARE(dialog.effect().pValue->relation, u"<"_s);
        dialog.comboBox(u"comparator_arm_id"_s)->setCurrentIndex(1); // the treatment arm
        QCOMPARE(dialog.problemShown(u"comparator_arm_id"_s),
                 u"Compare the arm with another arm."_s);
    }

    // Type in a trial: it is in the list, on its page, in the forest plot and the summary,
    // marked as yours; undo takes it away, redo brings it back.
    void aNewTrialIsShownEverywhereAndUndone()
    {
        const QString path = m_dir.filePath(u"session.sqlite"_s);
        WindowSession session(path, QString());
        EvidenceEditing *editing = session.editing();
        const auto studyRows = [&session] {
            return session.window()->filterProxy()->rowCount();
        };
        const int bundledRows = studyRows();
        Study study;
        study.name = u"Smith 2019"_s;
        study.kind = u"trial"_s;
        study.conditionIds = {m_dataset.conditions.first().id};
        const StudyEntry entry{study, u"Smith J et al. J Hepatol 2019"_s, 2019};
        QCOMPARE(editing->perform(
                     [entry](const EvidenceEditor &editor) { return editor.addStudy(entry); },
                     QString()),
                 QString());
        QTRY_COMPARE(studyRows(), bundledRows + 1);
        const QString studyId = u"smith-2019"_s;
        // A comparison the forest plot already draws: its endpoint, time point, measure and
        // what each arm received.
        const Effect *drawn = nullptr;
        QStringList treated, controls;
        for (const Study &s : m_dataset.studies)
            for (const Effect &e : s.effects)
                if (!drawn && e.estimate && e.measure != u"RD" && s.findArm(e.treatmentArmId) &&
                    s.findArm(e.comparatorArmId)) {
                    drawn = &e;
                    treated = s.findArm(e.treatmentArmId)->interventionIds;
                    controls = s.findArm(e.comparatorArmId)->interventionIds;
                }
        QVERIFY(drawn);
        const QString endpointId = drawn->endpointId;
        Arm treatment;
        treatment.label = u"Thymosin"_s;
        treatment.role = u"treatment"_s;
        treatment.interventionIds = treated;
        editing->perform([&](const EvidenceEditor &e) { return e.addArm(studyId, treatment); },
                         studyId);
        Arm control = treatment;
        control.label = u"Control"_s;
        control.role = u"comparator"_s;
        control.interventionIds = controls;
        editing->perform([&](const EvidenceEditor &e) { return e.addArm(studyId, control); },
                         studyId);
        Effect effect;
        effect.endpointId = endpointId;
        effect.treatmentArmId = u"smith-2019-thymosin"_s;
        effect.comparatorArmId = u"smith-2019-control"_s;
        effect.measure = drawn->measure;
        effect.timepoint = drawn->timepoint;
        effect.estimate = number(0.8, u"0.80"_s);
        effect.ciLow = number(0.5, u"0.50"_s);
        effect.ciHigh = number(1.28, u"1.28"_s); // symmetric on the log scale: no flag
        effect.ciLevel = 0.95;
        QCOMPARE(
            editing->perform([&](const EvidenceEditor &e) { return e.addEffect(studyId, effect); },
                             studyId),
            QString());
        QCOMPARE(editing->undoStack()->count(), 4);
        QTRY_VERIFY(session.window()->selectedStudy() &&
                    session.window()->selectedStudy()->effects.size() == 1);

        MainWindow *window = session.window();
        QVERIFY(window->selectStudy(studyId));
        QVERIFY(
            window->detailView()->toPlainText().contains(u"Entered by you from: Smith J et al."_s));
        QVERIFY(window->detailView()->toPlainText().contains(u"Edit this study of yours"_s));
        QVERIFY(window->editActions()->editStudyAction()->isEnabled());
        window->tabs()->setCurrentIndex(1);
        grab(window, u"window-user-study"_s);
        window->tabs()->setCurrentIndex(2);
        QCoreApplication::processEvents();
        grab(window, u"window-forest"_s);
        QVERIFY(window->forestView()->scrollToText(u"Smith 2019 (yours)"_s));
        window->tabs()->setCurrentIndex(0);
        QVERIFY(window->summaryView()->toPlainText().contains(u"Smith 2019 (yours)"_s));
        grab(window, u"window-summary"_s);

        // Ctrl+Z four times: the study is gone; Ctrl+Shift+Z four times: it is back.
        for (int i = 0; i < 4; ++i) {
            session.window()->editActions()->undoAction()->trigger();
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(studyRows(), bundledRows);
        for (int i = 0; i < 4; ++i) {
            session.window()->editActions()->redoAction()->trigger();
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(studyRows(), bundledRows + 1);
        QVERIFY(session.window()->selectStudy(studyId));
        QCOMPARE(session.window()->selectedStudy()->effects.size(), 1);
        // A jump in the undo history (a click in its view) undoes and redoes several at once.
        editing->undoStack()->setIndex(0);
        QTRY_COMPARE(studyRows(), bundledRows);
        editing->undoStack()->setIndex(4);
        QTRY_COMPARE(studyRows(), bundledRows + 1);
        editing->showHistory(session.window());
    }

    void bundledStudiesCannotBeEdited()
    {
        WindowSession session(m_dir.filePath(u"bundled.sqlite"_s), QString());
        MainWindow *window = session.window();
        QVERIFY(window->selectStudy(m_dataset.studies.first().id));
        EditActions *actions = window->editActions();
        QVERIFY(!actions->editStudyAction()->isEnabled());
        QVERIFY(!actions->deleteStudyAction()->isEnabled());
        QVERIFY(actions->editStudyAction()->toolTip().contains(u"bundled source document"_s));
        QVERIFY(actions->addStudyAction()->isEnabled());
        QVERIFY(!window->detailView()->toPlainText().contains(u"Edit this study"_s));
        QCOMPARE(actions->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(actions->redoAction()->shortcuts().contains(
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        // The one change a bundled study takes: the user's own note, shown as theirs.
        QVERIFY(actions->annotateAction()->isEnabled());
        const QString studyId = m_dataset.studies.first().id;
        QCOMPARE(session.editing()->perform(
                     [studyId](const EvidenceEditor &editor) {
                         return editor.annotateStudy(studyId, u"Checked against the paper."_s);
                     },
                     studyId),
                 QString());
        QTRY_VERIFY(session.window()->detailView()->toPlainText().contains(
            u"Your note: Checked against the paper."_s));
        session.window()->tabs()->setCurrentIndex(1);
        grab(session.window(), u"window-annotated"_s);
    }
};

QTEST_MAIN(TestEvidenceEditing)
#include "tst_evidenceediting.moc"
