// SPDX-License-Identifier: MIT
#include "data/EvidenceRepository.h"

#include "data/DatabaseError.h"
#include "data/SchemaConformance.h"
#include "data/SchemaMigrator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>
#include <QVariant>

#include <cmath>
#include <utility>

namespace eb {
namespace {

// Runs one SELECT on one table and hands each row to a reader that knows how NULL maps to
// "not reported". A damaged database is refused, never read as something else: a column
// that is missing, or text where a number belongs, throws DatabaseError naming the file,
// table, row and column.
class Rows
{
public:
    Rows(const QSqlDatabase &connection, const char *table, const QString &sql,
         const QVariantList &values = {})
        : m_query(connection)
        , m_table(QLatin1StringView(table))
        , m_path(connection.databaseName())
    {
        m_query.setForwardOnly(true);
        m_query.prepare(sql);
        for (const QVariant &value : values)
            m_query.addBindValue(value);
        if (!m_query.exec())
            throw DatabaseError(QStringLiteral("%1: cannot read table %2: %3")
                                    .arg(m_path, m_table, m_query.lastError().text()));
        m_record = m_query.record();
    }

    bool next() { return m_query.next(); }

    QString text(const char *column) const
    {
        const QVariant value = valueOf(column);
        return value.isNull() ? QString() : value.toString();
    }

    std::optional<double> real(const char *column) const
    {
        const QVariant value = valueOf(column);
        if (value.isNull())
            return std::nullopt;
        if (!isNumber(value))
            refuseNotANumber(column, value);
        return value.toDouble();
    }

    std::optional<int> integer(const char *column) const
    {
        const QVariant value = valueOf(column);
        if (value.isNull())
            return std::nullopt;
        if (!isNumber(value) || value.toDouble() != std::trunc(value.toDouble()))
            refuseNotANumber(column, value);
        return value.toInt();
    }

    // A number and its printed twin; a number without printed digits prints as stored.
    OptionalNumber number(const char *column, const char *printedColumn) const
    {
        const std::optional<double> value = real(column);
        if (!value)
            return std::nullopt;
        QString printed = printedColumn ? text(printedColumn) : QString();
        if (printed.isEmpty())
            printed = QString::number(*value);
        return ReportedNumber{*value, printed};
    }

private:
    static bool isNumber(const QVariant &value)
    {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            return std::isfinite(value.toDouble());
        default:
            return false;
        }
    }

    QVariant valueOf(const char *column) const
    {
        const int index = indexOf(column);
        if (index < 0)
            throw DatabaseError(QStringLiteral("%1 is damaged: table %2 has no column %3; it was "
                                               "not changed")
                                    .arg(m_path, m_table, QLatin1StringView(column)));
        return m_query.value(index);
    }

    // Readers name columns with string literals, the same few for every row: the record's
    // search by name (a third of the time of reading a row) is done once per literal, which
    // is known by its address (so a column name must outlive the query that reads it).
    int indexOf(const char *column) const
    {
        for (const auto &[name, index] : m_indexes)
            if (name == column)
                return index;
        const int index = m_record.indexOf(QLatin1StringView(column));
        m_indexes.append({column, index});
        return index;
    }

    [[noreturn]] void refuseNotANumber(const char *column, const QVariant &value) const
    {
        const int idIndex = m_record.indexOf(QLatin1StringView("id"));
        const QString row = idIndex >= 0
                                ? QStringLiteral("row '%1'").arg(m_query.value(idIndex).toString())
                                : QStringLiteral("a row");
        throw DatabaseError(
            QStringLiteral("%1 is damaged: table %2, %3, column %4 holds '%5', "
                           "which is not a number; it was not changed")
                .arg(m_path, m_table, row, QLatin1StringView(column), value.toString()));
    }

    QSqlQuery m_query;
    QSqlRecord m_record;
    mutable QVarLengthArray<std::pair<const char *, int>, 32> m_indexes;
    QString m_table;
    QString m_path;
};

// Every row must point at rows that exist (foreign keys may have been off when it was
// changed): a result under the wrong study is worse than no result.
void refuseDanglingReferences(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT \"table\", rowid, parent FROM "
                                   "pragma_foreign_key_check LIMIT 1")))
        throw DatabaseError(QStringLiteral("%1: cannot check references: %2")
                                .arg(connection.databaseName(), query.lastError().text()));
    if (!query.next())
        return;
    const QString table = query.value(0).toString();
    const QString rowid = query.value(1).toString();
    const QString parent = query.value(2).toString();
    QString row = QStringLiteral("rowid %1").arg(rowid);
    QSqlQuery id(connection);
    // The table name comes from SQLite's own schema, not from the user.
    if (id.exec(QStringLiteral("SELECT id FROM \"%1\" WHERE rowid = %2").arg(table, rowid)) &&
        id.next())
        row = QStringLiteral("'%1'").arg(id.value(0).toString());
    throw DatabaseError(QStringLiteral("%1 is damaged: %2 %3 points at a %4 row that does not "
                                       "exist; it was not changed")
                            .arg(connection.databaseName(), table, row, parent));
}

// The row of a parent already loaded; refuse rather than attach a child to the wrong parent.
qsizetype parentRow(const QHash<QString, qsizetype> &index, const QString &id, const char *table,
                    const QString &path)
{
    const auto found = index.constFind(id);
    if (found == index.constEnd())
        throw DatabaseError(
            QStringLiteral("%1 is damaged: a row of table %2 names study '%3', which is not "
                           "loaded; it was not changed")
                .arg(path, QLatin1StringView(table), id));
    return *found;
}

// The part of a selection stored as columns, as a condition on a row of table study (named
// study) with bound values: conditions and the study id filter in the database. Designs,
// treatments and text are derived by core's rules and filter in memory
// (StudySelection::matches), which every caller applies to what this loads.
struct StudySql
{
    QString where = QStringLiteral("1");
    QVariantList values;

    explicit StudySql(const StudySelection &selection)
    {
        QStringList clauses;
        if (!selection.conditionIds.isEmpty()) {
            QStringList ids(selection.conditionIds.cbegin(), selection.conditionIds.cend());
            ids.sort();
            // Asked of each study in stored order (one probe of study_condition's key): a
            // page then reads only as far as its last study. "study_id IN (the condition's
            // studies)" looked up and sorted every study of the condition for each page.
            clauses.append(QStringLiteral("EXISTS (SELECT 1 FROM study_condition c WHERE "
                                          "c.study_id = study.id AND c.condition_id IN (%1))")
                               .arg(QStringList(ids.size(), QStringLiteral("?")).join(u',')));
            for (const QString &id : ids)
                values.append(id);
        }
        if (!selection.studyId.isEmpty()) {
            clauses.append(QStringLiteral("study_id = ?"));
            values.append(selection.studyId);
        }
        if (!clauses.isEmpty())
            where = clauses.join(QStringLiteral(" AND "));
    }

    // Exactly these studies (a page of the window's list), bound as one JSON array.
    static StudySql ofIds(const QStringList &ids)
    {
        StudySql sql{StudySelection()};
        sql.where = QStringLiteral("study_id IN (SELECT value FROM json_each(?))");
        sql.values.append(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
        return sql;
    }

    bool filters() const { return !values.isEmpty(); }
};

// The studies one read covers, as a condition on a study id column: every study, or the ids
// of a page (bound as one JSON array, so a page of any size is one parameter). Child rows
// are read through it, so a filtered or paged read touches only its own studies' rows.
class StudyScope
{
public:
    static StudyScope all() { return StudyScope(true, {}); }
    static StudyScope of(const QStringList &studyIds)
    {
        return StudyScope(false,
                          QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(studyIds))
                                                .toJson(QJsonDocument::Compact)));
    }

    bool isAll() const { return m_all; }
    // "column IN (...)", its value appended to values; "1" for every study.
    QString on(const QString &column, QVariantList &values) const
    {
        if (m_all)
            return QStringLiteral("1");
        values.append(m_ids);
        return column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
    }
    QString arms(QVariantList &values) const
    {
        return QStringLiteral("SELECT id FROM arm WHERE ") + on(QStringLiteral("study_id"), values);
    }
    QString outcomes(QVariantList &values) const
    {
        return QStringLiteral("SELECT outcome.id FROM outcome JOIN arm ON arm.id = outcome.arm_id "
                              "WHERE ") +
               on(QStringLiteral("arm.study_id"), values);
    }
    QString effects(QVariantList &values) const
    {
        return QStringLiteral("SELECT id FROM effect WHERE ") +
               on(QStringLiteral("study_id"), values);
    }
    // A row that targets one study, arm, outcome or effect of the scope.
    QString targets(QVariantList &values) const
    {
        if (m_all)
            return QStringLiteral("1");
        return QStringLiteral("(") + on(QStringLiteral("study_id"), values) +
               QStringLiteral(" OR arm_id IN (") + arms(values) +
               QStringLiteral(") OR outcome_id IN (") + outcomes(values) +
               QStringLiteral(") OR effect_id IN (") + effects(values) + QStringLiteral("))");
    }

private:
    StudyScope(bool all, QString ids)
        : m_all(all)
        , m_ids(std::move(ids))
    {}

    bool m_all;
    QString m_ids;
};

struct Annotations
{
    QHash<QString, QList<Citation>> citations; // keyed by "study:<id>", "arm:<id>", ...
    QHash<QString, QList<Caveat>> caveats;
    QHash<QString, QList<Classification>> classifications;
};

QString targetKey(const Rows &row)
{
    static const char *const targets[] = {"study_id",     "arm_id",         "outcome_id",
                                          "effect_id",    "fact_id",        "endpoint_id",
                                          "timepoint_id", "intervention_id"};
    for (const char *column : targets) {
        const QString id = row.text(column);
        if (!id.isEmpty())
            return QLatin1StringView(column).chopped(3) + u':' + id;
    }
    return QString();
}

// The annotations of the scope's rows; withVocabulary adds the classifications of endpoints,
// time points and interventions, withFacts the citations of therapy-wide facts.
Annotations loadAnnotations(const QSqlDatabase &connection, const StudyScope &scope,
                            bool withVocabulary, bool withFacts, bool withCitations = true)
{
    Annotations annotations;
    QVariantList values;
    if (withCitations) {
        QString where = scope.targets(values);
        if (withFacts && !scope.isAll())
            where += QStringLiteral(" OR fact_id IS NOT NULL");
        Rows citations(connection, "provenance",
                       QStringLiteral("SELECT * FROM provenance WHERE ") + where +
                           QStringLiteral(" ORDER BY id"),
                       values);
        while (citations.next())
            annotations.citations[targetKey(citations)].append(
                {citations.text("quote_id"), citations.text("field")});
        values.clear();
    }
    Rows caveats(connection, "caveat",
                 QStringLiteral("SELECT *, NULL AS fact_id FROM caveat WHERE ") +
                     scope.targets(values) + QStringLiteral(" ORDER BY id"),
                 values);
    while (caveats.next())
        annotations.caveats[targetKey(caveats)].append(
            {caveats.text("id"), caveats.text("kind"), caveats.text("text"),
             caveats.text("quote_id"), caveats.text("field")});
    values.clear();
    QString classified = scope.isAll()
                             ? QStringLiteral("1")
                             : QStringLiteral("(") + scope.on(QStringLiteral("study_id"), values) +
                                   QStringLiteral(" OR arm_id IN (") + scope.arms(values) +
                                   QStringLiteral("))");
    if (withVocabulary && !scope.isAll())
        classified += QStringLiteral(" OR endpoint_id IS NOT NULL OR timepoint_id IS NOT NULL OR "
                                     "intervention_id IS NOT NULL");
    Rows classifications(connection, "classification",
                         QStringLiteral("SELECT *, NULL AS outcome_id, NULL AS effect_id, "
                                        "NULL AS fact_id FROM classification WHERE ") +
                             classified + QStringLiteral(" ORDER BY rowid"),
                         values);
    while (classifications.next())
        annotations.classifications[targetKey(classifications)].append(
            {classifications.text("id"), classifications.text("field"),
             classifications.text("reason")});
    return annotations;
}

QHash<QString, Timepoint> loadTimepoints(const QSqlDatabase &connection,
                                         const Annotations &annotations)
{
    QHash<QString, Timepoint> timepoints;
    Rows row(connection, "timepoint", QStringLiteral("SELECT * FROM timepoint"));
    while (row.next()) {
        const QString id = row.text("id");
        timepoints.insert(
            id, {id, row.text("label"), row.text("anchor"), row.real("amount"), row.text("unit"),
                 annotations.classifications.value(QStringLiteral("timepoint:") + id)});
    }
    return timepoints;
}

std::optional<Timepoint> timepointOf(const Rows &row, const QHash<QString, Timepoint> &timepoints)
{
    const QString id = row.text("timepoint_id");
    if (id.isEmpty())
        return std::nullopt;
    return timepoints.value(id);
}

void collectQuoteIds(const QList<Citation> &citations, const QList<Caveat> &caveats,
                     QSet<QString> &quoteIds)
{
    for (const Citation &citation : citations)
        quoteIds.insert(citation.quoteId);
    for (const Caveat &caveat : caveats)
        if (!caveat.quoteId.isEmpty())
            quoteIds.insert(caveat.quoteId);
}

QSet<QString> quotesCitedBy(const Dataset &dataset)
{
    QSet<QString> quoteIds;
    for (const Study &study : dataset.studies) {
        collectQuoteIds(study.citations, study.caveats, quoteIds);
        for (const Arm &arm : study.arms) {
            collectQuoteIds(arm.citations, arm.caveats, quoteIds);
            for (const Outcome &outcome : arm.outcomes)
                collectQuoteIds(outcome.citations, outcome.caveats, quoteIds);
        }
        for (const Effect &effect : study.effects)
            collectQuoteIds(effect.citations, effect.caveats, quoteIds);
    }
    for (const TherapyFact &fact : dataset.therapyFacts)
        collectQuoteIds(fact.citations, {}, quoteIds);
    for (const ReviewAnalysis &analysis : dataset.reviewAnalyses)
        quoteIds.insert(analysis.quoteId);
    return quoteIds;
}

Source sourceOf(const Rows &source)
{
    Source s;
    s.id = source.text("id");
    s.kind = source.text("kind");
    s.citation = source.text("citation");
    s.title = source.text("title");
    s.year = source.integer("year");
    s.doi = source.text("doi");
    s.pmid = source.text("pmid");
    s.notes = source.text("notes");
    s.bundled = source.text("origin") == u"bundled";
    return s;
}

Quote quoteOf(const Rows &quote)
{
    return {quote.text("id"),       quote.text("source_id"), quote.text("text"),
            quote.text("location"), quote.text("wording"),   quote.text("note")};
}

// All sources, or for a filtered dataset only the sources and quotes its rows cite.
QList<Source> loadSources(const QSqlDatabase &connection, const Dataset &dataset)
{
    const bool onlyCited = dataset.partial;
    const QSet<QString> cited = onlyCited ? quotesCitedBy(dataset) : QSet<QString>();
    QHash<QString, QList<Quote>> quotesBySource;
    Rows quote(connection, "quote", QStringLiteral("SELECT * FROM quote ORDER BY rowid"));
    while (quote.next()) {
        if (onlyCited && !cited.contains(quote.text("id")))
            continue;
        Quote q = quoteOf(quote);
        quotesBySource[q.sourceId].append(q);
    }
    QList<Source> sources;
    Rows source(connection, "source", QStringLiteral("SELECT * FROM source ORDER BY rowid"));
    while (source.next()) {
        const auto quotes = quotesBySource.constFind(source.text("id"));
        if (onlyCited && quotes == quotesBySource.constEnd())
            continue;
        Source s = sourceOf(source);
        if (quotes != quotesBySource.constEnd())
            s.quotes = *quotes;
        sources.append(s);
    }
    return sources;
}

ReviewAnalysis reviewAnalysisOf(const Rows &row)
{
    ReviewAnalysis a;
    a.id = row.text("id");
    a.sourceId = row.text("source_id");
    a.quoteId = row.text("quote_id");
    a.endpointId = row.text("endpoint_id");
    a.parentId = row.text("parent_id");
    a.comparison = row.text("comparison");
    a.outcome = row.text("outcome");
    a.subgroup = row.text("subgroup");
    a.dataType = row.text("data_type");
    a.measure = row.text("measure");
    a.method = row.text("method");
    a.model = row.text("model");
    a.groupLabel1 = row.text("group_label_1");
    a.groupLabel2 = row.text("group_label_2");
    a.graphLabel1 = row.text("graph_label_1");
    a.graphLabel2 = row.text("graph_label_2");
    a.estimate = row.number("estimate", "estimate_printed");
    a.ciLow = row.number("ci_low", "ci_low_printed");
    a.ciHigh = row.number("ci_high", "ci_high_printed");
    a.chi2 = row.number("chi2", "chi2_printed");
    a.df = row.number("df", "df_printed");
    a.pChi2 = row.number("p_chi2", "p_chi2_printed");
    a.i2 = row.number("i2", "i2_printed");
    a.tau2 = row.number("tau2", "tau2_printed");
    a.z = row.number("z", "z_printed");
    a.pZ = row.number("p_z", "p_z_printed");
    return a;
}

// The sources a partial dataset cites, with only the quotes it cites, read by id (a full load
// reads the whole quote table).
QList<Source> loadCitedSources(const QSqlDatabase &connection, const Dataset &dataset)
{
    const auto jsonArray = [](const QStringList &ids) {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    };
    const QSet<QString> cited = quotesCitedBy(dataset);
    QHash<QString, QList<Quote>> quotesBySource;
    Rows quote(connection, "quote",
               QStringLiteral("SELECT * FROM quote WHERE id IN (SELECT value FROM json_each(?)) "
                              "ORDER BY rowid"),
               {jsonArray(QStringList(cited.cbegin(), cited.cend()))});
    while (quote.next()) {
        Quote q = quoteOf(quote);
        quotesBySource[q.sourceId].append(q);
    }
    QList<Source> sources;
    Rows source(connection, "source",
                QStringLiteral("SELECT * FROM source WHERE id IN (SELECT value FROM json_each(?)) "
                               "ORDER BY rowid"),
                {jsonArray(quotesBySource.keys())});
    while (source.next()) {
        Source s = sourceOf(source);
        s.quotes = quotesBySource.value(s.id);
        sources.append(s);
    }
    return sources;
}

// Everything of a dataset but its studies and sources: versions, vocabulary, review analyses,
// and the therapy-wide facts when no study criterion is stored in the database.
Dataset loadHeader(const QSqlDatabase &connection, const StudySelection &selection,
                   const Annotations &annotations)
{
    Dataset dataset;
    QStringList conditionIds(selection.conditionIds.cbegin(), selection.conditionIds.cend());
    conditionIds.sort();
    dataset.conditionFilter = conditionIds.join(u',');
    dataset.partial = StudySql(selection).filters();
    dataset.schemaVersion = SchemaMigrator::currentVersion(connection);
    {
        Rows row(connection, "dataset_meta",
                 QStringLiteral("SELECT value FROM dataset_meta WHERE key = 'dataset_version'"));
        if (row.next())
            dataset.datasetVersion = row.text("value");
    }

    Rows condition(connection, "condition", QStringLiteral("SELECT * FROM condition ORDER BY id"));
    while (condition.next())
        dataset.conditions.append(
            {condition.text("id"), condition.text("label"), condition.text("description")});

    Rows endpoint(connection, "endpoint", QStringLiteral("SELECT * FROM endpoint ORDER BY id"));
    while (endpoint.next())
        dataset.endpoints.append(
            {endpoint.text("id"), endpoint.text("label"), endpoint.text("event_label"),
             endpoint.text("direction") == u"higher_is_worse" ? Direction::HigherIsWorse
                                                              : Direction::HigherIsBetter,
             endpoint.text("description"),
             annotations.classifications.value(QStringLiteral("endpoint:") + endpoint.text("id"))});

    Rows intervention(connection, "intervention",
                      QStringLiteral("SELECT * FROM intervention ORDER BY id"));
    while (intervention.next())
        dataset.interventions.append(
            {intervention.text("id"), intervention.text("label"), intervention.text("short_label"),
             intervention.text("drug_class"),
             annotations.classifications.value(QStringLiteral("intervention:") +
                                               intervention.text("id"))});

    Rows analysis(connection, "review_analysis",
                  QStringLiteral("SELECT * FROM review_analysis ORDER BY rowid"));
    while (analysis.next())
        dataset.reviewAnalyses.append(reviewAnalysisOf(analysis));

    if (!dataset.partial) {
        Rows fact(connection, "therapy_fact",
                  QStringLiteral("SELECT * FROM therapy_fact ORDER BY rowid"));
        while (fact.next()) {
            const QString id = fact.text("id");
            dataset.therapyFacts.append(
                {id, fact.text("intervention_id"), fact.text("topic"), fact.text("statement"),
                 fact.text("relation"), fact.number("value", "value_printed"), fact.text("unit"),
                 annotations.citations.value(QStringLiteral("fact:") + id)});
        }
    }
    return dataset;
}

Study studyOf(const Rows &study)
{
    Study s;
    s.id = study.text("id");
    s.name = study.text("name");
    s.kind = study.text("kind");
    s.design = study.text("design");
    s.population = study.text("population");
    s.country = study.text("country");
    s.size = study.number("size", "size_printed");
    s.includedStudies = study.number("included_studies", "included_studies_printed");
    s.followUp = study.number("follow_up", "follow_up_printed");
    s.followUpUnit = study.text("follow_up_unit");
    s.followUpStatistic = study.text("follow_up_statistic");
    s.notes = study.text("notes");
    s.origin = study.text("origin");
    s.userNote = study.text("user_note");
    return s;
}

Arm armOf(const Rows &arm)
{
    Arm a;
    a.id = arm.text("id");
    a.label = arm.text("label");
    a.role = arm.text("role");
    a.dose = arm.number("dose", "dose_printed");
    a.doseUnit = arm.text("dose_unit");
    a.schedule = arm.text("schedule");
    a.duration = arm.number("duration", "duration_printed");
    a.durationUnit = arm.text("duration_unit");
    a.size = arm.number("size", "size_printed");
    a.notes = arm.text("notes");
    return a;
}

Outcome outcomeOf(const Rows &outcome, const QHash<QString, Timepoint> &timepoints)
{
    Outcome o;
    o.id = outcome.text("id");
    o.endpointId = outcome.text("endpoint_id");
    o.timepoint = timepointOf(outcome, timepoints);
    o.endpointWording = outcome.text("endpoint_wording");
    o.method = outcome.text("method");
    o.events = outcome.integer("events");
    o.total = outcome.integer("total");
    o.percent = outcome.number("percent", "percent_printed");
    o.percentLow = outcome.number("percent_low", "percent_low_printed");
    o.percentHigh = outcome.number("percent_high", "percent_high_printed");
    o.finding = outcome.text("finding");
    o.mean = outcome.number("mean", "mean_printed");
    o.sd = outcome.number("sd", "sd_printed");
    o.analysisId = outcome.text("analysis_id");
    return o;
}

Effect effectOf(const Rows &effect, const QHash<QString, Timepoint> &timepoints)
{
    Effect e;
    e.id = effect.text("id");
    e.endpointId = effect.text("endpoint_id");
    e.timepoint = timepointOf(effect, timepoints);
    e.endpointWording = effect.text("endpoint_wording");
    e.treatmentArmId = effect.text("treatment_arm_id");
    e.comparatorArmId = effect.text("comparator_arm_id");
    e.measure = effect.text("measure");
    e.estimate = effect.number("estimate", "estimate_printed");
    e.ciLevel = effect.real("ci_level");
    e.ciLow = effect.number("ci_low", "ci_low_printed");
    e.ciHigh = effect.number("ci_high", "ci_high_printed");
    if (const std::optional<double> p = effect.real("p_value"))
        e.pValue = ReportedPValue{effect.text("p_relation"), *p, effect.text("p_printed")};
    e.analysis = effect.text("analysis");
    e.relativeReductionPercent =
        effect.number("relative_reduction_percent", "relative_reduction_printed");
    e.claim = effect.text("claim");
    e.claimWording = effect.text("claim_wording");
    e.standardError = effect.number("standard_error", "standard_error_printed");
    e.analysisId = effect.text("analysis_id");
    return e;
}

// The selection's studies after `cursor` in stored order (at most `limit`; -1: all), each
// with its conditions, arms, outcomes, effects and annotations. Only those studies' rows are
// read, except for an unlimited read of every study, which reads whole tables.
QList<Study> loadStudies(const QSqlDatabase &connection, const StudySql &filter,
                         StudyCursor &cursor, int limit, StudyParts parts = StudyParts::All)
{
    const QString path = connection.databaseName();
    QVariantList values = filter.values;
    values << cursor.afterRowid << limit;
    QList<Study> studies;
    QList<qint64> rowids;
    {
        Rows study(connection, "study",
                   QStringLiteral("SELECT *, rowid AS study_rowid, id AS study_id, (SELECT text "
                                  "FROM annotation a WHERE a.study_id = study.id) AS user_note "
                                  "FROM study WHERE ") +
                       filter.where + QStringLiteral(" AND rowid > ? ORDER BY rowid LIMIT ?"),
                   values);
        while (study.next()) {
            studies.append(studyOf(study));
            rowids.append(*study.integer("study_rowid"));
        }
    }
    cursor.finished = limit < 0 || studies.size() < limit;
    if (studies.isEmpty())
        return studies;
    cursor.afterRowid = rowids.constLast();

    QStringList ids;
    QHash<QString, qsizetype> studyIndex;
    for (qsizetype i = 0; i < studies.size(); ++i) {
        ids.append(studies[i].id);
        studyIndex.insert(studies[i].id, i);
    }
    const StudyScope scope =
        limit < 0 && !filter.filters() ? StudyScope::all() : StudyScope::of(ids);
    const Annotations annotations =
        loadAnnotations(connection, scope, true, false, parts == StudyParts::All);
    const QHash<QString, Timepoint> timepoints = loadTimepoints(connection, annotations);
    for (Study &s : studies) {
        s.citations = annotations.citations.value(QStringLiteral("study:") + s.id);
        s.caveats = annotations.caveats.value(QStringLiteral("study:") + s.id);
        s.classifications = annotations.classifications.value(QStringLiteral("study:") + s.id);
    }

    values.clear();
    Rows studyCondition(connection, "study_condition",
                        QStringLiteral("SELECT * FROM study_condition WHERE ") +
                            scope.on(QStringLiteral("study_id"), values) +
                            QStringLiteral(" ORDER BY condition_id"),
                        values);
    while (studyCondition.next()) {
        const auto found = studyIndex.constFind(studyCondition.text("study_id"));
        if (found != studyIndex.constEnd())
            studies[*found].conditionIds.append(studyCondition.text("condition_id"));
    }

    QHash<QString, std::pair<qsizetype, qsizetype>> armIndex; // arm id -> (study, arm)
    values.clear();
    Rows arm(connection, "arm",
             QStringLiteral("SELECT * FROM arm WHERE ") +
                 scope.on(QStringLiteral("study_id"), values) + QStringLiteral(" ORDER BY rowid"),
             values);
    while (arm.next()) {
        Arm a = armOf(arm);
        a.citations = annotations.citations.value(QStringLiteral("arm:") + a.id);
        a.caveats = annotations.caveats.value(QStringLiteral("arm:") + a.id);
        a.classifications = annotations.classifications.value(QStringLiteral("arm:") + a.id);
        const qsizetype studyRow = parentRow(studyIndex, arm.text("study_id"), "arm", path);
        armIndex.insert(a.id, {studyRow, studies[studyRow].arms.size()});
        studies[studyRow].arms.append(a);
    }

    values.clear();
    Rows armIntervention(connection, "arm_intervention",
                         QStringLiteral("SELECT * FROM arm_intervention WHERE arm_id IN (") +
                             scope.arms(values) +
                             QStringLiteral(") ORDER BY arm_id, intervention_id"),
                         values);
    while (armIntervention.next()) {
        const auto found = armIndex.constFind(armIntervention.text("arm_id"));
        if (found != armIndex.constEnd())
            studies[found->first].arms[found->second].interventionIds.append(
                armIntervention.text("intervention_id"));
    }

    values.clear();
    Rows outcome(connection, "outcome",
                 QStringLiteral("SELECT * FROM outcome WHERE arm_id IN (") + scope.arms(values) +
                     QStringLiteral(") ORDER BY rowid"),
                 values);
    while (outcome.next()) {
        const auto found = armIndex.constFind(outcome.text("arm_id"));
        if (found == armIndex.constEnd())
            continue;
        Outcome o = outcomeOf(outcome, timepoints);
        o.citations = annotations.citations.value(QStringLiteral("outcome:") + o.id);
        o.caveats = annotations.caveats.value(QStringLiteral("outcome:") + o.id);
        studies[found->first].arms[found->second].outcomes.append(o);
    }

    values.clear();
    Rows effect(connection, "effect",
                QStringLiteral("SELECT * FROM effect WHERE ") +
                    scope.on(QStringLiteral("study_id"), values) +
                    QStringLiteral(" ORDER BY rowid"),
                values);
    while (effect.next()) {
        Effect e = effectOf(effect, timepoints);
        e.citations = annotations.citations.value(QStringLiteral("effect:") + e.id);
        e.caveats = annotations.caveats.value(QStringLiteral("effect:") + e.id);
        studies[parentRow(studyIndex, effect.text("study_id"), "effect", path)].effects.append(e);
    }
    return studies;
}

} // namespace

EvidenceRepository::EvidenceRepository(QSqlDatabase connection)
    : m_connection(std::move(connection))
{}

std::optional<QString> EvidenceRepository::findConditionId(const QString &userText) const
{
    Rows row(m_connection, "condition",
             QStringLiteral("SELECT id FROM condition WHERE id = lower(?)"), {userText.trimmed()});
    if (!row.next())
        return std::nullopt;
    return row.text("id");
}

QStringList EvidenceRepository::conditionIds() const
{
    QStringList ids;
    Rows row(m_connection, "condition", QStringLiteral("SELECT id FROM condition ORDER BY id"));
    while (row.next())
        ids.append(row.text("id"));
    return ids;
}

Dataset EvidenceRepository::load(const StudySelection &selection) const
{
    Dataset dataset = loadHeader(selection);
    StudyCursor cursor;
    dataset.studies = eb::loadStudies(m_connection, StudySql(selection), cursor, -1);
    dataset.sources = loadSources(m_connection, dataset);
    return dataset;
}

Dataset EvidenceRepository::loadHeader(const StudySelection &selection) const
{
    refuseDamage();
    const bool facts = !StudySql(selection).filters();
    return eb::loadHeader(m_connection, selection,
                          loadAnnotations(m_connection, StudyScope::of({}), true, facts));
}

void EvidenceRepository::refuseDamage() const
{
    refuseDanglingReferences(m_connection);
    SchemaConformance::refuseNonconforming(m_connection);
}

Dataset EvidenceRepository::loadHeaderUnchecked() const
{
    return eb::loadHeader(m_connection, StudySelection(),
                          loadAnnotations(m_connection, StudyScope::of({}), true, true));
}

QList<Study> EvidenceRepository::loadStudies(const StudySelection &selection, StudyCursor &cursor,
                                             int limit, StudyParts parts) const
{
    return eb::loadStudies(m_connection, StudySql(selection), cursor, limit, parts);
}

Dataset EvidenceRepository::loadStudiesWithIds(const Dataset &header, const QStringList &ids) const
{
    Dataset dataset = header;
    dataset.partial = true;
    StudyCursor cursor;
    dataset.studies = eb::loadStudies(m_connection, StudySql::ofIds(ids), cursor, -1);
    dataset.sources = loadCitedSources(m_connection, dataset);
    return dataset;
}

QSet<QString> EvidenceRepository::quotesCitedBy(const StudySelection &selection) const
{
    const StudySql filter(selection);
    const QString studies =
        QStringLiteral("SELECT id AS study_id FROM study WHERE ") + filter.where;
    const QString where =
        QStringLiteral(" WHERE (study_id IN (%1) OR arm_id IN (SELECT id FROM arm WHERE study_id "
                       "IN (%1)) OR outcome_id IN (SELECT outcome.id FROM outcome JOIN arm ON "
                       "arm.id = outcome.arm_id WHERE arm.study_id IN (%1)) OR effect_id IN "
                       "(SELECT id FROM effect WHERE study_id IN (%1)))")
            .arg(studies);
    QVariantList values;
    for (int i = 0; i < 8; ++i)
        values += filter.values;
    QSet<QString> quoteIds;
    Rows quote(m_connection, "provenance",
               QStringLiteral("SELECT quote_id FROM provenance") + where +
                   QStringLiteral(" UNION SELECT quote_id FROM caveat") + where +
                   QStringLiteral(" AND quote_id IS NOT NULL UNION SELECT quote_id FROM "
                                  "review_analysis"),
               values);
    while (quote.next())
        quoteIds.insert(quote.text("quote_id"));
    return quoteIds;
}

QString EvidenceRepository::studiesContainingSql(const QString &text, QVariantList &values)
{
    const QString wanted = text.trimmed();
    QString match;
    if (wanted.size() >= 3) {
        // One phrase: with the trigram tokenizer, a substring of the indexed text.
        match = QStringLiteral("study_text MATCH ?");
        values.append(QString(u'"' + QString(wanted).replace(u'"', QStringLiteral("\"\"")) + u'"'));
    } else {
        match = QStringLiteral("study_text.text LIKE ? ESCAPE '\\'");
        QString escaped = wanted;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        values.append(QString(u'%' + escaped + u'%'));
    }
    // Each indexed row leads to its study: directly, through its arm, or, for a caveat or a
    // cited quote, through the row it is attached to.
    const QString studyOfTarget = QStringLiteral(
        "coalesce(x.study_id, (SELECT study_id FROM arm WHERE id = x.arm_id), "
        "(SELECT arm.study_id FROM outcome JOIN arm ON arm.id = outcome.arm_id WHERE outcome.id "
        "= x.outcome_id), (SELECT study_id FROM effect WHERE id = x.effect_id))");
    return QStringLiteral(
               "WITH hit(kind, id) AS MATERIALIZED (SELECT r.kind, r.id FROM study_text JOIN "
               "study_text_row r ON r.row = study_text.rowid WHERE %1) "
               "SELECT id AS study_id FROM hit WHERE kind = 'study' "
               "UNION SELECT x.study_id FROM hit JOIN arm x ON x.id = hit.id WHERE hit.kind = "
               "'arm' "
               "UNION SELECT a.study_id FROM hit JOIN outcome x ON x.id = hit.id JOIN arm a ON "
               "a.id "
               "= x.arm_id WHERE hit.kind = 'outcome' "
               "UNION SELECT x.study_id FROM hit JOIN effect x ON x.id = hit.id WHERE hit.kind = "
               "'effect' "
               "UNION SELECT %2 FROM hit JOIN caveat x ON x.id = hit.id WHERE hit.kind = 'caveat' "
               "UNION SELECT %2 FROM hit JOIN provenance x ON x.quote_id = hit.id WHERE hit.kind = "
               "'quote'")
        .arg(match, studyOfTarget);
}

QSet<QString> EvidenceRepository::studiesContaining(const QString &text) const
{
    QVariantList values;
    const QString sql = studiesContainingSql(text, values);
    QSet<QString> studyIds;
    Rows study(m_connection, "study_text", sql, values);
    while (study.next())
        if (const QString id = study.text("study_id"); !id.isEmpty())
            studyIds.insert(id);
    return studyIds;
}

void EvidenceRepository::forEachSource(const std::function<void(const Source &)> &visit,
                                       const QSet<QString> *onlyQuotes) const
{
    Rows source(m_connection, "source", QStringLiteral("SELECT * FROM source ORDER BY rowid"));
    // Every quote in one query, in the sources' order (each source's through its index, in
    // stored order, with no sort): a query per source took a tenth of an export's time.
    Rows quote(m_connection, "quote",
               QStringLiteral("SELECT quote.* FROM source CROSS JOIN quote ON quote.source_id = "
                              "source.id ORDER BY source.rowid, quote.rowid"));
    bool quoteLeft = quote.next();
    while (source.next()) {
        Source s = sourceOf(source);
        for (; quoteLeft && quote.text("source_id") == s.id; quoteLeft = quote.next())
            if (!onlyQuotes || onlyQuotes->contains(quote.text("id")))
                s.quotes.append(quoteOf(quote));
        if (onlyQuotes && s.quotes.isEmpty())
            continue;
        visit(s);
    }
}

} // namespace eb
