// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "core/StudySelection.h"

#include <QMap>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace eb {

class StudyFilterProxy;

// The filters beside the study list: condition, design and treatment check boxes, a text
// field with a short debounce, the "n of N studies" count and a reset button. Each change of
// its choices sets one StudySelection on a StudyFilterProxy.
class StudyFilterPanel : public QWidget
{
    Q_OBJECT

public:
    StudyFilterPanel(const Dataset &dataset, StudyFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *textField() const { return m_text; }
    QCheckBox *conditionBox(const QString &conditionId) const
    {
        return m_conditions.value(conditionId);
    }

    // Only this condition checked, everything else cleared (--condition on the command line).
    void showOnlyCondition(const QString &conditionId);
    void reset();
    StudySelection selection() const;

    // For QSettings: which boxes are checked and the text.
    QVariantMap state() const;
    void restoreState(const QVariantMap &state);

private:
    QWidget *checkBoxGroup(const QString &title, const QList<SelectionChoice> &choices,
                           QMap<QString, QCheckBox *> &boxes);
    void applySelection();
    void updateCount();

    StudyFilterProxy *m_proxy;
    QMap<QString, QCheckBox *> m_conditions;
    QMap<QString, QCheckBox *> m_designs;
    QMap<QString, QCheckBox *> m_treatments;
    QLineEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_textDebounce = nullptr;
};

} // namespace eb
