// SPDX-License-Identifier: MIT
#include "data/EntryRows.h"

namespace eb::EntryRows {
namespace {

void addNumber(Columns &columns, const QString &name, const OptionalNumber &number)
{
    columns.append({name, number ? QVariant(number->value) : QVariant()});
    columns.append(
        {name + QStringLiteral("_printed"), number ? QVariant(number->printed) : QVariant()});
}

} // namespace

StoredRow makeRow(const QString &table, const Columns &columns)
{
    StoredRow row{table, {}, {}};
    for (const auto &[name, value] : columns) {
        row.columns.append(name);
        row.values.append(value);
    }
    row.columns.append(QStringLiteral("origin"));
    row.values.append(QStringLiteral("user"));
    return row;
}

QVariant textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

StoredRow studyRow(const QString &id, const Study &study)
{
    Columns columns{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), study.name.trimmed()},
                    {QStringLiteral("kind"), study.kind},
                    {QStringLiteral("design"), textOrNull(study.design)},
                    {QStringLiteral("population"), textOrNull(study.population)},
                    {QStringLiteral("country"), textOrNull(study.country)},
                    {QStringLiteral("follow_up_unit"), textOrNull(study.followUpUnit)},
                    {QStringLiteral("follow_up_statistic"), textOrNull(study.followUpStatistic)},
                    {QStringLiteral("notes"), textOrNull(study.notes)}};
    addNumber(columns, QStringLiteral("size"), study.size);
    addNumber(columns, QStringLiteral("included_studies"), study.includedStudies);
    addNumber(columns, QStringLiteral("follow_up"), study.followUp);
    return makeRow(QStringLiteral("study"), columns);
}

StoredRow armRow(const QString &studyId, const QString &id, const Arm &arm)
{
    Columns columns{{QStringLiteral("id"), id},
                    {QStringLiteral("study_id"), studyId},
                    {QStringLiteral("label"), arm.label.trimmed()},
                    {QStringLiteral("role"), arm.role},
                    {QStringLiteral("dose_unit"), textOrNull(arm.doseUnit)},
                    {QStringLiteral("schedule"), textOrNull(arm.schedule)},
                    {QStringLiteral("duration_unit"), textOrNull(arm.durationUnit)},
                    {QStringLiteral("notes"), textOrNull(arm.notes)}};
    addNumber(columns, QStringLiteral("dose"), arm.dose);
    addNumber(columns, QStringLiteral("duration"), arm.duration);
    addNumber(columns, QStringLiteral("size"), arm.size);
    return makeRow(QStringLiteral("arm"), columns);
}

StoredRow outcomeRow(const QString &armId, const QString &id, const Outcome &outcome)
{
    Columns columns{{QStringLiteral("id"), id},
                    {QStringLiteral("arm_id"), armId},
                    {QStringLiteral("endpoint_id"), outcome.endpointId},
                    {QStringLiteral("timepoint_id"),
                     outcome.timepoint ? QVariant(outcome.timepoint->id) : QVariant()},
                    {QStringLiteral("endpoint_wording"), textOrNull(outcome.endpointWording)},
                    {QStringLiteral("method"), textOrNull(outcome.method)},
                    {QStringLiteral("events"), valueOrNull(outcome.events)},
                    {QStringLiteral("total"), valueOrNull(outcome.total)},
                    {QStringLiteral("finding"), textOrNull(outcome.finding)}};
    addNumber(columns, QStringLiteral("percent"), outcome.percent);
    addNumber(columns, QStringLiteral("percent_low"), outcome.percentLow);
    addNumber(columns, QStringLiteral("percent_high"), outcome.percentHigh);
    return makeRow(QStringLiteral("outcome"), columns);
}

StoredRow effectRow(const QString &studyId, const QString &id, const Effect &effect)
{
    Columns columns{
        {QStringLiteral("id"), id},
        {QStringLiteral("study_id"), studyId},
        {QStringLiteral("endpoint_id"), effect.endpointId},
        {QStringLiteral("timepoint_id"),
         effect.timepoint ? QVariant(effect.timepoint->id) : QVariant()},
        {QStringLiteral("endpoint_wording"), textOrNull(effect.endpointWording)},
        {QStringLiteral("treatment_arm_id"), textOrNull(effect.treatmentArmId)},
        {QStringLiteral("comparator_arm_id"), textOrNull(effect.comparatorArmId)},
        {QStringLiteral("measure"), textOrNull(effect.measure)},
        {QStringLiteral("ci_level"), valueOrNull(effect.ciLevel)},
        {QStringLiteral("p_relation"),
         effect.pValue ? QVariant(effect.pValue->relation) : QVariant()},
        {QStringLiteral("p_value"), effect.pValue ? QVariant(effect.pValue->value) : QVariant()},
        {QStringLiteral("p_printed"),
         effect.pValue ? QVariant(effect.pValue->printed) : QVariant()},
        {QStringLiteral("analysis"), textOrNull(effect.analysis)},
        {QStringLiteral("claim"), textOrNull(effect.claim)},
        {QStringLiteral("claim_wording"), textOrNull(effect.claimWording)}};
    addNumber(columns, QStringLiteral("estimate"), effect.estimate);
    addNumber(columns, QStringLiteral("ci_low"), effect.ciLow);
    addNumber(columns, QStringLiteral("ci_high"), effect.ciHigh);
    const OptionalNumber &reduction = effect.relativeReductionPercent;
    columns.append({QStringLiteral("relative_reduction_percent"),
                    reduction ? QVariant(reduction->value) : QVariant()});
    columns.append({QStringLiteral("relative_reduction_printed"),
                    reduction ? QVariant(reduction->printed) : QVariant()});
    return makeRow(QStringLiteral("effect"), columns);
}

} // namespace eb::EntryRows
