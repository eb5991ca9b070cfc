// SPDX-License-Identifier: MIT
#pragma once

#include "ui/editing/EntryDialog.h"

namespace eb {

// An arm-level result of a user's study: which arm, endpoint and time point, and events of a
// total, a percent, a range of percents, or the finding in words.
class OutcomeDialog : public EntryDialog
{
    Q_OBJECT

public:
    // armId: the outcome's arm (fixed when editing; the first arm when adding).
    OutcomeDialog(const Dataset &dataset, const Study &study, const QString &armId,
                  const Outcome &outcome, QWidget *parent = nullptr);

    Outcome outcome() const;
    QString armId() const;

protected:
    FieldProblems problems() const override;

private:
    Outcome read(FieldProblems &problems) const;

    Outcome m_original;
};

} // namespace eb
