// SPDX-License-Identifier: MIT
#include "ui/ImportDialog.h"

#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "data/ImportFileReader.h"
#include "data/ImportProblem.h"
#include "ui/DisclaimerBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace eb {
namespace {

QString problemCount(qsizetype count)
{
    return count == 1 ? QObject::tr("1 problem") : QObject::tr("%1 problems").arg(count);
}

QStringList textsOf(const QList<ImportProblem> &problems)
{
    QStringList texts;
    for (const ImportProblem &problem : problems)
        texts.append(problem.text());
    return texts;
}

} // namespace

ImportDialog::ImportDialog(QString filePath, QString databasePath, QWidget *parent)
    : QDialog(parent)
    , m_filePath(std::move(filePath))
    , m_databasePath(std::move(databasePath))
    , m_headline(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_duplicates(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_filePath).fileName()));
    resize(760, 420);
    m_headline->setWordWrap(true);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setAccessibleName(tr("What the file holds, or its problems"));
    m_list->setWordWrap(true);
    m_duplicates->addItem(tr("Refuse: import nothing and say which"), int(DuplicatePolicy::Refuse));
    m_duplicates->addItem(tr("Skip: keep the stored study"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Replace: your own studies only"), int(DuplicatePolicy::Replace));
    m_duplicates->addItem(tr("Keep both: the imported one under new ids"),
                          int(DuplicatePolicy::KeepBoth));
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);

    auto *choices = new QFormLayout;
    choices->addRow(tr("A study the database already holds:"), m_duplicates);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new DisclaimerBanner(this));
    layout->addWidget(m_headline);
    layout->addWidget(m_list, 1);
    layout->addLayout(choices);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);

    try {
        const Database database = Database::open(m_databasePath);
        m_dataset =
            readImportFile(m_filePath, EvidenceRepository(database.connection()).loadHeader());
    } catch (const ImportError &error) {
        showProblems(tr("Nothing can be imported from %1: %2, all listed below. The database is "
                        "unchanged.")
                         .arg(m_filePath, problemCount(error.problems().size())),
                     textsOf(error.problems()));
        m_duplicates->setEnabled(false);
        return;
    } catch (const UserError &error) {
        showProblems(tr("Nothing can be imported. The database is unchanged."), {error.message()});
        m_duplicates->setEnabled(false);
        return;
    }
    preview();
}

DuplicatePolicy ImportDialog::duplicatePolicy() const
{
    return DuplicatePolicy(m_duplicates->currentData().toInt());
}

void ImportDialog::showProblems(const QString &headline, const QStringList &problems)
{
    m_headline->setText(headline);
    m_list->clear();
    for (const QString &problem : problems)
        m_list->addItem(problem);
    m_import->setEnabled(false);
}

// A dry run in the database: everything the import would check, nothing written.
void ImportDialog::preview()
{
    try {
        const Database database = Database::open(m_databasePath);
        const ImportReport report = EvidenceImporter(database.connection())
                                        .import(*m_dataset, m_filePath, duplicatePolicy(), true);
        m_headline->setText(tr("%1 would add %2 to the database.")
                                .arg(QFileInfo(m_filePath).fileName(), report.countsText()));
        m_list->clear();
        for (const QString &study : report.imported)
            m_list->addItem(tr("Add: %1").arg(study));
        for (const QString &study : report.skipped)
            m_list->addItem(tr("Skip (already in the database): %1").arg(study));
        for (const QString &study : report.replaced)
            m_list->addItem(tr("Replace: %1").arg(study));
        for (const QString &renaming : report.renamed)
            m_list->addItem(tr("Keep both, the imported one as %1").arg(renaming));
        for (const QString &condition : report.newConditions)
            m_list->addItem(tr("New condition, with a filter box of its own: %1").arg(condition));
        for (const QString &endpoint : report.newEndpoints)
            m_list->addItem(tr("New endpoint: %1").arg(endpoint));
        for (const QString &intervention : report.newInterventions)
            m_list->addItem(tr("New intervention: %1").arg(intervention));
        m_import->setEnabled(report.studies > 0);
    } catch (const ImportError &error) {
        showProblems(tr("Nothing can be imported from %1 as chosen: %2. The database is "
                        "unchanged.")
                         .arg(m_filePath, problemCount(error.problems().size())),
                     textsOf(error.problems()));
    } catch (const UserError &error) {
        showProblems(tr("Nothing can be imported. The database is unchanged."), {error.message()});
    }
}

void ImportDialog::accept()
{
    // Shown only if the import takes more than a moment; its Cancel rolls everything back.
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(m_filePath).fileName()),
                             tr("Cancel"), 0, int(m_dataset->studies.size()), this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_progressDelayMs);
    progress.setAutoReset(false);
    m_progress = &progress;
    const auto onProgress = [&progress](int written, int total) {
        progress.setMaximum(total);
        progress.setLabelText(tr("Writing study %1 of %2…").arg(written + 1).arg(total));
        progress.setValue(written);
        return !progress.wasCanceled();
    };
    try {
        const Database database = Database::open(m_databasePath);
        m_report = EvidenceImporter(database.connection())
                       .import(*m_dataset, m_filePath, duplicatePolicy(), false, onProgress);
    } catch (const UserError &error) {
        m_progress = nullptr;
        showProblems(tr("The import failed and wrote nothing."), {error.message()});
        return;
    }
    m_progress = nullptr;
    if (m_report.cancelled) {
        m_headline->setText(tr("Import cancelled: nothing was written. The database is as it "
                               "was."));
        return;
    }
    QDialog::accept();
}

} // namespace eb
