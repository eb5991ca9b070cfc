// SPDX-License-Identifier: MIT
// File > Import evidence: the preview and every problem before anything is written, the
// choice for duplicates, and the window shown anew with what was imported.
#include "common/FileHash.h"
#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "data/JsonExporter.h"
#include "ui/ImportDialog.h"
#include "ui/WindowSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace eb;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList itemsOf(const QListWidget *list)
{
    QStringList items;
    for (int row = 0; row < list->count(); ++row)
        items.append(list->item(row)->text());
    return items;
}

bool importEnabled(const ImportDialog &dialog)
{
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : buttons->buttons())
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return button->isEnabled();
    return false;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_bundled = m_dir.filePath(u"bundled.sqlite"_s);
        const Database database = Database::open(m_bundled);
        m_export = JsonExporter::toJson(EvidenceRepository(database.connection()).load());
    }

    void init() { QSettings().clear(); }

    void listsEveryProblemAndWritesNothing()
    {
        const QString database = copyOfBundled(u"bad.sqlite"_s);
        const QByteArray before = fileHash(database);
        const QString file = m_dir.filePath(u"bad.json"_s);
        write(file, "{\"studies\": [{\"id\": \"x\", \"kind\": \"anecdote\"}, 7]}");
        ImportDialog dialog(file, database);
        QCOMPARE(itemsOf(dialog.problemList()),
                 (QStringList{u"studies[0], field name: missing; expected text"_s,
                              u"studies[0], field kind: \"anecdote\" is not one of trial, cohort, "
                              "meta_analysis, summary_statement, unspecified"_s,
                              u"studies[1]: expected an object, found 7"_s}));
        QVERIFY(!importEnabled(dialog));
        grab(dialog, u"import-problems"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"headline"_s)
                    ->text()
                    .contains(u": 3 problems, all listed below"_s));
        QCOMPARE(fileHash(database), before);
    }

    void previewsThenImportsAndTheDuplicateChoiceMatters()
    {
        const QString database = copyOfBundled(u"good.sqlite"_s);
        const QByteArray before = fileHash(database);
        const QString file = m_dir.filePath(u"all.json"_s);
        write(file, QJsonDocument(m_export).toJson());
        ImportDialog dialog(file, database);
        // Every bundled study is already there: refused by default, and named.
        QVERIFY(!importEnabled(dialog));
        QVERIFY(
            itemsOf(dialog.problemList())
                .first()
                .contains(u"the database already holds \"Japanese chronic hepatitis B trial\""_s));
        dialog.duplicateChoice()->setCurrentIndex(1); // skip
        QVERIFY(
            itemsOf(dialog.problemList()).first().startsWith(u"Skip (already in the database)"_s));
        QVERIFY(!importEnabled(dialog));              // nothing left to add
        dialog.duplicateChoice()->setCurrentIndex(3); // keep both
        QVERIFY(importEnabled(dialog));
        grab(dialog, u"import-preview"_s);
        QCOMPARE(fileHash(database), before); // previews write nothing
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.report().studies, int(m_export[u"studies"].toArray().size()));
        const Database opened = Database::open(database);
        QCOMPARE(EvidenceRepository(opened.connection()).load().studies.size(),
                 2 * m_export[u"studies"].toArray().size());
    }

    // A CSV sheet: what it adds, the conditions and endpoints it brings named before Import.
    void previewsACsvSheetWithWhatItAdds()
    {
        const QString database = copyOfBundled(u"csv.sqlite"_s);
        const QByteArray before = fileHash(database);
        ImportDialog dialog(
            QStringLiteral(EB_SOURCE_DIR "/resources/examples/colleague-trials.csv"), database);
        QCOMPARE(itemsOf(dialog.problemList()),
                 (QStringList{u"Add: \"Example trial A 2021\" (example-trial-a-2021)"_s,
                              u"Add: \"Example trial B 2023\" (example-trial-b-2023)"_s,
                              u"New condition, with a filter box of its own: Hepatitis D "
                              "(hepatitis-d)"_s,
                              u"New endpoint: Liver stiffness improvement "
                              "(liver-stiffness-improvement)"_s}));
        QVERIFY(importEnabled(dialog));
        QCOMPARE(fileHash(database), before);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.report().written);
        const Database opened = Database::open(database);
        QVERIFY(EvidenceRepository(opened.connection()).load().findCondition(u"hepatitis-d"_s));
    }

    // Cancel in the progress dialog rolls the import back: the file byte-identical, the
    // dialog open and saying so.
    void cancelInTheProgressDialogWritesNothing()
    {
        const QString database = copyOfBundled(u"cancel.sqlite"_s);
        const QString file = m_dir.filePath(u"forty.csv"_s);
        QByteArray csv = "row,study,conditions,arm,role,interventions,endpoint,events,total\n";
        for (int i = 1; i <= 40; ++i)
            csv += "arm,Example study " + QByteArray::number(i) +
                   ",hbv,Active,treatment,thymosin alpha-1,ALT normalization,3,30\n";
        write(file, csv);
        const QByteArray before = fileHash(database);
        ImportDialog dialog(file, database);
        dialog.setProgressDelay(0);
        int shownAt = -1;
        // Runs in the events the progress dialog processes once it is shown.
        QTimer::singleShot(0, &dialog, [&dialog, &shownAt] {
            QVERIFY(dialog.progressDialog());
            QVERIFY(dialog.progressDialog()->isVisible());
            QCOMPARE(dialog.progressDialog()->maximum(), 40);
            shownAt = dialog.progressDialog()->value();
            dialog.progressDialog()->cancel();
        });
        dialog.accept();
        QVERIFY(shownAt > 0 && shownAt < 40);
        QVERIFY(dialog.report().cancelled);
        QVERIFY(dialog.result() != QDialog::Accepted);
        const QString headline = dialog.findChild<QLabel *>(u"headline"_s)->text();
        QVERIFY(headline.startsWith(u"Import cancelled"_s));
        QVERIFY(!dialog.progressDialog());
        QCOMPARE(fileHash(database), before);
    }

    // After an import the window is shown anew from the database, with the new studies.
    void theWindowShowsWhatWasImported()
    {
        const QString database = copyOfBundled(u"session.sqlite"_s);
        WindowSession session(database, QString());
        MainWindow *before = session.window();
        const int rows = before->studyView()->model()->rowCount();
        {
            const Database opened = Database::open(database);
            Dataset mine = EvidenceRepository(opened.connection()).load();
            mine.studies = {mine.studies.at(4)};
            mine.studies[0].name = u"My cohort"_s;
            mine.studies[0].id = u"my-cohort"_s;
            for (Arm &arm : mine.studies[0].arms) {
                arm.id.prepend(u"my-"_s);
                arm.caveats.clear();
                arm.classifications.clear();
            }
            mine.studies[0].caveats.clear();
            for (Effect &effect : mine.studies[0].effects) {
                effect.id.prepend(u"my-"_s);
                effect.treatmentArmId.prepend(u"my-"_s);
                effect.comparatorArmId.prepend(u"my-"_s);
                effect.caveats.clear();
            }
            EvidenceImporter(opened.connection())
                .import(mine, u"mine.json"_s, DuplicatePolicy::Refuse, false);
        }
        Q_EMIT before->evidenceChanged();
        QTRY_VERIFY(session.window() != before);
        QCOMPARE(session.window()->studyView()->model()->rowCount(), rows + 1);
        QVERIFY(session.window()->isVisible());
    }

private:
    // EB_GRAB_DIR=folder saves the dialog as the test sees it, to be looked at.
    static void grab(ImportDialog &dialog, const QString &name)
    {
        if (qEnvironmentVariableIsEmpty("EB_GRAB_DIR"))
            return;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(qEnvironmentVariable("EB_GRAB_DIR") + u'/' + name + u".png");
    }

    QString copyOfBundled(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_bundled, path);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_bundled;
    QJsonObject m_export;
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
