// SPDX-License-Identifier: MIT
#include "data/JsonExporter.h"

#include "core/ApplicationInfo.h"
#include "core/Disclaimer.h"
#include "data/EvidenceRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace eb {
namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : text;
}

template <typename T> QJsonValue valueOrNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

void putNumber(QJsonObject &object, const QString &key, const OptionalNumber &number)
{
    object.insert(key, number ? QJsonValue(number->value) : QJsonValue());
    object.insert(key + QStringLiteral("_printed"),
                  number ? QJsonValue(number->printed) : QJsonValue());
}

QJsonArray citationsJson(const QList<Citation> &citations)
{
    QJsonArray array;
    for (const Citation &citation : citations)
        array.append(QJsonObject{{QStringLiteral("quote_id"), citation.quoteId},
                                 {QStringLiteral("field"), textOrNull(citation.field)}});
    return array;
}

QJsonArray caveatsJson(const QList<Caveat> &caveats)
{
    QJsonArray array;
    for (const Caveat &caveat : caveats)
        array.append(QJsonObject{{QStringLiteral("id"), caveat.id},
                                 {QStringLiteral("kind"), caveat.kind},
                                 {QStringLiteral("text"), caveat.text},
                                 {QStringLiteral("quote_id"), textOrNull(caveat.quoteId)},
                                 {QStringLiteral("field"), textOrNull(caveat.field)}});
    return array;
}

// Values that are Evidence Browser's classification, with the reason they are ours.
QJsonArray classificationsJson(const QList<Classification> &classifications)
{
    QJsonArray array;
    for (const Classification &classification : classifications)
        array.append(
            QJsonObject{{QStringLiteral("id"), classification.id},
                        {QStringLiteral("field"), classification.field},
                        {QStringLiteral("classified_by"), QStringLiteral("Evidence Browser")},
                        {QStringLiteral("reason"), classification.reason}});
    return array;
}

QJsonValue timepointJson(const std::optional<Timepoint> &timepoint)
{
    if (!timepoint)
        return QJsonValue();
    return QJsonObject{
        {QStringLiteral("id"), timepoint->id},
        {QStringLiteral("label"), timepoint->label},
        {QStringLiteral("anchor"), timepoint->anchor},
        {QStringLiteral("amount"), valueOrNull(timepoint->amount)},
        {QStringLiteral("unit"), textOrNull(timepoint->unit)},
        {QStringLiteral("classifications"), classificationsJson(timepoint->classifications)}};
}

QJsonObject outcomeJson(const Outcome &outcome)
{
    QJsonObject object{{QStringLiteral("id"), outcome.id},
                       {QStringLiteral("endpoint_id"), outcome.endpointId},
                       {QStringLiteral("endpoint_wording"), textOrNull(outcome.endpointWording)},
                       {QStringLiteral("timepoint"), timepointJson(outcome.timepoint)},
                       {QStringLiteral("method"), textOrNull(outcome.method)},
                       {QStringLiteral("events"), valueOrNull(outcome.events)},
                       {QStringLiteral("total"), valueOrNull(outcome.total)},
                       {QStringLiteral("finding"), textOrNull(outcome.finding)},
                       {QStringLiteral("analysis_id"), textOrNull(outcome.analysisId)},
                       {QStringLiteral("citations"), citationsJson(outcome.citations)},
                       {QStringLiteral("caveats"), caveatsJson(outcome.caveats)}};
    putNumber(object, QStringLiteral("percent"), outcome.percent);
    putNumber(object, QStringLiteral("percent_low"), outcome.percentLow);
    putNumber(object, QStringLiteral("percent_high"), outcome.percentHigh);
    putNumber(object, QStringLiteral("mean"), outcome.mean);
    putNumber(object, QStringLiteral("sd"), outcome.sd);
    return object;
}

QJsonObject armJson(const Arm &arm)
{
    QJsonArray outcomes;
    for (const Outcome &outcome : arm.outcomes)
        outcomes.append(outcomeJson(outcome));
    QJsonObject object{
        {QStringLiteral("id"), arm.id},
        {QStringLiteral("label"), arm.label},
        {QStringLiteral("role"), arm.role},
        {QStringLiteral("dose_unit"), textOrNull(arm.doseUnit)},
        {QStringLiteral("schedule"), textOrNull(arm.schedule)},
        {QStringLiteral("duration_unit"), textOrNull(arm.durationUnit)},
        {QStringLiteral("notes"), textOrNull(arm.notes)},
        {QStringLiteral("interventions"), QJsonArray::fromStringList(arm.interventionIds)},
        {QStringLiteral("outcomes"), outcomes},
        {QStringLiteral("citations"), citationsJson(arm.citations)},
        {QStringLiteral("caveats"), caveatsJson(arm.caveats)},
        {QStringLiteral("classifications"), classificationsJson(arm.classifications)}};
    putNumber(object, QStringLiteral("dose"), arm.dose);
    putNumber(object, QStringLiteral("duration"), arm.duration);
    putNumber(object, QStringLiteral("size"), arm.size);
    return object;
}

QJsonObject effectJson(const Effect &effect)
{
    QJsonObject object{{QStringLiteral("id"), effect.id},
                       {QStringLiteral("endpoint_id"), effect.endpointId},
                       {QStringLiteral("endpoint_wording"), textOrNull(effect.endpointWording)},
                       {QStringLiteral("timepoint"), timepointJson(effect.timepoint)},
                       {QStringLiteral("treatment_arm_id"), textOrNull(effect.treatmentArmId)},
                       {QStringLiteral("comparator_arm_id"), textOrNull(effect.comparatorArmId)},
                       {QStringLiteral("measure"), textOrNull(effect.measure)},
                       {QStringLiteral("ci_level"), valueOrNull(effect.ciLevel)},
                       {QStringLiteral("p_relation"),
                        effect.pValue ? QJsonValue(effect.pValue->relation) : QJsonValue()},
                       {QStringLiteral("p_value"),
                        effect.pValue ? QJsonValue(effect.pValue->value) : QJsonValue()},
                       {QStringLiteral("p_printed"),
                        effect.pValue ? QJsonValue(effect.pValue->printed) : QJsonValue()},
                       {QStringLiteral("analysis"), textOrNull(effect.analysis)},
                       {QStringLiteral("claim"), textOrNull(effect.claim)},
                       {QStringLiteral("claim_wording"), textOrNull(effect.claimWording)},
                       {QStringLiteral("analysis_id"), textOrNull(effect.analysisId)},
                       {QStringLiteral("citations"), citationsJson(effect.citations)},
                       {QStringLiteral("caveats"), caveatsJson(effect.caveats)}};
    putNumber(object, QStringLiteral("estimate"), effect.estimate);
    putNumber(object, QStringLiteral("ci_low"), effect.ciLow);
    putNumber(object, QStringLiteral("ci_high"), effect.ciHigh);
    putNumber(object, QStringLiteral("relative_reduction_percent"),
              effect.relativeReductionPercent);
    putNumber(object, QStringLiteral("standard_error"), effect.standardError);
    return object;
}

QJsonObject studyJson(const Study &study)
{
    QJsonArray arms;
    for (const Arm &arm : study.arms)
        arms.append(armJson(arm));
    QJsonArray effects;
    for (const Effect &effect : study.effects)
        effects.append(effectJson(effect));
    QJsonObject object{
        {QStringLiteral("id"), study.id},
        {QStringLiteral("name"), study.name},
        {QStringLiteral("kind"), study.kind},
        {QStringLiteral("design"), textOrNull(study.design)},
        {QStringLiteral("population"), textOrNull(study.population)},
        {QStringLiteral("country"), textOrNull(study.country)},
        {QStringLiteral("follow_up_unit"), textOrNull(study.followUpUnit)},
        {QStringLiteral("follow_up_statistic"), textOrNull(study.followUpStatistic)},
        {QStringLiteral("notes"), textOrNull(study.notes)},
        {QStringLiteral("conditions"), QJsonArray::fromStringList(study.conditionIds)},
        {QStringLiteral("arms"), arms},
        {QStringLiteral("effects"), effects},
        {QStringLiteral("citations"), citationsJson(study.citations)},
        {QStringLiteral("caveats"), caveatsJson(study.caveats)},
        {QStringLiteral("classifications"), classificationsJson(study.classifications)}};
    putNumber(object, QStringLiteral("size"), study.size);
    putNumber(object, QStringLiteral("included_studies"), study.includedStudies);
    putNumber(object, QStringLiteral("follow_up"), study.followUp);
    return object;
}

QJsonObject sourceJson(const Source &source)
{
    QJsonArray quotes;
    for (const Quote &quote : source.quotes)
        // text is the source's words (or, for "abstract_summary", our summary of its
        // abstract); note is Evidence Browser's remark, kept apart.
        quotes.append(QJsonObject{{QStringLiteral("id"), quote.id},
                                  {QStringLiteral("text"), quote.text},
                                  {QStringLiteral("wording"), quote.wording},
                                  {QStringLiteral("note"), textOrNull(quote.note)},
                                  {QStringLiteral("location"), textOrNull(quote.location)}});
    return {{QStringLiteral("id"), source.id},
            {QStringLiteral("kind"), source.kind},
            {QStringLiteral("citation"), source.citation},
            {QStringLiteral("title"), source.title},
            {QStringLiteral("year"), valueOrNull(source.year)},
            {QStringLiteral("doi"), textOrNull(source.doi)},
            {QStringLiteral("pmid"), textOrNull(source.pmid)},
            {QStringLiteral("notes"), textOrNull(source.notes)},
            {QStringLiteral("quotes"), quotes}};
}

// The review's own choices and pooled result, with the quote that says where they were read.
QJsonObject reviewAnalysisJson(const ReviewAnalysis &analysis)
{
    QJsonObject object{{QStringLiteral("id"), analysis.id},
                       {QStringLiteral("source_id"), analysis.sourceId},
                       {QStringLiteral("quote_id"), analysis.quoteId},
                       {QStringLiteral("endpoint_id"), analysis.endpointId},
                       {QStringLiteral("parent_id"), textOrNull(analysis.parentId)},
                       {QStringLiteral("comparison"), analysis.comparison},
                       {QStringLiteral("outcome"), analysis.outcome},
                       {QStringLiteral("subgroup"), textOrNull(analysis.subgroup)},
                       {QStringLiteral("data_type"), analysis.dataType},
                       {QStringLiteral("measure"), analysis.measure},
                       {QStringLiteral("method"), analysis.method},
                       {QStringLiteral("model"), analysis.model},
                       {QStringLiteral("group_label_1"), textOrNull(analysis.groupLabel1)},
                       {QStringLiteral("group_label_2"), textOrNull(analysis.groupLabel2)},
                       {QStringLiteral("graph_label_1"), textOrNull(analysis.graphLabel1)},
                       {QStringLiteral("graph_label_2"), textOrNull(analysis.graphLabel2)}};
    putNumber(object, QStringLiteral("estimate"), analysis.estimate);
    putNumber(object, QStringLiteral("ci_low"), analysis.ciLow);
    putNumber(object, QStringLiteral("ci_high"), analysis.ciHigh);
    putNumber(object, QStringLiteral("chi2"), analysis.chi2);
    putNumber(object, QStringLiteral("df"), analysis.df);
    putNumber(object, QStringLiteral("p_chi2"), analysis.pChi2);
    putNumber(object, QStringLiteral("i2"), analysis.i2);
    putNumber(object, QStringLiteral("tau2"), analysis.tau2);
    putNumber(object, QStringLiteral("z"), analysis.z);
    putNumber(object, QStringLiteral("p_z"), analysis.pZ);
    return object;
}

QJsonObject therapyFactJson(const TherapyFact &fact)
{
    QJsonObject object{{QStringLiteral("id"), fact.id},
                       {QStringLiteral("intervention_id"), fact.interventionId},
                       {QStringLiteral("topic"), fact.topic},
                       {QStringLiteral("statement"), fact.statement},
                       {QStringLiteral("relation"), textOrNull(fact.relation)},
                       {QStringLiteral("unit"), textOrNull(fact.unit)},
                       {QStringLiteral("citations"), citationsJson(fact.citations)}};
    putNumber(object, QStringLiteral("value"), fact.value);
    return object;
}

QJsonObject userNoteJson(const Study &study)
{
    return {{QStringLiteral("study_id"), study.id}, {QStringLiteral("text"), study.userNote}};
}

// The user's notes, apart from the studies: a note may be on a study the importing database
// already holds (a bundled one), which the file's copy of it then need not be.
QJsonArray userNotesJson(const QList<Study> &studies)
{
    QJsonArray array;
    for (const Study &study : studies)
        if (!study.userNote.isEmpty())
            array.append(userNoteJson(study));
    return array;
}

template <typename T, typename ToJson> QJsonArray arrayOf(const QList<T> &items, ToJson toJson)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

// A value as QJsonDocument::Indented writes it at nesting depth `depth` (1: a member of the
// top-level object), without the indentation of its first line. Nested in `depth` arrays, the
// value is laid out at that depth by QJsonDocument itself (for depth 2: "[", "    [",
// "        VALUE", "    ]", "]"): only the arrays' lines are cut off, with no pass over its
// lines.
QByteArray indentedJson(const QJsonValue &value, int depth)
{
    QJsonArray nested{value};
    for (int level = 1; level < depth; ++level)
        nested = QJsonArray{QJsonValue(nested)};
    const QByteArray document = QJsonDocument(nested).toJson(QJsonDocument::Indented);
    qsizetype start = 0;
    for (int line = 0; line < depth; ++line)
        start = document.indexOf('\n', start) + 1;
    start += 4 * depth;
    qsizetype end = document.size();
    for (int line = 0; line <= depth; ++line)
        end = document.lastIndexOf('\n', end - 1);
    return document.sliced(start, end - start);
}

// Writes a top-level member's array one element at a time, laid out as QJsonDocument does.
class StreamedArray
{
public:
    StreamedArray(QTextStream &out, const QString &key)
        : m_out(out)
    {
        m_out << QStringLiteral("    \"%1\": [\n").arg(key);
    }
    void append(const QJsonObject &element)
    {
        if (m_count++ > 0)
            m_out << ",\n";
        m_out << "        " << QString::fromUtf8(indentedJson(element, 2));
    }
    void close()
    {
        if (m_count > 0)
            m_out << '\n';
        m_out << "    ]";
    }

private:
    QTextStream &m_out;
    qsizetype m_count = 0;
};

constexpr int studiesPerPage = 500;

} // namespace

void JsonExporter::write(const EvidenceRepository &repository, const StudySelection &selection,
                         QTextStream &out)
{
    const Dataset header = repository.loadHeader(selection);
    const QJsonObject members = toJson(header); // every key, with empty sources and studies
    out << "{\n";
    QJsonArray notes; // the studies' notes, gathered as they stream by: small
    bool first = true;
    for (auto member = members.constBegin(); member != members.constEnd(); ++member) {
        if (!first)
            out << ",\n";
        first = false;
        if (member.key() == u"sources") {
            StreamedArray sources(out, member.key());
            const QSet<QString> cited =
                header.partial ? repository.quotesCitedBy(selection) : QSet<QString>();
            repository.forEachSource(
                [&](const Source &source) { sources.append(sourceJson(source)); },
                header.partial ? &cited : nullptr);
            sources.close();
        } else if (member.key() == u"studies") {
            StreamedArray studies(out, member.key());
            StudyCursor cursor;
            while (!cursor.finished)
                for (const Study &study :
                     repository.loadStudies(selection, cursor, studiesPerPage)) {
                    studies.append(studyJson(study));
                    if (!study.userNote.isEmpty())
                        notes.append(userNoteJson(study));
                }
            studies.close();
        } else if (member.key() == u"user_notes") {
            // After "studies" in the key order, so the notes are those the studies brought.
            out << QStringLiteral("    \"%1\": ").arg(member.key())
                << QString::fromUtf8(indentedJson(notes, 1));
        } else {
            out << QStringLiteral("    \"%1\": ").arg(member.key())
                << QString::fromUtf8(indentedJson(member.value(), 1));
        }
    }
    out << "\n}\n";
}

QJsonObject JsonExporter::toJson(const Dataset &dataset)
{
    return {
        {QStringLiteral("program_version"), applicationVersion()},
        {QStringLiteral("dataset_version"), textOrNull(dataset.datasetVersion)},
        {QStringLiteral("schema_version"), dataset.schemaVersion},
        {QStringLiteral("condition_filter"), textOrNull(dataset.conditionFilter)},
        {QStringLiteral("disclaimer"), Disclaimer::text()},
        {QStringLiteral("sources"), arrayOf(dataset.sources, sourceJson)},
        {QStringLiteral("conditions"),
         arrayOf(dataset.conditions,
                 [](const Condition &c) {
                     return QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("label"), c.label},
                                        {QStringLiteral("description"), textOrNull(c.description)}};
                 })},
        {QStringLiteral("endpoints"),
         arrayOf(dataset.endpoints,
                 [](const Endpoint &e) {
                     return QJsonObject{
                         {QStringLiteral("id"), e.id},
                         {QStringLiteral("label"), e.label},
                         {QStringLiteral("event_label"), e.eventLabel},
                         {QStringLiteral("direction"), e.direction == Direction::HigherIsWorse
                                                           ? QStringLiteral("higher_is_worse")
                                                           : QStringLiteral("higher_is_better")},
                         {QStringLiteral("description"), textOrNull(e.description)},
                         {QStringLiteral("classifications"),
                          classificationsJson(e.classifications)}};
                 })},
        {QStringLiteral("interventions"),
         arrayOf(dataset.interventions,
                 [](const Intervention &i) {
                     return QJsonObject{{QStringLiteral("id"), i.id},
                                        {QStringLiteral("label"), i.label},
                                        {QStringLiteral("short_label"), i.shortLabel},
                                        {QStringLiteral("drug_class"), textOrNull(i.drugClass)},
                                        {QStringLiteral("classifications"),
                                         classificationsJson(i.classifications)}};
                 })},
        {QStringLiteral("studies"), arrayOf(dataset.studies, studyJson)},
        {QStringLiteral("therapy_facts"), arrayOf(dataset.therapyFacts, therapyFactJson)},
        {QStringLiteral("review_analyses"), arrayOf(dataset.reviewAnalyses, reviewAnalysisJson)},
        {QStringLiteral("user_notes"), userNotesJson(dataset.studies)},
    };
}

} // namespace eb
