// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "ui/editing/EntryDialog.h"

namespace eb {

// An arm of a user's study: label, role, what it received, size, dose, schedule, duration.
class ArmDialog : public EntryDialog
{
    Q_OBJECT

public:
    ArmDialog(const Dataset &dataset, const Study &study, const Arm &arm,
              QWidget *parent = nullptr);

    Arm arm() const;

protected:
    FieldProblems problems() const override;

private:
    Arm read(FieldProblems &problems) const;

    Arm m_original;
};

} // namespace eb
