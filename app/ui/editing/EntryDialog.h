// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "core/editing/EvidenceRules.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace eb {

// A form for one entry (a study, an arm, an outcome, an effect) that checks what is typed as
// it is typed: each field's problem is shown in red beside it, and OK stays disabled until
// there is none. Enter accepts, Escape cancels; Tab goes through the fields in order.
// Subclasses add their fields and say what is wrong (problems()).
class EntryDialog : public QDialog
{
    Q_OBJECT

public:
    // The message shown beside a field, empty if none (for tests and screen readers).
    QString problemShown(const QString &field) const;
    QLineEdit *lineEdit(const QString &field) const { return m_lines.value(field); }
    QComboBox *comboBox(const QString &field) const { return m_combos.value(field); }
    QListWidget *checkList(const QString &field) const { return m_lists.value(field); }
    bool canAccept() const;

protected:
    explicit EntryDialog(const QString &title, QWidget *parent);

    // Widgets added in reading order, each with its problem label under it.
    QLineEdit *addLine(const QString &field, const QString &label, const QString &text,
                       const QString &placeholder = QString());
    QComboBox *addChoice(const QString &field, const QString &label,
                         const QList<std::pair<QString, QString>> &valuesAndTexts,
                         const QString &current);
    QListWidget *addChecks(const QString &field, const QString &label,
                           const QList<std::pair<QString, QString>> &valuesAndTexts,
                           const QStringList &checked);
    QPlainTextEdit *addNotes(const QString &field, const QString &label, const QString &text);
    // A note above the fields (the study the entry belongs to).
    void addIntro(const QString &text);

    QString text(const QString &field) const;
    QString choice(const QString &field) const;
    QStringList checkedValues(const QString &field) const;
    // A typed number, or none for an empty field; a problem when it is not a number.
    OptionalNumber number(const QString &field, FieldProblems &problems) const;
    std::optional<int> count(const QString &field, FieldProblems &problems) const;

    // The choices of an endpoint and of a time point (the ones the database's results use,
    // and none), and the time point chosen.
    static QList<std::pair<QString, QString>> endpointChoices(const Dataset &dataset);
    static QList<std::pair<QString, QString>> timepointChoices(const Dataset &dataset);
    std::optional<Timepoint> chosenTimepoint(const QString &field) const;

    // The entry's problems: what the form cannot read, then what EvidenceRules says.
    virtual FieldProblems problems() const = 0;
    // Call once the fields are added: shows the problems of what they hold.
    void refresh();

private:
    QLabel *addProblemLabel(const QString &field);

    QFormLayout *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_summary = nullptr;
    QHash<QString, QLabel *> m_problemLabels;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QListWidget *> m_lists;
    QHash<QString, QPlainTextEdit *> m_notes;
};

} // namespace eb
