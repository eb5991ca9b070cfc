// SPDX-License-Identifier: MIT
#include "ui/editing/EffectDialog.h"

#include <QRegularExpression>

namespace eb {
namespace {

QString printedOf(const OptionalNumber &number)
{
    return number ? number->printed : QString();
}

} // namespace

EffectDialog::EffectDialog(const Dataset &dataset, const Study &study, const Effect &effect,
                           QWidget *parent)
    : EntryDialog(effect.id.isEmpty() ? tr("Add effect") : tr("Edit effect"), parent)
    , m_original(effect)
{
    addIntro(tr("One arm against another in <b>%1</b>").arg(study.name.toHtmlEscaped()));
    addChoice(QStringLiteral("endpoint_id"), tr("&Endpoint:"), endpointChoices(dataset),
              effect.endpointId);
    addChoice(QStringLiteral("timepoint_id"), tr("&Time point:"), timepointChoices(dataset),
              effect.timepoint ? effect.timepoint->id : QString());
    QList<std::pair<QString, QString>> arms{{QString(), tr("(not stated)")}};
    for (const Arm &arm : study.arms)
        arms.append({arm.id, arm.label});
    const auto firstWithRole = [&study](const QString &role) {
        for (const Arm &arm : study.arms)
            if (arm.role == role)
                return arm.id;
        return QString();
    };
    const bool adding = effect.id.isEmpty();
    addChoice(QStringLiteral("treatment_arm_id"), tr("T&reatment arm:"), arms,
              adding ? firstWithRole(QStringLiteral("treatment")) : effect.treatmentArmId);
    addChoice(QStringLiteral("comparator_arm_id"), tr("&Compared with:"), arms,
              adding ? firstWithRole(QStringLiteral("comparator")) : effect.comparatorArmId);
    addChoice(QStringLiteral("measure"), tr("&Measure:"),
              {{QString(), tr("(none: only words)")},
               {QStringLiteral("RR"), tr("Risk ratio (RR)")},
               {QStringLiteral("OR"), tr("Odds ratio (OR)")},
               {QStringLiteral("HR"), tr("Hazard ratio (HR)")},
               {QStringLiteral("RD"), tr("Risk difference (RD)")}},
              adding ? QStringLiteral("RR") : effect.measure);
    addLine(QStringLiteral("estimate"), tr("E&stimate:"), printedOf(effect.estimate));
    addLine(QStringLiteral("ci_low"), tr("CI &low:"), printedOf(effect.ciLow));
    addLine(QStringLiteral("ci_high"), tr("CI &high:"), printedOf(effect.ciHigh));
    addLine(QStringLiteral("ci_level"), tr("CI le&vel:"),
            effect.ciLevel ? QString::number(*effect.ciLevel) : QString(), tr("like 0.95"));
    addLine(QStringLiteral("p_value"), tr("&P-value:"),
            effect.pValue ? effect.pValue->printed : QString(), tr("like 0.03 or <0.001"));
    addLine(QStringLiteral("analysis"), tr("&Analysis:"), effect.analysis,
            tr("like intention to treat"));
    addLine(QStringLiteral("claim_wording"), tr("&Finding in words:"), effect.claimWording);
    refresh();
}

Effect EffectDialog::read(FieldProblems &problems) const
{
    Effect effect = m_original;
    effect.endpointId = choice(QStringLiteral("endpoint_id"));
    effect.timepoint = chosenTimepoint(QStringLiteral("timepoint_id"));
    effect.treatmentArmId = choice(QStringLiteral("treatment_arm_id"));
    effect.comparatorArmId = choice(QStringLiteral("comparator_arm_id"));
    effect.measure = choice(QStringLiteral("measure"));
    effect.estimate = number(QStringLiteral("estimate"), problems);
    effect.ciLow = number(QStringLiteral("ci_low"), problems);
    effect.ciHigh = number(QStringLiteral("ci_high"), problems);
    const OptionalNumber level = number(QStringLiteral("ci_level"), problems);
    effect.ciLevel = level ? std::optional<double>(level->value) : std::nullopt;
    effect.pValue.reset();
    static const QRegularExpression pValue(
        QStringLiteral("^(<=|>=|<|>|=)?\\s*([0-9]*\\.?[0-9]+(?:[eE]-?[0-9]+)?)$"));
    if (const QString typed = text(QStringLiteral("p_value")); !typed.isEmpty()) {
        const QRegularExpressionMatch match = pValue.match(typed);
        if (match.hasMatch())
            effect.pValue = ReportedPValue{match.captured(1).isEmpty() ? QStringLiteral("=")
                                                                       : match.captured(1),
                                           match.captured(2).toDouble(), typed};
        else
            problems.append({QStringLiteral("p_value"), tr("Type a p-value like 0.03 or <0.001.")});
    }
    effect.analysis = text(QStringLiteral("analysis"));
    effect.claimWording = text(QStringLiteral("claim_wording"));
    return effect;
}

Effect EffectDialog::effect() const
{
    FieldProblems ignored;
    return read(ignored);
}

FieldProblems EffectDialog::problems() const
{
    FieldProblems problems;
    const Effect effect = read(problems);
    return problems + EvidenceRules::checkEffect(effect);
}

} // namespace eb
