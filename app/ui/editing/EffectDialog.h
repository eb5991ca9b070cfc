// SPDX-License-Identifier: MIT
#pragma once

#include "ui/editing/EntryDialog.h"

namespace eb {

// A contrast of two arms of a user's study: endpoint, time point, which arm against which,
// the measure (OR, RR, HR, RD), the estimate with its confidence interval, and the p-value.
class EffectDialog : public EntryDialog
{
    Q_OBJECT

public:
    EffectDialog(const Dataset &dataset, const Study &study, const Effect &effect,
                 QWidget *parent = nullptr);

    Effect effect() const;

protected:
    FieldProblems problems() const override;

private:
    Effect read(FieldProblems &problems) const;

    Effect m_original;
};

} // namespace eb
