// SPDX-License-Identifier: MIT
#include "data/JsonDatasetReader.h"

#include "data/ImportProblem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace eb {
namespace {

enum class Need
{
    Required,
    Optional
};

// "line 3, column 14" for a byte offset into the file.
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// One JSON object being read: typed access to its fields, each problem recorded at the
// object's path and the field's name.
class Record
{
public:
    Record(QJsonObject object, QString path, QList<ImportProblem> &problems)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    const QString &path() const { return m_path; }

    void problem(const QString &field, const QString &message) const
    {
        m_problems.append({m_path, field, message});
    }

    QString text(const QString &key, Need need) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
        if (value.isString() || value.isNull() || value.isUndefined()) {
            if (need == Need::Required)
                problem(key, QStringLiteral("missing; expected text"));
            return QString();
        }
        problem(key, QStringLiteral("expected text, found %1").arg(describe(value)));
        return QString();
    }

    QString choice(const QString &key, const QStringList &allowed, Need need) const
    {
        const QString value = text(key, need);
        if (!value.isEmpty() && !allowed.contains(value)) {
            problem(key, QStringLiteral("\"%1\" is not one of %2")
                             .arg(value, allowed.join(QStringLiteral(", "))));
            return QString();
        }
        return value;
    }

    std::optional<double> real(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        if (!value.isDouble()) {
            problem(key, QStringLiteral("expected a number, found %1").arg(describe(value)));
            return std::nullopt;
        }
        return value.toDouble();
    }

    std::optional<int> integer(const QString &key) const
    {
        const std::optional<double> value = real(key);
        if (!value)
            return std::nullopt;
        if (std::trunc(*value) != *value || std::abs(*value) > std::numeric_limits<int>::max()) {
            problem(key, QStringLiteral("%1 is not a whole number").arg(*value));
            return std::nullopt;
        }
        return int(*value);
    }

    // A number with the digits the source printed: "key" and "key_printed", both or neither.
    OptionalNumber number(const QString &key) const
    {
        const std::optional<double> value = real(key);
        const QString printedKey = key + QStringLiteral("_printed");
        const QString printed = text(printedKey, Need::Optional);
        if (value.has_value() != !printed.isEmpty()) {
            problem(value ? printedKey : key,
                    value ? QStringLiteral("missing; %1 has a value, so it needs the form the "
                                           "source printed")
                                .arg(key)
                          : QStringLiteral("missing; %1 is given, so it needs the value")
                                .arg(printedKey));
            return std::nullopt;
        }
        if (!value)
            return std::nullopt;
        return ReportedNumber{*value, printed};
    }

    QStringList texts(const QString &key) const
    {
        QStringList list;
        const QJsonValue value = m_object.value(key);
        if (value.isNull() || value.isUndefined())
            return list;
        if (!value.isArray()) {
            problem(key, QStringLiteral("expected a list of text, found %1").arg(describe(value)));
            return list;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isString() && !array.at(i).toString().isEmpty())
                list.append(array.at(i).toString());
            else
                problem(QStringLiteral("%1[%2]").arg(key).arg(i),
                        QStringLiteral("expected text, found %1").arg(describe(array.at(i))));
        }
        return list;
    }

    // Each object of a list, with its own path; a non-object item is a problem.
    template <typename ReadOne> void forEach(const QString &key, ReadOne readOne) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isNull() || value.isUndefined())
            return;
        if (!value.isArray()) {
            problem(key, QStringLiteral("expected a list, found %1").arg(describe(value)));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path =
                QStringLiteral("%1%2%3[%4]")
                    .arg(m_path, m_path.isEmpty() ? QString() : QStringLiteral("."), key)
                    .arg(i);
            if (!array.at(i).isObject()) {
                m_problems.append(
                    {path, QString(),
                     QStringLiteral("expected an object, found %1").arg(describe(array.at(i)))});
                continue;
            }
            readOne(Record(array.at(i).toObject(), path, m_problems));
        }
    }

    std::optional<Record> object(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            problem(key, QStringLiteral("expected an object, found %1").arg(describe(value)));
            return std::nullopt;
        }
        return Record(value.toObject(), m_path + u'.' + key, m_problems);
    }

private:
    QJsonObject m_object;
    QString m_path;
    QList<ImportProblem> &m_problems;
};

QList<Citation> citationsOf(const Record &record)
{
    QList<Citation> citations;
    record.forEach(QStringLiteral("citations"), [&citations](const Record &citation) {
        citations.append({citation.text(QStringLiteral("quote_id"), Need::Required),
                          citation.text(QStringLiteral("field"), Need::Optional)});
    });
    return citations;
}

QList<Caveat> caveatsOf(const Record &record)
{
    QList<Caveat> caveats;
    record.forEach(QStringLiteral("caveats"), [&caveats](const Record &caveat) {
        caveats.append(
            {caveat.text(QStringLiteral("id"), Need::Required),
             caveat.choice(
                 QStringLiteral("kind"),
                 {QStringLiteral("words_vs_numbers"), QStringLiteral("differs_from_primary"),
                  QStringLiteral("omitted_by_document"), QStringLiteral("design_limitation")},
                 Need::Required),
             caveat.text(QStringLiteral("text"), Need::Required),
             caveat.text(QStringLiteral("quote_id"), Need::Optional),
             caveat.text(QStringLiteral("field"), Need::Optional)});
    });
    return caveats;
}

QList<Classification> classificationsOf(const Record &record)
{
    QList<Classification> classifications;
    record.forEach(QStringLiteral("classifications"), [&classifications](const Record &item) {
        classifications.append({item.text(QStringLiteral("id"), Need::Required),
                                item.text(QStringLiteral("field"), Need::Required),
                                item.text(QStringLiteral("reason"), Need::Required)});
    });
    return classifications;
}

// A value and its unit go together: both or neither.
void requireUnitWith(const Record &record, const OptionalNumber &value, const QString &valueKey,
                     const QString &unit, const QString &unitKey)
{
    if (value.has_value() != !unit.isEmpty())
        record.problem(
            value ? unitKey : valueKey,
            value ? QStringLiteral("missing; %1 has a value, so it needs its unit").arg(valueKey)
                  : QStringLiteral("missing; %1 is given, so it needs the value").arg(unitKey));
}

void requireAbove(const Record &record, const OptionalNumber &value, const QString &key,
                  double bound)
{
    if (value && value->value <= bound)
        record.problem(key,
                       QStringLiteral("%1 must be greater than %2").arg(value->printed).arg(bound));
}

QStringList effectMeasures()
{
    return {QStringLiteral("OR"),     QStringLiteral("RR"), QStringLiteral("HR"),
            QStringLiteral("RD"),     QStringLiteral("MD"), QStringLiteral("SMD"),
            QStringLiteral("PETO_OR")};
}

std::optional<Timepoint> timepointOf(const Record &owner)
{
    const std::optional<Record> record = owner.object(QStringLiteral("timepoint"));
    if (!record)
        return std::nullopt;
    Timepoint timepoint;
    timepoint.id = record->text(QStringLiteral("id"), Need::Required);
    timepoint.label = record->text(QStringLiteral("label"), Need::Required);
    timepoint.anchor =
        record->choice(QStringLiteral("anchor"),
                       {QStringLiteral("treatment_start"), QStringLiteral("treatment_end"),
                        QStringLiteral("whole_follow_up")},
                       Need::Required);
    timepoint.amount = record->real(QStringLiteral("amount"));
    timepoint.unit = record->choice(
        QStringLiteral("unit"), {QStringLiteral("week"), QStringLiteral("month")}, Need::Optional);
    if (timepoint.amount && *timepoint.amount < 0)
        record->problem(QStringLiteral("amount"), QStringLiteral("must not be negative"));
    if (timepoint.amount.has_value() != !timepoint.unit.isEmpty())
        record->problem(QStringLiteral("unit"),
                        QStringLiteral("amount and unit go together: both or neither"));
    timepoint.classifications = classificationsOf(*record);
    return timepoint;
}

Outcome outcomeOf(const Record &record)
{
    Outcome outcome;
    outcome.id = record.text(QStringLiteral("id"), Need::Required);
    outcome.endpointId = record.text(QStringLiteral("endpoint_id"), Need::Required);
    outcome.endpointWording = record.text(QStringLiteral("endpoint_wording"), Need::Optional);
    outcome.timepoint = timepointOf(record);
    outcome.method = record.text(QStringLiteral("method"), Need::Optional);
    outcome.events = record.integer(QStringLiteral("events"));
    outcome.total = record.integer(QStringLiteral("total"));
    outcome.percent = record.number(QStringLiteral("percent"));
    outcome.percentLow = record.number(QStringLiteral("percent_low"));
    outcome.percentHigh = record.number(QStringLiteral("percent_high"));
    outcome.finding = record.text(QStringLiteral("finding"), Need::Optional);
    outcome.mean = record.number(QStringLiteral("mean"));
    outcome.sd = record.number(QStringLiteral("sd"));
    outcome.analysisId = record.text(QStringLiteral("analysis_id"), Need::Optional);
    outcome.citations = citationsOf(record);
    outcome.caveats = caveatsOf(record);
    if (outcome.sd && outcome.sd->value < 0)
        record.problem(QStringLiteral("sd"),
                       QStringLiteral("%1 is negative; expected a standard deviation")
                           .arg(outcome.sd->printed));
    if (outcome.events && *outcome.events < 0)
        record.problem(QStringLiteral("events"),
                       QStringLiteral("%1 is negative; expected a count").arg(*outcome.events));
    if (outcome.total && *outcome.total <= 0)
        record.problem(
            QStringLiteral("total"),
            QStringLiteral("%1 is not a group size; expected a count above 0").arg(*outcome.total));
    if (outcome.events && outcome.total && *outcome.events > *outcome.total)
        record.problem(
            QStringLiteral("events"),
            QStringLiteral("%1 is greater than total %2").arg(*outcome.events).arg(*outcome.total));
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("percent"), outcome.percent},
          std::pair{QStringLiteral("percent_low"), outcome.percentLow},
          std::pair{QStringLiteral("percent_high"), outcome.percentHigh}})
        if (value && (value->value < 0 || value->value > 100))
            record.problem(
                key,
                QStringLiteral("%1 is not a percentage between 0 and 100").arg(value->printed));
    if (outcome.percentLow.has_value() != outcome.percentHigh.has_value())
        record.problem(QStringLiteral("percent_high"),
                       QStringLiteral("a range needs both percent_low and percent_high"));
    if (outcome.percentLow && outcome.percentHigh &&
        outcome.percentLow->value > outcome.percentHigh->value)
        record.problem(QStringLiteral("percent_low"),
                       QStringLiteral("%1 is above percent_high %2")
                           .arg(outcome.percentLow->printed, outcome.percentHigh->printed));
    if (outcome.percent && outcome.percentLow)
        record.problem(QStringLiteral("percent"),
                       QStringLiteral("a rate is a percent or a range, not both"));
    return outcome;
}

Arm armOf(const Record &record)
{
    Arm arm;
    arm.id = record.text(QStringLiteral("id"), Need::Required);
    arm.label = record.text(QStringLiteral("label"), Need::Required);
    arm.role = record.choice(QStringLiteral("role"),
                             {QStringLiteral("treatment"), QStringLiteral("comparator"),
                              QStringLiteral("historical_control"), QStringLiteral("single_arm")},
                             Need::Required);
    arm.dose = record.number(QStringLiteral("dose"));
    arm.doseUnit = record.text(QStringLiteral("dose_unit"), Need::Optional);
    arm.schedule = record.text(QStringLiteral("schedule"), Need::Optional);
    arm.duration = record.number(QStringLiteral("duration"));
    arm.durationUnit = record.choice(
        QStringLiteral("duration_unit"),
        {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month")}, Need::Optional);
    arm.size = record.number(QStringLiteral("size"));
    arm.notes = record.text(QStringLiteral("notes"), Need::Optional);
    arm.interventionIds = record.texts(QStringLiteral("interventions"));
    record.forEach(QStringLiteral("outcomes"),
                   [&arm](const Record &outcome) { arm.outcomes.append(outcomeOf(outcome)); });
    arm.citations = citationsOf(record);
    arm.caveats = caveatsOf(record);
    arm.classifications = classificationsOf(record);
    requireAbove(record, arm.dose, QStringLiteral("dose"), 0);
    requireAbove(record, arm.duration, QStringLiteral("duration"), 0);
    requireAbove(record, arm.size, QStringLiteral("size"), 0);
    requireUnitWith(record, arm.dose, QStringLiteral("dose"), arm.doseUnit,
                    QStringLiteral("dose_unit"));
    requireUnitWith(record, arm.duration, QStringLiteral("duration"), arm.durationUnit,
                    QStringLiteral("duration_unit"));
    return arm;
}

std::optional<ReportedPValue> pValueOf(const Record &record)
{
    const QString relation =
        record.choice(QStringLiteral("p_relation"),
                      {QStringLiteral("="), QStringLiteral("<"), QStringLiteral("<="),
                       QStringLiteral(">"), QStringLiteral(">=")},
                      Need::Optional);
    const std::optional<double> value = record.real(QStringLiteral("p_value"));
    const QString printed = record.text(QStringLiteral("p_printed"), Need::Optional);
    if (!value && relation.isEmpty() && printed.isEmpty())
        return std::nullopt;
    if (!value || relation.isEmpty() || printed.isEmpty()) {
        record.problem(QStringLiteral("p_value"),
                       QStringLiteral("a p-value needs p_relation, p_value and p_printed"));
        return std::nullopt;
    }
    if (*value < 0 || *value > 1) {
        record.problem(QStringLiteral("p_value"),
                       QStringLiteral("%1 is not a probability between 0 and 1").arg(printed));
        return std::nullopt;
    }
    return ReportedPValue{relation, *value, printed};
}

void checkInterval(const Record &record, const Effect &effect)
{
    const bool ratio = effect.measure == u"OR" || effect.measure == u"RR" ||
                       effect.measure == u"HR" || effect.measure == u"PETO_OR";
    for (const auto &[key, value] : {std::pair{QStringLiteral("estimate"), effect.estimate},
                                     std::pair{QStringLiteral("ci_low"), effect.ciLow},
                                     std::pair{QStringLiteral("ci_high"), effect.ciHigh}}) {
        if (!value)
            continue;
        if (ratio && value->value <= 0)
            record.problem(key, QStringLiteral("%1 is not a ratio; an %2 is above 0")
                                    .arg(value->printed, effect.measure));
        if (effect.measure == u"RD" && std::abs(value->value) > 1)
            record.problem(
                key,
                QStringLiteral("%1 is not a risk difference between -1 and 1").arg(value->printed));
    }
    if (effect.ciLow.has_value() != effect.ciHigh.has_value()) {
        record.problem(effect.ciLow ? QStringLiteral("ci_high") : QStringLiteral("ci_low"),
                       QStringLiteral("missing; a confidence interval needs both ends"));
        return;
    }
    if (!effect.ciLow)
        return;
    if (effect.ciLow->value > effect.ciHigh->value)
        record.problem(QStringLiteral("ci_low"),
                       QStringLiteral("%1 is above ci_high %2")
                           .arg(effect.ciLow->printed, effect.ciHigh->printed));
    else if (effect.estimate && (effect.estimate->value < effect.ciLow->value ||
                                 effect.estimate->value > effect.ciHigh->value))
        record.problem(
            QStringLiteral("estimate"),
            QStringLiteral("%1 is outside its confidence interval %2 to %3")
                .arg(effect.estimate->printed, effect.ciLow->printed, effect.ciHigh->printed));
}

Effect effectOf(const Record &record, const Study &study)
{
    Effect effect;
    effect.id = record.text(QStringLiteral("id"), Need::Required);
    effect.endpointId = record.text(QStringLiteral("endpoint_id"), Need::Required);
    effect.endpointWording = record.text(QStringLiteral("endpoint_wording"), Need::Optional);
    effect.timepoint = timepointOf(record);
    effect.treatmentArmId = record.text(QStringLiteral("treatment_arm_id"), Need::Optional);
    effect.comparatorArmId = record.text(QStringLiteral("comparator_arm_id"), Need::Optional);
    effect.measure = record.choice(QStringLiteral("measure"), effectMeasures(), Need::Optional);
    effect.estimate = record.number(QStringLiteral("estimate"));
    effect.ciLevel = record.real(QStringLiteral("ci_level"));
    effect.ciLow = record.number(QStringLiteral("ci_low"));
    effect.ciHigh = record.number(QStringLiteral("ci_high"));
    effect.pValue = pValueOf(record);
    effect.analysis = record.text(QStringLiteral("analysis"), Need::Optional);
    effect.relativeReductionPercent = record.number(QStringLiteral("relative_reduction_percent"));
    effect.claim =
        record.choice(QStringLiteral("claim"),
                      {QStringLiteral("significantly_better"), QStringLiteral("better"),
                       QStringLiteral("not_superior"), QStringLiteral("similar"),
                       QStringLiteral("not_significant"), QStringLiteral("numerically_worse")},
                      Need::Optional);
    effect.claimWording = record.text(QStringLiteral("claim_wording"), Need::Optional);
    effect.standardError = record.number(QStringLiteral("standard_error"));
    effect.analysisId = record.text(QStringLiteral("analysis_id"), Need::Optional);
    requireAbove(record, effect.standardError, QStringLiteral("standard_error"), 0);
    effect.citations = citationsOf(record);
    effect.caveats = caveatsOf(record);
    if (effect.estimate && effect.measure.isEmpty())
        record.problem(QStringLiteral("measure"),
                       QStringLiteral("missing; an estimate needs its measure (%1)")
                           .arg(effectMeasures().join(QStringLiteral(", "))));
    if (effect.ciLevel && (*effect.ciLevel <= 0 || *effect.ciLevel >= 1))
        record.problem(QStringLiteral("ci_level"),
                       QStringLiteral("%1 is not a level between 0 and 1 (0.95 for a 95% CI)")
                           .arg(*effect.ciLevel));
    if (effect.relativeReductionPercent && (effect.relativeReductionPercent->value < 0 ||
                                            effect.relativeReductionPercent->value > 100))
        record.problem(QStringLiteral("relative_reduction_percent"),
                       QStringLiteral("%1 is not a percentage between 0 and 100")
                           .arg(effect.relativeReductionPercent->printed));
    checkInterval(record, effect);
    for (const auto &[key, armId] :
         {std::pair{QStringLiteral("treatment_arm_id"), effect.treatmentArmId},
          std::pair{QStringLiteral("comparator_arm_id"), effect.comparatorArmId}})
        if (!armId.isEmpty() && !study.findArm(armId))
            record.problem(key, QStringLiteral("\"%1\" is not an arm of this study").arg(armId));
    if (!effect.treatmentArmId.isEmpty() && effect.treatmentArmId == effect.comparatorArmId)
        record.problem(QStringLiteral("comparator_arm_id"),
                       QStringLiteral("an arm cannot be compared with itself"));
    return effect;
}

Study studyOf(const Record &record)
{
    Study study;
    study.id = record.text(QStringLiteral("id"), Need::Required);
    study.name = record.text(QStringLiteral("name"), Need::Required);
    study.kind = record.choice(QStringLiteral("kind"),
                               {QStringLiteral("trial"), QStringLiteral("cohort"),
                                QStringLiteral("meta_analysis"),
                                QStringLiteral("summary_statement"), QStringLiteral("unspecified")},
                               Need::Required);
    study.design = record.text(QStringLiteral("design"), Need::Optional);
    study.population = record.text(QStringLiteral("population"), Need::Optional);
    study.country = record.text(QStringLiteral("country"), Need::Optional);
    study.size = record.number(QStringLiteral("size"));
    study.includedStudies = record.number(QStringLiteral("included_studies"));
    study.followUp = record.number(QStringLiteral("follow_up"));
    study.followUpUnit =
        record.choice(QStringLiteral("follow_up_unit"),
                      {QStringLiteral("week"), QStringLiteral("month")}, Need::Optional);
    study.followUpStatistic =
        record.choice(QStringLiteral("follow_up_statistic"),
                      {QStringLiteral("median"), QStringLiteral("fixed")}, Need::Optional);
    study.notes = record.text(QStringLiteral("notes"), Need::Optional);
    study.conditionIds = record.texts(QStringLiteral("conditions"));
    record.forEach(QStringLiteral("arms"),
                   [&study](const Record &arm) { study.arms.append(armOf(arm)); });
    record.forEach(QStringLiteral("effects"), [&study](const Record &effect) {
        study.effects.append(effectOf(effect, study));
    });
    study.citations = citationsOf(record);
    study.caveats = caveatsOf(record);
    study.classifications = classificationsOf(record);
    requireAbove(record, study.size, QStringLiteral("size"), 0);
    requireAbove(record, study.includedStudies, QStringLiteral("included_studies"), 0);
    requireAbove(record, study.followUp, QStringLiteral("follow_up"), 0);
    requireUnitWith(record, study.followUp, QStringLiteral("follow_up"), study.followUpUnit,
                    QStringLiteral("follow_up_unit"));
    return study;
}

Source sourceOf(const Record &record)
{
    Source source;
    source.id = record.text(QStringLiteral("id"), Need::Required);
    source.kind =
        record.choice(QStringLiteral("kind"),
                      {QStringLiteral("review_article"), QStringLiteral("primary_publication"),
                       QStringLiteral("user_entry"), QStringLiteral("user_file")},
                      Need::Required);
    source.citation = record.text(QStringLiteral("citation"), Need::Required);
    source.title = record.text(QStringLiteral("title"), Need::Required);
    source.year = record.integer(QStringLiteral("year"));
    if (source.year && (*source.year < 1900 || *source.year > 2100))
        record.problem(QStringLiteral("year"),
                       QStringLiteral("%1 is not a year between 1900 and 2100").arg(*source.year));
    source.doi = record.text(QStringLiteral("doi"), Need::Optional);
    source.pmid = record.text(QStringLiteral("pmid"), Need::Optional);
    source.notes = record.text(QStringLiteral("notes"), Need::Optional);
    record.forEach(QStringLiteral("quotes"), [&source](const Record &item) {
        Quote quote;
        quote.id = item.text(QStringLiteral("id"), Need::Required);
        quote.sourceId = source.id;
        quote.text = item.text(QStringLiteral("text"), Need::Required);
        quote.location = item.text(QStringLiteral("location"), Need::Optional);
        quote.wording = item.choice(QStringLiteral("wording"),
                                    {QStringLiteral("verbatim"), QStringLiteral("abstract_summary"),
                                     QStringLiteral("file_value"), QStringLiteral("user_entry")},
                                    Need::Required);
        quote.note = item.text(QStringLiteral("note"), Need::Optional);
        source.quotes.append(quote);
    });
    return source;
}

TherapyFact therapyFactOf(const Record &record)
{
    TherapyFact fact;
    fact.id = record.text(QStringLiteral("id"), Need::Required);
    fact.interventionId = record.text(QStringLiteral("intervention_id"), Need::Required);
    fact.topic = record.text(QStringLiteral("topic"), Need::Required);
    fact.statement = record.text(QStringLiteral("statement"), Need::Required);
    fact.relation = record.choice(QStringLiteral("relation"),
                                  {QStringLiteral("="), QStringLiteral(">"), QStringLiteral("<")},
                                  Need::Optional);
    fact.value = record.number(QStringLiteral("value"));
    fact.unit = record.text(QStringLiteral("unit"), Need::Optional);
    fact.citations = citationsOf(record);
    if (fact.value && fact.relation.isEmpty())
        record.problem(QStringLiteral("relation"),
                       QStringLiteral("missing; a value needs its relation (=, >, <)"));
    return fact;
}

ReviewAnalysis reviewAnalysisOf(const Record &record)
{
    ReviewAnalysis a;
    a.id = record.text(QStringLiteral("id"), Need::Required);
    a.sourceId = record.text(QStringLiteral("source_id"), Need::Required);
    a.quoteId = record.text(QStringLiteral("quote_id"), Need::Required);
    a.endpointId = record.text(QStringLiteral("endpoint_id"), Need::Required);
    a.parentId = record.text(QStringLiteral("parent_id"), Need::Optional);
    a.comparison = record.text(QStringLiteral("comparison"), Need::Required);
    a.outcome = record.text(QStringLiteral("outcome"), Need::Required);
    a.subgroup = record.text(QStringLiteral("subgroup"), Need::Optional);
    a.dataType = record.choice(QStringLiteral("data_type"),
                               {QStringLiteral("dichotomous"), QStringLiteral("continuous"),
                                QStringLiteral("inverse_variance")},
                               Need::Required);
    a.measure = record.choice(QStringLiteral("measure"), effectMeasures(), Need::Required);
    a.method = record.choice(QStringLiteral("method"),
                             {QStringLiteral("MH"), QStringLiteral("IV"), QStringLiteral("PETO")},
                             Need::Required);
    a.model = record.choice(QStringLiteral("model"),
                            {QStringLiteral("fixed"), QStringLiteral("random")}, Need::Required);
    a.groupLabel1 = record.text(QStringLiteral("group_label_1"), Need::Optional);
    a.groupLabel2 = record.text(QStringLiteral("group_label_2"), Need::Optional);
    a.graphLabel1 = record.text(QStringLiteral("graph_label_1"), Need::Optional);
    a.graphLabel2 = record.text(QStringLiteral("graph_label_2"), Need::Optional);
    a.estimate = record.number(QStringLiteral("estimate"));
    a.ciLow = record.number(QStringLiteral("ci_low"));
    a.ciHigh = record.number(QStringLiteral("ci_high"));
    a.chi2 = record.number(QStringLiteral("chi2"));
    a.df = record.number(QStringLiteral("df"));
    a.pChi2 = record.number(QStringLiteral("p_chi2"));
    a.i2 = record.number(QStringLiteral("i2"));
    a.tau2 = record.number(QStringLiteral("tau2"));
    a.z = record.number(QStringLiteral("z"));
    a.pZ = record.number(QStringLiteral("p_z"));
    if (a.parentId.isEmpty() != a.subgroup.isEmpty())
        record.problem(
            QStringLiteral("subgroup"),
            QStringLiteral("a subgroup needs its parent_id, and only a subgroup has one"));
    if (a.ciLow && a.ciHigh && a.ciLow->value > a.ciHigh->value)
        record.problem(
            QStringLiteral("ci_low"),
            QStringLiteral("%1 is above ci_high %2").arg(a.ciLow->printed, a.ciHigh->printed));
    return a;
}

// Ids name one row each: a second row with the same id would overwrite or be lost.
void requireUniqueIds(const Dataset &dataset, QList<ImportProblem> &problems)
{
    QHash<QString, QString> seen; // "kind:id" -> its first path
    const auto check = [&seen, &problems](const QString &kind, const QString &id,
                                          const QString &path) {
        if (id.isEmpty())
            return;
        const QString key = kind + u':' + id;
        if (const auto first = seen.constFind(key); first != seen.cend())
            problems.append({path, QStringLiteral("id"),
                             QStringLiteral("\"%1\" is used twice; the first is at %2")
                                 .arg(id, first.value())});
        else
            seen.insert(key, path);
    };
    for (qsizetype s = 0; s < dataset.sources.size(); ++s) {
        check(QStringLiteral("source"), dataset.sources[s].id,
              QStringLiteral("sources[%1]").arg(s));
        for (qsizetype q = 0; q < dataset.sources[s].quotes.size(); ++q)
            check(QStringLiteral("quote"), dataset.sources[s].quotes[q].id,
                  QStringLiteral("sources[%1].quotes[%2]").arg(s).arg(q));
    }
    for (qsizetype a = 0; a < dataset.reviewAnalyses.size(); ++a)
        check(QStringLiteral("review_analysis"), dataset.reviewAnalyses[a].id,
              QStringLiteral("review_analyses[%1]").arg(a));
    for (qsizetype s = 0; s < dataset.studies.size(); ++s) {
        const Study &study = dataset.studies[s];
        check(QStringLiteral("study"), study.id, QStringLiteral("studies[%1]").arg(s));
        for (qsizetype a = 0; a < study.arms.size(); ++a) {
            check(QStringLiteral("arm"), study.arms[a].id,
                  QStringLiteral("studies[%1].arms[%2]").arg(s).arg(a));
            for (qsizetype o = 0; o < study.arms[a].outcomes.size(); ++o)
                check(QStringLiteral("outcome"), study.arms[a].outcomes[o].id,
                      QStringLiteral("studies[%1].arms[%2].outcomes[%3]").arg(s).arg(a).arg(o));
        }
        for (qsizetype e = 0; e < study.effects.size(); ++e)
            check(QStringLiteral("effect"), study.effects[e].id,
                  QStringLiteral("studies[%1].effects[%2]").arg(s).arg(e));
    }
}

// A study has one note: a second note on it would be lost.
void requireOneNotePerStudy(const Dataset &dataset, QList<ImportProblem> &problems)
{
    QHash<QString, qsizetype> first; // study id -> index of its first note
    for (qsizetype n = 0; n < dataset.userNotes.size(); ++n) {
        const QString &studyId = dataset.userNotes[n].studyId;
        if (studyId.isEmpty())
            continue;
        if (const auto seen = first.constFind(studyId); seen != first.cend())
            problems.append({QStringLiteral("user_notes[%1]").arg(n), QStringLiteral("study_id"),
                             QStringLiteral("\"%1\" has a note already at user_notes[%2]; a "
                                            "study has one note")
                                 .arg(studyId)
                                 .arg(seen.value())});
        else
            first.insert(studyId, n);
    }
}

} // namespace

Dataset JsonDatasetReader::read(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw ImportError(fileName,
                          {{lineAndColumn(json, parseError.offset), QString(),
                            QStringLiteral("not valid JSON: %1").arg(parseError.errorString())}});
    if (!document.isObject())
        throw ImportError(fileName, {{QString(), QString(),
                                      QStringLiteral("expected an object with \"studies\" (as "
                                                     "export --format json writes)")}});
    QList<ImportProblem> problems;
    const Record root(document.object(), QString(), problems);
    if (!document.object().contains(QStringLiteral("studies")))
        root.problem(QStringLiteral("studies"),
                     QStringLiteral("missing; expected the list of studies that export --format "
                                    "json writes"));
    Dataset dataset;
    root.forEach(QStringLiteral("sources"),
                 [&dataset](const Record &record) { dataset.sources.append(sourceOf(record)); });
    root.forEach(QStringLiteral("conditions"), [&dataset](const Record &record) {
        Condition condition{record.text(QStringLiteral("id"), Need::Required),
                            record.text(QStringLiteral("label"), Need::Required),
                            record.text(QStringLiteral("description"), Need::Optional)};
        if (condition.id != condition.id.toLower())
            record.problem(QStringLiteral("id"),
                           QStringLiteral("\"%1\" must be lower case").arg(condition.id));
        dataset.conditions.append(condition);
    });
    root.forEach(QStringLiteral("endpoints"), [&dataset](const Record &record) {
        Endpoint endpoint;
        endpoint.id = record.text(QStringLiteral("id"), Need::Required);
        endpoint.label = record.text(QStringLiteral("label"), Need::Required);
        endpoint.eventLabel = record.text(QStringLiteral("event_label"), Need::Required);
        endpoint.direction =
            record.choice(QStringLiteral("direction"),
                          {QStringLiteral("higher_is_better"), QStringLiteral("higher_is_worse")},
                          Need::Required) == u"higher_is_worse"
                ? Direction::HigherIsWorse
                : Direction::HigherIsBetter;
        endpoint.description = record.text(QStringLiteral("description"), Need::Optional);
        endpoint.classifications = classificationsOf(record);
        dataset.endpoints.append(endpoint);
    });
    root.forEach(QStringLiteral("interventions"), [&dataset](const Record &record) {
        Intervention intervention;
        intervention.id = record.text(QStringLiteral("id"), Need::Required);
        intervention.label = record.text(QStringLiteral("label"), Need::Required);
        intervention.shortLabel = record.text(QStringLiteral("short_label"), Need::Required);
        intervention.drugClass = record.text(QStringLiteral("drug_class"), Need::Optional);
        intervention.classifications = classificationsOf(record);
        dataset.interventions.append(intervention);
    });
    root.forEach(QStringLiteral("studies"),
                 [&dataset](const Record &record) { dataset.studies.append(studyOf(record)); });
    root.forEach(QStringLiteral("therapy_facts"), [&dataset](const Record &record) {
        dataset.therapyFacts.append(therapyFactOf(record));
    });
    root.forEach(QStringLiteral("review_analyses"), [&dataset](const Record &record) {
        dataset.reviewAnalyses.append(reviewAnalysisOf(record));
    });
    root.forEach(QStringLiteral("user_notes"), [&dataset](const Record &record) {
        const UserNote note{record.text(QStringLiteral("study_id"), Need::Required),
                            record.text(QStringLiteral("text"), Need::Required)};
        if (!note.text.isEmpty() && note.text.trimmed().isEmpty())
            record.problem(QStringLiteral("text"),
                           QStringLiteral("only spaces; expected the note"));
        dataset.userNotes.append(note);
    });
    requireUniqueIds(dataset, problems);
    requireOneNotePerStudy(dataset, problems);
    if (!problems.isEmpty())
        throw ImportError(fileName, problems);
    return dataset;
}

} // namespace eb
