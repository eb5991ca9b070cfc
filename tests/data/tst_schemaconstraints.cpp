// SPDX-License-Identifier: MIT
// Every CHECK and foreign key of the schema rejects an impossible row, while the same row
// with valid values is accepted (so each failure is the constraint's doing).
#include "data/Database.h"
#include "data/SchemaMigrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

using Row = QVariantMap;

const QVariant null = QVariant(QMetaType::fromType<QString>());

// A valid row for each table, referring to the parent rows made in initTestCase.
Row validRow(const QString &table)
{
    static const QHash<QString, Row> rows{
        {QStringLiteral("source"),
         {{u"kind"_s, u"review_article"_s},
          {u"citation"_s, u"c"_s},
          {u"title"_s, u"t"_s},
          {u"year"_s, 2008}}},
        {QStringLiteral("quote"), {{u"source_id"_s, u"s"_s}, {u"text"_s, u"a sentence"_s}}},
        {QStringLiteral("condition"), {{u"label"_s, u"Label"_s}}},
        {QStringLiteral("endpoint"),
         {{u"label"_s, u"l"_s},
          {u"event_label"_s, u"e"_s},
          {u"direction"_s, u"higher_is_better"_s}}},
        {QStringLiteral("timepoint"),
         {{u"label"_s, u"72 weeks"_s},
          {u"anchor"_s, u"treatment_start"_s},
          {u"amount"_s, 72},
          {u"unit"_s, u"week"_s}}},
        {QStringLiteral("study"),
         {{u"name"_s, u"n"_s},
          {u"kind"_s, u"trial"_s},
          {u"size"_s, 316},
          {u"included_studies"_s, 4},
          {u"follow_up"_s, 60},
          {u"follow_up_unit"_s, u"month"_s},
          {u"follow_up_statistic"_s, u"median"_s}}},
        {QStringLiteral("arm"),
         {{u"study_id"_s, u"st"_s},
          {u"label"_s, u"l"_s},
          {u"role"_s, u"treatment"_s},
          {u"dose"_s, 1.6},
          {u"dose_unit"_s, u"mg"_s},
          {u"duration"_s, 24},
          {u"duration_unit"_s, u"week"_s},
          {u"size"_s, 29}}},
        {QStringLiteral("outcome"),
         {{u"arm_id"_s, u"a"_s},
          {u"endpoint_id"_s, u"e"_s},
          {u"events"_s, 9},
          {u"total"_s, 29},
          {u"percent"_s, 31.0},
          {u"percent_printed"_s, u"31.0"_s}}},
        {QStringLiteral("effect"),
         {{u"study_id"_s, u"st"_s},
          {u"endpoint_id"_s, u"e"_s},
          {u"treatment_arm_id"_s, u"a"_s},
          {u"comparator_arm_id"_s, u"a2"_s},
          {u"measure"_s, u"OR"_s},
          {u"estimate"_s, 0.54},
          {u"estimate_printed"_s, u"0.54"_s},
          {u"ci_level"_s, 0.95},
          {u"ci_low"_s, 0.30},
          {u"ci_low_printed"_s, u"0.30"_s},
          {u"ci_high"_s, 0.97},
          {u"ci_high_printed"_s, u"0.97"_s},
          {u"p_relation"_s, u"<"_s},
          {u"p_value"_s, 0.001},
          {u"p_printed"_s, u"<0.001"_s},
          {u"claim"_s, u"numerically_worse"_s}}},
        {QStringLiteral("therapy_fact"),
         {{u"intervention_id"_s, u"i"_s},
          {u"topic"_s, u"t"_s},
          {u"statement"_s, u"s"_s},
          {u"relation"_s, u">"_s},
          {u"value"_s, 35},
          {u"value_printed"_s, u"35"_s}}},
        {QStringLiteral("review_analysis"),
         {{u"source_id"_s, u"s"_s},
          {u"quote_id"_s, u"q"_s},
          {u"endpoint_id"_s, u"e"_s},
          {u"comparison"_s, u"A versus B"_s},
          {u"outcome"_s, u"Death"_s},
          {u"data_type"_s, u"dichotomous"_s},
          {u"measure"_s, u"PETO_OR"_s},
          {u"method"_s, u"PETO"_s},
          {u"model"_s, u"fixed"_s},
          {u"estimate"_s, 0.42},
          {u"estimate_printed"_s, u"0.42"_s},
          {u"ci_low"_s, 0.14},
          {u"ci_low_printed"_s, u"0.14"_s},
          {u"ci_high"_s, 1.21},
          {u"ci_high_printed"_s, u"1.21"_s},
          {u"p_z"_s, 0.11},
          {u"p_z_printed"_s, u"0.11"_s},
          {u"i2"_s, 0},
          {u"i2_printed"_s, u"0"_s}}},
        {QStringLiteral("provenance"), {{u"quote_id"_s, u"q"_s}, {u"study_id"_s, u"st"_s}}},
        {QStringLiteral("caveat"),
         {{u"kind"_s, u"words_vs_numbers"_s}, {u"text"_s, u"t"_s}, {u"effect_id"_s, u"ef"_s}}},
    };
    return rows.value(table);
}

QString insertRow(const QSqlDatabase &connection, const QString &table, const QString &id,
                  const Row &row)
{
    QStringList columns = row.keys();
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    if (table != u"provenance") {
        columns.prepend(QStringLiteral("id"));
        placeholders.prepend(QStringLiteral("?"));
    }
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(u','), placeholders.join(u',')));
    if (table != u"provenance")
        query.addBindValue(id);
    for (const QVariant &value : row)
        query.addBindValue(value);
    return query.exec() ? QString() : query.lastError().databaseText();
}

} // namespace

class TestSchemaConstraints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database.emplace(Database::openUnprepared(m_dir.filePath(QStringLiteral("c.sqlite"))));
        SchemaMigrator().migrate(connection());
        // The parent rows the valid rows refer to.
        const QList<std::pair<QString, QString>> parents{
            {u"source"_s, u"s"_s},   {u"quote"_s, u"q"_s},     {u"condition"_s, u"c"_s},
            {u"endpoint"_s, u"e"_s}, {u"timepoint"_s, u"t"_s}, {u"study"_s, u"st"_s},
            {u"arm"_s, u"a"_s},      {u"arm"_s, u"a2"_s},      {u"effect"_s, u"ef"_s}};
        for (const auto &[table, id] : parents)
            QCOMPARE(insertRow(connection(), table, id, validRow(table)), QString());
        QSqlQuery query(connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO intervention (id, label, short_label) VALUES ('i', 'I', 'I')")));
    }

    void rejectsImpossibleValues_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<Row>("change");
        auto add = [](const char *name, const QString &table, const Row &change) {
            QTest::newRow(name) << table << change;
        };
        add("source kind", u"source"_s, {{u"kind"_s, u"blog"_s}});
        add("source year", u"source"_s, {{u"year"_s, 1800}});
        add("source origin", u"source"_s, {{u"origin"_s, u"imported"_s}});
        add("quote empty text", u"quote"_s, {{u"text"_s, u""_s}});
        add("quote unknown source", u"quote"_s, {{u"source_id"_s, u"nowhere"_s}});
        add("endpoint direction", u"endpoint"_s, {{u"direction"_s, u"up"_s}});
        add("timepoint anchor", u"timepoint"_s, {{u"anchor"_s, u"birth"_s}});
        add("timepoint negative", u"timepoint"_s, {{u"amount"_s, -1}});
        add("timepoint unit", u"timepoint"_s, {{u"unit"_s, u"year"_s}});
        add("timepoint amount without unit", u"timepoint"_s, {{u"unit"_s, null}});
        add("study kind", u"study"_s, {{u"kind"_s, u"anecdote"_s}});
        add("study size zero", u"study"_s, {{u"size"_s, 0}});
        add("study included zero", u"study"_s, {{u"included_studies"_s, 0}});
        add("study follow-up zero", u"study"_s, {{u"follow_up"_s, 0}});
        add("study follow-up unit", u"study"_s, {{u"follow_up_unit"_s, u"year"_s}});
        add("study follow-up without unit", u"study"_s, {{u"follow_up_unit"_s, null}});
        add("study follow-up statistic", u"study"_s, {{u"follow_up_statistic"_s, u"mean"_s}});
        add("arm role", u"arm"_s, {{u"role"_s, u"placebo?"_s}});
        add("arm dose zero", u"arm"_s, {{u"dose"_s, 0}});
        add("arm dose without unit", u"arm"_s, {{u"dose_unit"_s, null}});
        add("arm duration unit", u"arm"_s, {{u"duration_unit"_s, u"year"_s}});
        add("arm size zero", u"arm"_s, {{u"size"_s, 0}});
        add("arm unknown study", u"arm"_s, {{u"study_id"_s, u"nowhere"_s}});
        add("outcome negative events", u"outcome"_s, {{u"events"_s, -1}});
        add("outcome total zero", u"outcome"_s, {{u"total"_s, 0}, {u"events"_s, 0}});
        add("outcome events above total", u"outcome"_s, {{u"events"_s, 30}});
        add("outcome percent above 100", u"outcome"_s,
            {{u"percent"_s, 100.1}, {u"percent_printed"_s, u"100.1"_s}});
        add("outcome percent below 0", u"outcome"_s,
            {{u"percent"_s, -0.1}, {u"percent_printed"_s, u"-0.1"_s}});
        add("outcome percent without printed form", u"outcome"_s, {{u"percent_printed"_s, null}});
        add("outcome range reversed", u"outcome"_s,
            {{u"percent"_s, null},
             {u"percent_printed"_s, null},
             {u"percent_low"_s, 90},
             {u"percent_low_printed"_s, u"90"_s},
             {u"percent_high"_s, 60},
             {u"percent_high_printed"_s, u"60"_s}});
        add("outcome range without high", u"outcome"_s,
            {{u"percent"_s, null},
             {u"percent_printed"_s, null},
             {u"percent_low"_s, 60},
             {u"percent_low_printed"_s, u"60"_s}});
        add("outcome range beside percent", u"outcome"_s,
            {{u"percent_low"_s, 60},
             {u"percent_low_printed"_s, u"60"_s},
             {u"percent_high"_s, 90},
             {u"percent_high_printed"_s, u"90"_s}});
        add("outcome unknown endpoint", u"outcome"_s, {{u"endpoint_id"_s, u"nowhere"_s}});
        add("effect measure", u"effect"_s, {{u"measure"_s, u"XX"_s}});
        add("effect estimate without measure", u"effect"_s, {{u"measure"_s, null}});
        add("effect ratio estimate zero", u"effect"_s,
            {{u"estimate"_s, 0},
             {u"ci_low"_s, null},
             {u"ci_low_printed"_s, null},
             {u"ci_high"_s, null},
             {u"ci_high_printed"_s, null}});
        add("effect ratio ci low zero", u"effect"_s, {{u"ci_low"_s, 0}});
        add("effect hazard ratio ci high negative", u"effect"_s,
            {{u"measure"_s, u"HR"_s}, {u"ci_low"_s, -2}, {u"ci_high"_s, -1}});
        add("effect risk difference above 1", u"effect"_s,
            {{u"measure"_s, u"RD"_s}, {u"estimate"_s, 1.5}});
        add("effect ci reversed", u"effect"_s, {{u"ci_low"_s, 0.97}, {u"ci_high"_s, 0.30}});
        add("effect ci without high", u"effect"_s,
            {{u"ci_high"_s, null}, {u"ci_high_printed"_s, null}});
        add("effect ci level above 1", u"effect"_s, {{u"ci_level"_s, 95}});
        add("effect p above 1", u"effect"_s, {{u"p_value"_s, 1.5}});
        add("effect p without relation", u"effect"_s, {{u"p_relation"_s, null}});
        add("effect p relation", u"effect"_s, {{u"p_relation"_s, u"~"_s}});
        add("effect estimate without printed form", u"effect"_s, {{u"estimate_printed"_s, null}});
        add("effect relative reduction above 100", u"effect"_s,
            {{u"relative_reduction_percent"_s, 169}, {u"relative_reduction_printed"_s, u"169"_s}});
        add("effect claim", u"effect"_s, {{u"claim"_s, u"miraculous"_s}});
        add("effect arm against itself", u"effect"_s, {{u"comparator_arm_id"_s, u"a"_s}});
        add("therapy fact value without printed", u"therapy_fact"_s, {{u"value_printed"_s, null}});
        add("therapy fact value without relation", u"therapy_fact"_s, {{u"relation"_s, null}});
        add("therapy fact relation", u"therapy_fact"_s, {{u"relation"_s, u"~"_s}});
        add("quote wording", u"quote"_s, {{u"wording"_s, u"hearsay"_s}});
        add("outcome negative sd", u"outcome"_s, {{u"sd"_s, -1.0}});
        add("outcome unknown analysis", u"outcome"_s, {{u"analysis_id"_s, u"nowhere"_s}});
        add("effect peto ratio zero", u"effect"_s,
            {{u"measure"_s, u"PETO_OR"_s}, {u"ci_low"_s, 0}});
        add("effect standard error zero", u"effect"_s,
            {{u"standard_error"_s, 0}, {u"standard_error_printed"_s, u"0"_s}});
        add("effect standard error without printed", u"effect"_s, {{u"standard_error"_s, 0.2}});
        add("review analysis measure", u"review_analysis"_s, {{u"measure"_s, u"XX"_s}});
        add("review analysis method", u"review_analysis"_s, {{u"method"_s, u"Bayes"_s}});
        add("review analysis model", u"review_analysis"_s, {{u"model"_s, u"mixed"_s}});
        add("review analysis data type", u"review_analysis"_s, {{u"data_type"_s, u"ordinal"_s}});
        add("review analysis ratio zero", u"review_analysis"_s,
            {{u"estimate"_s, 0}, {u"estimate_printed"_s, u"0"_s}});
        add("review analysis ci reversed", u"review_analysis"_s,
            {{u"ci_low"_s, 1.21}, {u"ci_high"_s, 0.14}});
        add("review analysis p above 1", u"review_analysis"_s, {{u"p_z"_s, 1.5}});
        add("review analysis i2 above 100", u"review_analysis"_s, {{u"i2"_s, 101}});
        add("review analysis negative tau2", u"review_analysis"_s,
            {{u"tau2"_s, -0.1}, {u"tau2_printed"_s, u"-0.1"_s}});
        add("review analysis value without printed", u"review_analysis"_s,
            {{u"estimate_printed"_s, null}});
        add("review analysis subgroup without parent", u"review_analysis"_s,
            {{u"subgroup"_s, u"Low dose"_s}});
        add("review analysis unknown quote", u"review_analysis"_s, {{u"quote_id"_s, u"nowhere"_s}});
        add("provenance two targets", u"provenance"_s, {{u"arm_id"_s, u"a"_s}});
        add("provenance no target", u"provenance"_s, {{u"study_id"_s, null}});
        add("provenance unknown quote", u"provenance"_s, {{u"quote_id"_s, u"nowhere"_s}});
        add("caveat kind", u"caveat"_s, {{u"kind"_s, u"gossip"_s}});
        add("caveat two targets", u"caveat"_s, {{u"study_id"_s, u"st"_s}});
    }

    void rejectsImpossibleValues()
    {
        QFETCH(QString, table);
        QFETCH(Row, change);
        const Row valid = validRow(table);
        QVERIFY(!valid.isEmpty());
        const QString id = QString::fromLatin1(QTest::currentDataTag());
        QCOMPARE(insertRow(connection(), table, id + u" (valid)", valid), QString());

        Row invalid = valid;
        for (auto it = change.cbegin(); it != change.cend(); ++it)
            invalid.insert(it.key(), it.value());
        const QString error = insertRow(connection(), table, id, invalid);
        QVERIFY2(error.contains(QStringLiteral("constraint failed")),
                 qPrintable(QStringLiteral("accepted or failed otherwise: '%1'").arg(error)));
    }

    void conditionIdsAreLowerCase()
    {
        QSqlQuery query(connection());
        QVERIFY(
            !query.exec(QStringLiteral("INSERT INTO condition (id, label) VALUES ('HBV', 'x')")));
        QVERIFY(
            query.lastError().databaseText().contains(QStringLiteral("CHECK constraint failed")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO condition (id, label) VALUES ('', 'x')")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO condition (id, label) VALUES ('hcv', 'x')")));
    }

private:
    QSqlDatabase connection() const { return m_database->connection(); }

    QTemporaryDir m_dir;
    std::optional<Database> m_database;
};

QTEST_GUILESS_MAIN(TestSchemaConstraints)
#include "tst_schemaconstraints.moc"
