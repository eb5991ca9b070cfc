// SPDX-License-Identifier: MIT
#include "core/editing/EvidenceRules.h"

#include <cmath>

namespace eb {
namespace {

class Problems
{
public:
    void add(const QString &field, const QString &message)
    {
        if (problemOf(m_list, field).isEmpty())
            m_list.append({field, message});
    }
    void requireText(const QString &field, const QString &text, const QString &what)
    {
        if (text.trimmed().isEmpty())
            add(field, QStringLiteral("Required: type %1.").arg(what));
    }
    void requireOneOf(const QString &field, const QString &value, const QStringList &allowed)
    {
        if (!allowed.contains(value))
            add(field,
                QStringLiteral("Choose one of: %1.").arg(allowed.join(QStringLiteral(", "))));
    }
    void requirePositive(const QString &field, const OptionalNumber &number)
    {
        if (number && !(number->value > 0))
            add(field, QStringLiteral("Must be greater than 0."));
    }
    void requireWhole(const QString &field, const OptionalNumber &number)
    {
        if (number && number->value != std::floor(number->value))
            add(field, QStringLiteral("Must be a whole number."));
    }
    // An amount and its unit come together (the schema's paired CHECKs).
    void requireUnitWith(const QString &field, const OptionalNumber &amount,
                         const QString &unitField, const QString &unit, const QStringList &units)
    {
        if (amount && unit.isEmpty())
            add(unitField, QStringLiteral("Choose a unit for the %1.").arg(field));
        else if (!amount && !unit.isEmpty())
            add(field, QStringLiteral("Type the amount, or clear the unit."));
        else if (!unit.isEmpty())
            requireOneOf(unitField, unit, units);
    }
    void requirePercent(const QString &field, const OptionalNumber &number)
    {
        if (number && (number->value < 0 || number->value > 100))
            add(field, QStringLiteral("A percent is between 0 and 100."));
    }

    FieldProblems list() const { return m_list; }

private:
    FieldProblems m_list;
};

bool isRatio(const QString &measure)
{
    return measure == u"OR" || measure == u"RR" || measure == u"HR";
}

} // namespace

QString problemOf(const FieldProblems &problems, const QString &field)
{
    for (const FieldProblem &problem : problems)
        if (problem.field == field)
            return problem.message;
    return QString();
}

namespace EvidenceRules {

FieldProblems checkStudy(const StudyEntry &entry)
{
    const Study &study = entry.study;
    Problems problems;
    problems.requireText(QStringLiteral("name"), study.name, QStringLiteral("the study's name"));
    problems.requireOneOf(QStringLiteral("kind"), study.kind,
                          {QStringLiteral("trial"), QStringLiteral("cohort"),
                           QStringLiteral("meta_analysis"), QStringLiteral("summary_statement"),
                           QStringLiteral("unspecified")});
    problems.requirePositive(QStringLiteral("size"), study.size);
    problems.requireWhole(QStringLiteral("size"), study.size);
    problems.requirePositive(QStringLiteral("included_studies"), study.includedStudies);
    problems.requireWhole(QStringLiteral("included_studies"), study.includedStudies);
    problems.requirePositive(QStringLiteral("follow_up"), study.followUp);
    problems.requireUnitWith(QStringLiteral("follow-up"), study.followUp,
                             QStringLiteral("follow_up_unit"), study.followUpUnit,
                             {QStringLiteral("week"), QStringLiteral("month")});
    if (!study.followUpStatistic.isEmpty())
        problems.requireOneOf(QStringLiteral("follow_up_statistic"), study.followUpStatistic,
                              {QStringLiteral("median"), QStringLiteral("fixed")});
    if (study.conditionIds.isEmpty())
        problems.add(QStringLiteral("conditions"),
                     QStringLiteral("Choose at least one condition, so that the filters find it."));
    problems.requireText(QStringLiteral("reference"), entry.reference,
                         QStringLiteral("where the numbers come from (a citation)"));
    if (entry.referenceYear && (*entry.referenceYear < 1900 || *entry.referenceYear > 2100))
        problems.add(QStringLiteral("reference_year"),
                     QStringLiteral("A year between 1900 and 2100."));
    return problems.list();
}

FieldProblems checkArm(const Arm &arm)
{
    Problems problems;
    problems.requireText(QStringLiteral("label"), arm.label, QStringLiteral("the arm's label"));
    problems.requireOneOf(QStringLiteral("role"), arm.role,
                          {QStringLiteral("treatment"), QStringLiteral("comparator"),
                           QStringLiteral("historical_control"), QStringLiteral("single_arm")});
    problems.requirePositive(QStringLiteral("size"), arm.size);
    problems.requireWhole(QStringLiteral("size"), arm.size);
    problems.requirePositive(QStringLiteral("dose"), arm.dose);
    if (arm.dose && arm.doseUnit.trimmed().isEmpty())
        problems.add(QStringLiteral("dose_unit"), QStringLiteral("Type the dose's unit (mg)."));
    else if (!arm.dose && !arm.doseUnit.trimmed().isEmpty())
        problems.add(QStringLiteral("dose"), QStringLiteral("Type the dose, or clear its unit."));
    problems.requirePositive(QStringLiteral("duration"), arm.duration);
    problems.requireUnitWith(
        QStringLiteral("duration"), arm.duration, QStringLiteral("duration_unit"), arm.durationUnit,
        {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month")});
    return problems.list();
}

FieldProblems checkOutcome(const Outcome &outcome)
{
    Problems problems;
    problems.requireText(QStringLiteral("endpoint_id"), outcome.endpointId,
                         QStringLiteral("the endpoint"));
    if (outcome.events && *outcome.events < 0)
        problems.add(QStringLiteral("events"), QStringLiteral("Events cannot be negative."));
    if (outcome.total && *outcome.total <= 0)
        problems.add(QStringLiteral("total"), QStringLiteral("The total must be greater than 0."));
    if (outcome.events && outcome.total && *outcome.events > *outcome.total)
        problems.add(QStringLiteral("events"),
                     QStringLiteral("%1 events is more than the total of %2.")
                         .arg(*outcome.events)
                         .arg(*outcome.total));
    problems.requirePercent(QStringLiteral("percent"), outcome.percent);
    problems.requirePercent(QStringLiteral("percent_low"), outcome.percentLow);
    problems.requirePercent(QStringLiteral("percent_high"), outcome.percentHigh);
    if (outcome.percentLow.has_value() != outcome.percentHigh.has_value())
        problems.add(outcome.percentLow ? QStringLiteral("percent_high")
                                        : QStringLiteral("percent_low"),
                     QStringLiteral("A range needs both ends."));
    else if (outcome.percentLow && outcome.percentLow->value > outcome.percentHigh->value)
        problems.add(QStringLiteral("percent_low"),
                     QStringLiteral("The low end is above the high end."));
    if (outcome.percent && (outcome.percentLow || outcome.percentHigh))
        problems.add(QStringLiteral("percent"),
                     QStringLiteral("Give a percent or a range, not both."));
    if (!outcome.events && !outcome.total && !outcome.percent && !outcome.percentLow &&
        outcome.finding.trimmed().isEmpty())
        problems.add(QStringLiteral("finding"),
                     QStringLiteral("Give events of a total, a percent, or the finding in words."));
    return problems.list();
}

FieldProblems checkEffect(const Effect &effect)
{
    Problems problems;
    problems.requireText(QStringLiteral("endpoint_id"), effect.endpointId,
                         QStringLiteral("the endpoint"));
    const QString &measure = effect.measure;
    if (!measure.isEmpty())
        problems.requireOneOf(QStringLiteral("measure"), measure,
                              {QStringLiteral("OR"), QStringLiteral("RR"), QStringLiteral("HR"),
                               QStringLiteral("RD")});
    const struct
    {
        QString field;
        const OptionalNumber &number;
    } values[] = {{QStringLiteral("estimate"), effect.estimate},
                  {QStringLiteral("ci_low"), effect.ciLow},
                  {QStringLiteral("ci_high"), effect.ciHigh}};
    for (const auto &value : values) {
        if (!value.number)
            continue;
        if (measure.isEmpty())
            problems.add(QStringLiteral("measure"),
                         QStringLiteral("Choose the measure the numbers are in."));
        else if (isRatio(measure) && !(value.number->value > 0))
            problems.add(value.field,
                         QStringLiteral("A ratio (%1) is greater than 0.").arg(measure));
        else if (measure == u"RD" && (value.number->value < -1 || value.number->value > 1))
            problems.add(value.field, QStringLiteral("A risk difference is between -1 and 1."));
    }
    if (effect.ciLow.has_value() != effect.ciHigh.has_value())
        problems.add(effect.ciLow ? QStringLiteral("ci_high") : QStringLiteral("ci_low"),
                     QStringLiteral("An interval needs both ends."));
    else if (effect.ciLow && effect.ciLow->value > effect.ciHigh->value)
        problems.add(QStringLiteral("ci_low"), QStringLiteral("CI low is above CI high."));
    else if (effect.ciLow && effect.estimate &&
             (effect.estimate->value < effect.ciLow->value ||
              effect.estimate->value > effect.ciHigh->value))
        problems.add(
            QStringLiteral("estimate"),
            QStringLiteral("The estimate %1 lies outside its interval %2 to %3.")
                .arg(effect.estimate->printed, effect.ciLow->printed, effect.ciHigh->printed));
    if (effect.ciLevel && !(*effect.ciLevel > 0 && *effect.ciLevel < 1))
        problems.add(QStringLiteral("ci_level"),
                     QStringLiteral("A confidence level is between 0 and 1 (0.95)."));
    if (effect.pValue && (effect.pValue->value < 0 || effect.pValue->value > 1))
        problems.add(QStringLiteral("p_value"), QStringLiteral("A p-value is between 0 and 1."));
    if (effect.pValue)
        problems.requireOneOf(QStringLiteral("p_value"), effect.pValue->relation,
                              {QStringLiteral("="), QStringLiteral("<"), QStringLiteral("<="),
                               QStringLiteral(">"), QStringLiteral(">=")});
    if (!effect.treatmentArmId.isEmpty() && effect.treatmentArmId == effect.comparatorArmId)
        problems.add(QStringLiteral("comparator_arm_id"),
                     QStringLiteral("Compare the arm with another arm."));
    return problems.list();
}

} // namespace EvidenceRules
} // namespace eb
