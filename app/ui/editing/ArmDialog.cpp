// SPDX-License-Identifier: MIT
#include "ui/editing/ArmDialog.h"

namespace eb {

ArmDialog::ArmDialog(const Dataset &dataset, const Study &study, const Arm &arm, QWidget *parent)
    : EntryDialog(arm.id.isEmpty() ? tr("Add arm") : tr("Edit arm"), parent)
    , m_original(arm)
{
    addIntro(tr("Arm of <b>%1</b>").arg(study.name.toHtmlEscaped()));
    addLine(QStringLiteral("label"), tr("&Label:"), arm.label, tr("like Thymosin alpha-1"));
    addChoice(QStringLiteral("role"), tr("&Role:"),
              {{QStringLiteral("treatment"), tr("Treatment")},
               {QStringLiteral("comparator"), tr("Comparator")},
               {QStringLiteral("historical_control"), tr("Historical control")},
               {QStringLiteral("single_arm"), tr("Single arm")}},
              arm.role);
    QList<std::pair<QString, QString>> interventions;
    for (const Intervention &intervention : dataset.interventions)
        interventions.append({intervention.id, intervention.label});
    addChecks(QStringLiteral("interventions"), tr("&Received:"), interventions,
              arm.interventionIds);
    addLine(QStringLiteral("size"), tr("Participants (&n):"),
            arm.size ? arm.size->printed : QString());
    addLine(QStringLiteral("dose"), tr("&Dose:"), arm.dose ? arm.dose->printed : QString());
    addLine(QStringLiteral("dose_unit"), tr("Dose &unit:"), arm.doseUnit, tr("like mg"));
    addLine(QStringLiteral("schedule"), tr("&Schedule:"), arm.schedule, tr("like twice weekly"));
    addLine(QStringLiteral("duration"), tr("D&uration:"),
            arm.duration ? arm.duration->printed : QString());
    addChoice(QStringLiteral("duration_unit"), tr("Duration u&nit:"),
              {{QString(), tr("(none)")},
               {QStringLiteral("day"), tr("days")},
               {QStringLiteral("week"), tr("weeks")},
               {QStringLiteral("month"), tr("months")}},
              arm.durationUnit);
    addNotes(QStringLiteral("notes"), tr("N&otes:"), arm.notes);
    refresh();
}

Arm ArmDialog::read(FieldProblems &problems) const
{
    Arm arm = m_original;
    arm.label = text(QStringLiteral("label"));
    arm.role = choice(QStringLiteral("role"));
    arm.interventionIds = checkedValues(QStringLiteral("interventions"));
    arm.size = number(QStringLiteral("size"), problems);
    arm.dose = number(QStringLiteral("dose"), problems);
    arm.doseUnit = text(QStringLiteral("dose_unit"));
    arm.schedule = text(QStringLiteral("schedule"));
    arm.duration = number(QStringLiteral("duration"), problems);
    arm.durationUnit = choice(QStringLiteral("duration_unit"));
    arm.notes = text(QStringLiteral("notes"));
    return arm;
}

Arm ArmDialog::arm() const
{
    FieldProblems ignored;
    return read(ignored);
}

FieldProblems ArmDialog::problems() const
{
    FieldProblems problems;
    const Arm arm = read(problems);
    return problems + EvidenceRules::checkArm(arm);
}

} // namespace eb
