// SPDX-License-Identifier: MIT
#include "ui/StudyFilterPanel.h"

#include "models/StudyFilterProxy.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace eb {
namespace {

const QString conditionsKey = QStringLiteral("conditions");
const QString designsKey = QStringLiteral("designs");
const QString treatmentsKey = QStringLiteral("treatments");
const QString textKey = QStringLiteral("text");

QSet<QString> checkedIds(const QMap<QString, QCheckBox *> &boxes)
{
    QSet<QString> ids;
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
        if (it.value()->isChecked())
            ids.insert(it.key());
    return ids;
}

void setChecked(const QMap<QString, QCheckBox *> &boxes, const QStringList &ids)
{
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(ids.contains(it.key()));
    }
}

} // namespace

StudyFilterPanel::StudyFilterPanel(const Dataset &dataset, StudyFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_text(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_textDebounce(new QTimer(this))
{
    m_text->setPlaceholderText(tr("Search names, endpoints, quotes"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search studies"));
    m_text->setToolTip(
        tr("Search study names, endpoints, quotes and caveats (Ctrl+F; Esc clears)"));
    // Typing never stalls: the filter runs 200 ms after the last key.
    m_textDebounce->setSingleShot(true);
    m_textDebounce->setInterval(200);
    connect(m_text, &QLineEdit::textChanged, m_textDebounce, qOverload<>(&QTimer::start));
    connect(m_textDebounce, &QTimer::timeout, this, &StudyFilterPanel::applySelection);
    auto *clearText =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_text, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearText, &QShortcut::activated, m_text, &QLineEdit::clear);

    auto *resetButton = new QPushButton(tr("&Reset filters"), this);
    resetButton->setToolTip(tr("Show every study (Ctrl+R)"));
    connect(resetButton, &QPushButton::clicked, this, &StudyFilterPanel::reset);

    m_count->setAccessibleName(tr("Number of studies shown"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_text);
    layout->addWidget(checkBoxGroup(tr("Condition"), conditionChoices(dataset), m_conditions));
    layout->addWidget(checkBoxGroup(tr("Design"), designChoices(), m_designs));
    layout->addWidget(checkBoxGroup(tr("Treatment (any arm)"), treatmentChoices(), m_treatments));
    layout->addWidget(m_count);
    layout->addWidget(resetButton);
    layout->addStretch(1);

    connect(m_proxy, &StudyFilterProxy::selectionChanged, this, &StudyFilterPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StudyFilterPanel::updateCount);
    updateCount();
}

QWidget *StudyFilterPanel::checkBoxGroup(const QString &title,
                                         const QList<SelectionChoice> &choices,
                                         QMap<QString, QCheckBox *> &boxes)
{
    auto *group = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(group);
    for (const SelectionChoice &choice : choices) {
        auto *box = new QCheckBox(choice.label, group);
        boxes.insert(choice.id, box);
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &StudyFilterPanel::applySelection);
    }
    return group;
}

StudySelection StudyFilterPanel::selection() const
{
    StudySelection selection;
    selection.conditionIds = checkedIds(m_conditions);
    selection.designIds = checkedIds(m_designs);
    selection.treatmentIds = checkedIds(m_treatments);
    selection.text = m_text->text().trimmed();
    return selection;
}

void StudyFilterPanel::applySelection()
{
    m_textDebounce->stop();
    m_proxy->setSelection(selection());
}

void StudyFilterPanel::updateCount()
{
    m_count->setText(tr("%1 of %2 studies").arg(m_proxy->rowCount()).arg(m_proxy->studyCount()));
}

void StudyFilterPanel::showOnlyCondition(const QString &conditionId)
{
    restoreState({{conditionsKey, QStringList{conditionId}}});
}

void StudyFilterPanel::reset()
{
    restoreState({});
}

QVariantMap StudyFilterPanel::state() const
{
    return {{conditionsKey, QStringList(checkedIds(m_conditions).values())},
            {designsKey, QStringList(checkedIds(m_designs).values())},
            {treatmentsKey, QStringList(checkedIds(m_treatments).values())},
            {textKey, m_text->text()}};
}

void StudyFilterPanel::restoreState(const QVariantMap &state)
{
    setChecked(m_conditions, state.value(conditionsKey).toStringList());
    setChecked(m_designs, state.value(designsKey).toStringList());
    setChecked(m_treatments, state.value(treatmentsKey).toStringList());
    {
        const QSignalBlocker blocker(m_text);
        m_text->setText(state.value(textKey).toString());
    }
    applySelection();
}

} // namespace eb
