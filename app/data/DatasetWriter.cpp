// SPDX-License-Identifier: MIT
#include "data/DatasetWriter.h"

#include "data/DatabaseError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace eb {
namespace {

using Columns = QList<std::pair<QString, QVariant>>;

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

template <typename T> QVariant valueOrNull(const std::optional<T> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// "dose" and "dose_printed" from one reported number.
void addNumber(Columns &columns, const QString &name, const OptionalNumber &number)
{
    columns.append({name, number ? QVariant(number->value) : QVariant()});
    columns.append(
        {name + QStringLiteral("_printed"), number ? QVariant(number->printed) : QVariant()});
}

} // namespace

// One prepared INSERT per table and column list, reused for every row.
class DatasetWriter::Statements
{
public:
    explicit Statements(QSqlDatabase connection)
        : m_connection(std::move(connection))
    {}

    void insert(const QString &table, const QString &rowId, Columns columns)
    {
        columns.append({QStringLiteral("origin"), QStringLiteral("user")});
        QStringList names;
        for (const auto &column : columns)
            names.append(column.first);
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, names.join(u','),
                                     QStringList(names.size(), QStringLiteral("?")).join(u','));
        auto query = m_queries.find(sql);
        if (query == m_queries.end()) {
            query = m_queries.insert(sql, QSqlQuery(m_connection));
            if (!query->prepare(sql))
                throw DatabaseError(query->lastError().text());
        }
        for (qsizetype i = 0; i < columns.size(); ++i)
            query->bindValue(int(i), columns[i].second);
        if (!query->exec())
            throw DatabaseError(QStringLiteral("the database refused %1 \"%2\": %3")
                                    .arg(table, rowId, query->lastError().databaseText()));
    }

private:
    QSqlDatabase m_connection;
    QHash<QString, QSqlQuery> m_queries;
};

DatasetWriter::DatasetWriter(QSqlDatabase connection)
    : m_connection(std::move(connection))
{}

bool DatasetWriter::insert(const Dataset &dataset, const QSet<QString> &alreadyStored,
                           const Progress &progress)
{
    const int studyCount = int(dataset.studies.size());
    int studiesWritten = 0;
    const auto goOn = [&] {
        return !progress || progress(studiesWritten, studyCount);
    };
    Statements rows(m_connection);
    QSet<QString> written = alreadyStored;
    const auto isNew = [&written](const QString &table, const QString &id) {
        const QString key = table + u':' + id;
        if (written.contains(key))
            return false;
        written.insert(key);
        return true;
    };
    const auto classifications = [&rows](const QString &targetColumn, const QString &targetId,
                                         const QList<Classification> &list) {
        for (const Classification &c : list)
            rows.insert(QStringLiteral("classification"), c.id,
                        {{QStringLiteral("id"), c.id},
                         {QStringLiteral("field"), c.field},
                         {QStringLiteral("reason"), c.reason},
                         {targetColumn, targetId}});
    };
    const auto citations = [&rows](const QString &targetColumn, const QString &targetId,
                                   const QList<Citation> &list) {
        for (const Citation &citation : list)
            rows.insert(QStringLiteral("provenance"), targetId,
                        {{QStringLiteral("quote_id"), citation.quoteId},
                         {targetColumn, targetId},
                         {QStringLiteral("field"), textOrNull(citation.field)}});
    };
    const auto caveats = [&rows](const QString &targetColumn, const QString &targetId,
                                 const QList<Caveat> &list) {
        for (const Caveat &caveat : list)
            rows.insert(QStringLiteral("caveat"), caveat.id,
                        {{QStringLiteral("id"), caveat.id},
                         {QStringLiteral("kind"), caveat.kind},
                         {QStringLiteral("text"), caveat.text},
                         {QStringLiteral("quote_id"), textOrNull(caveat.quoteId)},
                         {QStringLiteral("field"), textOrNull(caveat.field)},
                         {targetColumn, targetId}});
    };
    const auto timepoint = [&](const std::optional<Timepoint> &tp) {
        if (!tp || !isNew(QStringLiteral("timepoint"), tp->id))
            return;
        rows.insert(QStringLiteral("timepoint"), tp->id,
                    {{QStringLiteral("id"), tp->id},
                     {QStringLiteral("label"), tp->label},
                     {QStringLiteral("anchor"), tp->anchor},
                     {QStringLiteral("amount"), valueOrNull(tp->amount)},
                     {QStringLiteral("unit"), textOrNull(tp->unit)}});
        classifications(QStringLiteral("timepoint_id"), tp->id, tp->classifications);
    };

    for (const Source &source : dataset.sources) {
        if (isNew(QStringLiteral("source"), source.id))
            rows.insert(QStringLiteral("source"), source.id,
                        {{QStringLiteral("id"), source.id},
                         {QStringLiteral("kind"), source.kind},
                         {QStringLiteral("citation"), source.citation},
                         {QStringLiteral("title"), source.title},
                         {QStringLiteral("year"), valueOrNull(source.year)},
                         {QStringLiteral("doi"), textOrNull(source.doi)},
                         {QStringLiteral("pmid"), textOrNull(source.pmid)},
                         {QStringLiteral("notes"), textOrNull(source.notes)}});
        for (const Quote &quote : source.quotes)
            if (isNew(QStringLiteral("quote"), quote.id))
                rows.insert(QStringLiteral("quote"), quote.id,
                            {{QStringLiteral("id"), quote.id},
                             {QStringLiteral("source_id"), source.id},
                             {QStringLiteral("text"), quote.text},
                             {QStringLiteral("location"), textOrNull(quote.location)},
                             {QStringLiteral("wording"), quote.wording},
                             {QStringLiteral("note"), textOrNull(quote.note)}});
    }
    for (const Condition &condition : dataset.conditions)
        if (isNew(QStringLiteral("condition"), condition.id))
            rows.insert(QStringLiteral("condition"), condition.id,
                        {{QStringLiteral("id"), condition.id},
                         {QStringLiteral("label"), condition.label},
                         {QStringLiteral("description"), textOrNull(condition.description)}});
    for (const Endpoint &endpoint : dataset.endpoints)
        if (isNew(QStringLiteral("endpoint"), endpoint.id)) {
            rows.insert(
                QStringLiteral("endpoint"), endpoint.id,
                {{QStringLiteral("id"), endpoint.id},
                 {QStringLiteral("label"), endpoint.label},
                 {QStringLiteral("event_label"), endpoint.eventLabel},
                 {QStringLiteral("direction"), endpoint.direction == Direction::HigherIsWorse
                                                   ? QStringLiteral("higher_is_worse")
                                                   : QStringLiteral("higher_is_better")},
                 {QStringLiteral("description"), textOrNull(endpoint.description)}});
            classifications(QStringLiteral("endpoint_id"), endpoint.id, endpoint.classifications);
        }
    for (const Intervention &intervention : dataset.interventions)
        if (isNew(QStringLiteral("intervention"), intervention.id)) {
            rows.insert(QStringLiteral("intervention"), intervention.id,
                        {{QStringLiteral("id"), intervention.id},
                         {QStringLiteral("label"), intervention.label},
                         {QStringLiteral("short_label"), intervention.shortLabel},
                         {QStringLiteral("drug_class"), textOrNull(intervention.drugClass)}});
            classifications(QStringLiteral("intervention_id"), intervention.id,
                            intervention.classifications);
        }

    for (const ReviewAnalysis &analysis : dataset.reviewAnalyses) {
        if (!isNew(QStringLiteral("review_analysis"), analysis.id))
            continue;
        Columns columns{{QStringLiteral("id"), analysis.id},
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
        addNumber(columns, QStringLiteral("estimate"), analysis.estimate);
        addNumber(columns, QStringLiteral("ci_low"), analysis.ciLow);
        addNumber(columns, QStringLiteral("ci_high"), analysis.ciHigh);
        addNumber(columns, QStringLiteral("chi2"), analysis.chi2);
        addNumber(columns, QStringLiteral("df"), analysis.df);
        addNumber(columns, QStringLiteral("p_chi2"), analysis.pChi2);
        addNumber(columns, QStringLiteral("i2"), analysis.i2);
        addNumber(columns, QStringLiteral("tau2"), analysis.tau2);
        addNumber(columns, QStringLiteral("z"), analysis.z);
        addNumber(columns, QStringLiteral("p_z"), analysis.pZ);
        rows.insert(QStringLiteral("review_analysis"), analysis.id, columns);
    }

    if (!goOn())
        return false;
    for (const Study &study : dataset.studies) {
        Columns columns{
            {QStringLiteral("id"), study.id},
            {QStringLiteral("name"), study.name},
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
        rows.insert(QStringLiteral("study"), study.id, columns);
        for (const QString &conditionId : study.conditionIds)
            rows.insert(QStringLiteral("study_condition"), study.id,
                        {{QStringLiteral("study_id"), study.id},
                         {QStringLiteral("condition_id"), conditionId}});
        citations(QStringLiteral("study_id"), study.id, study.citations);
        caveats(QStringLiteral("study_id"), study.id, study.caveats);
        classifications(QStringLiteral("study_id"), study.id, study.classifications);

        for (const Arm &arm : study.arms) {
            Columns armColumns{{QStringLiteral("id"), arm.id},
                               {QStringLiteral("study_id"), study.id},
                               {QStringLiteral("label"), arm.label},
                               {QStringLiteral("role"), arm.role},
                               {QStringLiteral("dose_unit"), textOrNull(arm.doseUnit)},
                               {QStringLiteral("schedule"), textOrNull(arm.schedule)},
                               {QStringLiteral("duration_unit"), textOrNull(arm.durationUnit)},
                               {QStringLiteral("notes"), textOrNull(arm.notes)}};
            addNumber(armColumns, QStringLiteral("dose"), arm.dose);
            addNumber(armColumns, QStringLiteral("duration"), arm.duration);
            addNumber(armColumns, QStringLiteral("size"), arm.size);
            rows.insert(QStringLiteral("arm"), arm.id, armColumns);
            for (const QString &interventionId : arm.interventionIds)
                rows.insert(QStringLiteral("arm_intervention"), arm.id,
                            {{QStringLiteral("arm_id"), arm.id},
                             {QStringLiteral("intervention_id"), interventionId}});
            citations(QStringLiteral("arm_id"), arm.id, arm.citations);
            caveats(QStringLiteral("arm_id"), arm.id, arm.caveats);
            classifications(QStringLiteral("arm_id"), arm.id, arm.classifications);
            for (const Outcome &outcome : arm.outcomes) {
                timepoint(outcome.timepoint);
                Columns outcomeColumns{
                    {QStringLiteral("id"), outcome.id},
                    {QStringLiteral("arm_id"), arm.id},
                    {QStringLiteral("endpoint_id"), outcome.endpointId},
                    {QStringLiteral("timepoint_id"),
                     outcome.timepoint ? QVariant(outcome.timepoint->id) : QVariant()},
                    {QStringLiteral("endpoint_wording"), textOrNull(outcome.endpointWording)},
                    {QStringLiteral("method"), textOrNull(outcome.method)},
                    {QStringLiteral("events"), valueOrNull(outcome.events)},
                    {QStringLiteral("total"), valueOrNull(outcome.total)},
                    {QStringLiteral("finding"), textOrNull(outcome.finding)},
                    {QStringLiteral("analysis_id"), textOrNull(outcome.analysisId)}};
                addNumber(outcomeColumns, QStringLiteral("mean"), outcome.mean);
                addNumber(outcomeColumns, QStringLiteral("sd"), outcome.sd);
                addNumber(outcomeColumns, QStringLiteral("percent"), outcome.percent);
                addNumber(outcomeColumns, QStringLiteral("percent_low"), outcome.percentLow);
                addNumber(outcomeColumns, QStringLiteral("percent_high"), outcome.percentHigh);
                rows.insert(QStringLiteral("outcome"), outcome.id, outcomeColumns);
                citations(QStringLiteral("outcome_id"), outcome.id, outcome.citations);
                caveats(QStringLiteral("outcome_id"), outcome.id, outcome.caveats);
            }
        }
        for (const Effect &effect : study.effects) {
            timepoint(effect.timepoint);
            Columns effectColumns{
                {QStringLiteral("id"), effect.id},
                {QStringLiteral("study_id"), study.id},
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
                {QStringLiteral("p_value"),
                 effect.pValue ? QVariant(effect.pValue->value) : QVariant()},
                {QStringLiteral("p_printed"),
                 effect.pValue ? QVariant(effect.pValue->printed) : QVariant()},
                {QStringLiteral("analysis"), textOrNull(effect.analysis)},
                {QStringLiteral("claim"), textOrNull(effect.claim)},
                {QStringLiteral("claim_wording"), textOrNull(effect.claimWording)},
                {QStringLiteral("analysis_id"), textOrNull(effect.analysisId)}};
            addNumber(effectColumns, QStringLiteral("standard_error"), effect.standardError);
            addNumber(effectColumns, QStringLiteral("estimate"), effect.estimate);
            addNumber(effectColumns, QStringLiteral("ci_low"), effect.ciLow);
            addNumber(effectColumns, QStringLiteral("ci_high"), effect.ciHigh);
            const OptionalNumber &reduction = effect.relativeReductionPercent;
            effectColumns.append({QStringLiteral("relative_reduction_percent"),
                                  reduction ? QVariant(reduction->value) : QVariant()});
            effectColumns.append({QStringLiteral("relative_reduction_printed"),
                                  reduction ? QVariant(reduction->printed) : QVariant()});
            rows.insert(QStringLiteral("effect"), effect.id, effectColumns);
            citations(QStringLiteral("effect_id"), effect.id, effect.citations);
            caveats(QStringLiteral("effect_id"), effect.id, effect.caveats);
        }
        ++studiesWritten;
        if (!goOn())
            return false;
    }

    // The id the window gives a note (EvidenceEditor::annotateStudy), so that it edits this one.
    for (const UserNote &note : dataset.userNotes)
        rows.insert(QStringLiteral("annotation"), note.studyId,
                    {{QStringLiteral("id"), QString(QStringLiteral("note:") + note.studyId)},
                     {QStringLiteral("study_id"), note.studyId},
                     {QStringLiteral("text"), note.text}});

    for (const TherapyFact &fact : dataset.therapyFacts) {
        if (!isNew(QStringLiteral("therapy_fact"), fact.id))
            continue;
        Columns columns{{QStringLiteral("id"), fact.id},
                        {QStringLiteral("intervention_id"), fact.interventionId},
                        {QStringLiteral("topic"), fact.topic},
                        {QStringLiteral("statement"), fact.statement},
                        {QStringLiteral("relation"), textOrNull(fact.relation)},
                        {QStringLiteral("unit"), textOrNull(fact.unit)}};
        addNumber(columns, QStringLiteral("value"), fact.value);
        rows.insert(QStringLiteral("therapy_fact"), fact.id, columns);
        citations(QStringLiteral("fact_id"), fact.id, fact.citations);
    }
    return true;
}

} // namespace eb
