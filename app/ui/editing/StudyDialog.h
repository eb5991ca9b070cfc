// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "ui/editing/EntryDialog.h"

namespace eb {

// A study of the user's: its name, kind, design, population, size, follow-up, conditions,
// notes, and the reference it comes from (a citation in the user's words, and its year).
class StudyDialog : public EntryDialog
{
    Q_OBJECT

public:
    StudyDialog(const Dataset &dataset, const StudyEntry &entry, QWidget *parent = nullptr);

    // What the form holds; valid when canAccept().
    StudyEntry entry() const;

protected:
    FieldProblems problems() const override;

private:
    StudyEntry read(FieldProblems &problems) const;

    StudyEntry m_original;
};

} // namespace eb
