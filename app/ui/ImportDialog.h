// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "data/EvidenceImporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressDialog;
class QPushButton;

namespace eb {

// File > Import evidence: what a file would add, or every problem in it, before anything is
// written. The file is read and checked once; the preview is a dry run of the import in the
// database (so duplicates and references are checked too) and is run again when the choice
// for duplicates changes. Import writes it, all or nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(QString filePath, QString databasePath, QWidget *parent = nullptr);

    QListWidget *problemList() const { return m_list; }
    QComboBox *duplicateChoice() const { return m_duplicates; }
    // What was imported, once accepted.
    const ImportReport &report() const { return m_report; }
    // While Import writes: the progress dialog, shown once writing has taken longer than
    // the delay (half a second unless set).
    QProgressDialog *progressDialog() const { return m_progress; }
    void setProgressDelay(int milliseconds) { m_progressDelayMs = milliseconds; }

    void accept() override; // imports; stays open and says why if the import fails

private:
    void preview();
    DuplicatePolicy duplicatePolicy() const;
    void showProblems(const QString &headline, const QStringList &problems);

    QString m_filePath;
    QString m_databasePath;
    std::optional<Dataset> m_dataset; // the file, read once; empty if it could not be read
    ImportReport m_report;
    QLabel *m_headline = nullptr;
    QListWidget *m_list = nullptr;
    QComboBox *m_duplicates = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QProgressDialog *m_progress = nullptr;
    int m_progressDelayMs = 500;
};

} // namespace eb
