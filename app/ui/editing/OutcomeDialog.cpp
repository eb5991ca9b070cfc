// SPDX-License-Identifier: MIT
#include "ui/editing/OutcomeDialog.h"

#include <QComboBox>

namespace eb {
namespace {

QString printedOf(const OptionalNumber &number)
{
    return number ? number->printed : QString();
}

QString countText(const std::optional<int> &count)
{
    return count ? QString::number(*count) : QString();
}

} // namespace

OutcomeDialog::OutcomeDialog(const Dataset &dataset, const Study &study, const QString &armId,
                             const Outcome &outcome, QWidget *parent)
    : EntryDialog(outcome.id.isEmpty() ? tr("Add outcome") : tr("Edit outcome"), parent)
    , m_original(outcome)
{
    addIntro(tr("Result of one arm of <b>%1</b>").arg(study.name.toHtmlEscaped()));
    QList<std::pair<QString, QString>> arms;
    for (const Arm &arm : study.arms)
        arms.append({arm.id, arm.label});
    QComboBox *arm = addChoice(QStringLiteral("arm_id"), tr("&Arm:"), arms, armId);
    arm->setEnabled(outcome.id.isEmpty()); // an outcome stays with its arm
    addChoice(QStringLiteral("endpoint_id"), tr("&Endpoint:"), endpointChoices(dataset),
              outcome.endpointId);
    addChoice(QStringLiteral("timepoint_id"), tr("&Time point:"), timepointChoices(dataset),
              outcome.timepoint ? outcome.timepoint->id : QString());
    addLine(QStringLiteral("events"), tr("E&vents:"), countText(outcome.events));
    addLine(QStringLiteral("total"), tr("&Of a total of:"), countText(outcome.total));
    addLine(QStringLiteral("percent"), tr("&Percent:"), printedOf(outcome.percent),
            tr("when the source gives a percent"));
    addLine(QStringLiteral("percent_low"), tr("Range &from (%):"), printedOf(outcome.percentLow));
    addLine(QStringLiteral("percent_high"), tr("Range t&o (%):"), printedOf(outcome.percentHigh));
    addLine(QStringLiteral("finding"), tr("F&inding in words:"), outcome.finding,
            tr("where no number is given"));
    addLine(QStringLiteral("method"), tr("&Method:"), outcome.method, tr("like HBV DNA by PCR"));
    refresh();
}

Outcome OutcomeDialog::read(FieldProblems &problems) const
{
    Outcome outcome = m_original;
    outcome.endpointId = choice(QStringLiteral("endpoint_id"));
    outcome.timepoint = chosenTimepoint(QStringLiteral("timepoint_id"));
    outcome.events = count(QStringLiteral("events"), problems);
    outcome.total = count(QStringLiteral("total"), problems);
    outcome.percent = number(QStringLiteral("percent"), problems);
    outcome.percentLow = number(QStringLiteral("percent_low"), problems);
    outcome.percentHigh = number(QStringLiteral("percent_high"), problems);
    outcome.finding = text(QStringLiteral("finding"));
    outcome.method = text(QStringLiteral("method"));
    return outcome;
}

Outcome OutcomeDialog::outcome() const
{
    FieldProblems ignored;
    return read(ignored);
}

QString OutcomeDialog::armId() const
{
    return choice(QStringLiteral("arm_id"));
}

FieldProblems OutcomeDialog::problems() const
{
    FieldProblems problems;
    const Outcome outcome = read(problems);
    if (armId().isEmpty())
        problems.append({QStringLiteral("arm_id"), tr("Add an arm to the study first.")});
    return problems + EvidenceRules::checkOutcome(outcome);
}

} // namespace eb
