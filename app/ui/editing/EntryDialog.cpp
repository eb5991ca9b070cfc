// SPDX-License-Identifier: MIT
#include "ui/editing/EntryDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace eb {

EntryDialog::EntryDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(title);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    setMinimumWidth(520);
}

QLabel *EntryDialog::addProblemLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("Problem"));
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide(); // one line: a wrapped label in a form row is squeezed to a narrow column
    m_problemLabels.insert(field, label);
    m_form->addRow(QString(), label);
    return label;
}

void EntryDialog::addIntro(const QString &text)
{
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    m_form->addRow(intro);
}

QLineEdit *EntryDialog::addLine(const QString &field, const QString &label, const QString &text,
                                const QString &placeholder)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(field);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(QString(label).remove(u'&'));
    m_form->addRow(label, edit);
    addProblemLabel(field);
    m_lines.insert(field, edit);
    connect(edit, &QLineEdit::textChanged, this, &EntryDialog::refresh);
    return edit;
}

QComboBox *EntryDialog::addChoice(const QString &field, const QString &label,
                                  const QList<std::pair<QString, QString>> &valuesAndTexts,
                                  const QString &current)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(field);
    combo->setAccessibleName(QString(label).remove(u'&'));
    for (const auto &[value, text] : valuesAndTexts)
        combo->addItem(text, value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    m_form->addRow(label, combo);
    addProblemLabel(field);
    m_combos.insert(field, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &EntryDialog::refresh);
    return combo;
}

QListWidget *EntryDialog::addChecks(const QString &field, const QString &label,
                                    const QList<std::pair<QString, QString>> &valuesAndTexts,
                                    const QStringList &checked)
{
    auto *list = new QListWidget(this);
    list->setObjectName(field);
    list->setAccessibleName(QString(label).remove(u'&'));
    for (const auto &[value, text] : valuesAndTexts) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(std::min(5, int(valuesAndTexts.size()) + 1) *
                           (list->fontMetrics().height() + 6));
    m_form->addRow(label, list);
    addProblemLabel(field);
    m_lists.insert(field, list);
    connect(list, &QListWidget::itemChanged, this, &EntryDialog::refresh);
    return list;
}

QPlainTextEdit *EntryDialog::addNotes(const QString &field, const QString &label,
                                      const QString &text)
{
    auto *edit = new QPlainTextEdit(text, this);
    edit->setObjectName(field);
    edit->setAccessibleName(QString(label).remove(u'&'));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().height() * 3 + 12);
    m_form->addRow(label, edit);
    addProblemLabel(field);
    m_notes.insert(field, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, &EntryDialog::refresh);
    return edit;
}

QString EntryDialog::text(const QString &field) const
{
    if (const QLineEdit *edit = m_lines.value(field))
        return edit->text().trimmed();
    if (const QPlainTextEdit *edit = m_notes.value(field))
        return edit->toPlainText().trimmed();
    return QString();
}

QString EntryDialog::choice(const QString &field) const
{
    const QComboBox *combo = m_combos.value(field);
    return combo ? combo->currentData().toString() : QString();
}

QStringList EntryDialog::checkedValues(const QString &field) const
{
    QStringList values;
    if (const QListWidget *list = m_lists.value(field))
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                values.append(list->item(i)->data(Qt::UserRole).toString());
    return values;
}

OptionalNumber EntryDialog::number(const QString &field, FieldProblems &problems) const
{
    const QString typed = text(field);
    if (typed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = typed.toDouble(&ok); // C locale: a point, as sources print numbers
    if (!ok || !std::isfinite(value)) {
        problems.append({field, tr("Type a number, like 0.85 (a point, not a comma).")});
        return std::nullopt;
    }
    return ReportedNumber{value, typed};
}

std::optional<int> EntryDialog::count(const QString &field, FieldProblems &problems) const
{
    const QString typed = text(field);
    if (typed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = typed.toInt(&ok);
    if (!ok) {
        problems.append({field, tr("Type a whole number, like 42.")});
        return std::nullopt;
    }
    return value;
}

QList<std::pair<QString, QString>> EntryDialog::endpointChoices(const Dataset &dataset)
{
    QList<std::pair<QString, QString>> choices{{QString(), tr("(choose)")}};
    for (const Endpoint &endpoint : dataset.endpoints)
        choices.append({endpoint.id, endpoint.label});
    return choices;
}

QList<std::pair<QString, QString>> EntryDialog::timepointChoices(const Dataset &dataset)
{
    QList<std::pair<QString, QString>> choices{{QString(), tr("(none)")}};
    QStringList seen;
    const auto add = [&](const std::optional<Timepoint> &timepoint) {
        if (timepoint && !seen.contains(timepoint->id)) {
            seen.append(timepoint->id);
            choices.append({timepoint->id, timepoint->label});
        }
    };
    for (const Study &study : dataset.studies) {
        for (const Arm &arm : study.arms)
            for (const Outcome &outcome : arm.outcomes)
                add(outcome.timepoint);
        for (const Effect &effect : study.effects)
            add(effect.timepoint);
    }
    return choices;
}

std::optional<Timepoint> EntryDialog::chosenTimepoint(const QString &field) const
{
    const QComboBox *combo = m_combos.value(field);
    if (!combo || combo->currentData().toString().isEmpty())
        return std::nullopt;
    Timepoint timepoint;
    timepoint.id = combo->currentData().toString();
    timepoint.label = combo->currentText();
    return timepoint;
}

QString EntryDialog::problemShown(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool EntryDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void EntryDialog::refresh()
{
    const FieldProblems found = problems();
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString message = problemOf(found, it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    // A problem of a field the form does not show still keeps OK disabled, and is said here.
    QStringList elsewhere;
    for (const FieldProblem &problem : found)
        if (!m_problemLabels.contains(problem.field))
            elsewhere.append(problem.message);
    m_summary->setText(elsewhere.join(u' '));
    m_summary->setVisible(!elsewhere.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

} // namespace eb
