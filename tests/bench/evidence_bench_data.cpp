// SPDX-License-Identifier: MIT
// evidence-bench-data --studies N --out FILE.sqlite [--seed S]
//
// Writes N plausible synthetic user studies into a new evidence database, for benchmarks
// only: never shipped, never evidence. The file is created by the program's own Database
// (schema migrations and bundled dataset), then every synthetic row goes in through the real
// schema, with its CHECK constraints and foreign keys, in one transaction of prepared
// statements; the full-text index of schema version 4 is then filled by that migration itself,
// in one pass, as for any older database it upgrades. Each study has its own source with two
// quotes, one or two conditions, two arms, four arm-level outcomes, two or three effects with 95%
// CIs, about twelve provenance rows and, in one study of five, a caveat.
#include "data/BundledDataset.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/SchemaMigrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTextStream>

#include <array>
#include <cmath>
#include <cstdio>
#include <malloc.h>
#include <random>
#include <sqlite3.h>
#include <stdexcept>

namespace {

sqlite3 *nativeHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw std::runtime_error("the connection is not SQLite");
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void check(sqlite3 *db, int result, const char *what)
{
    if (result != SQLITE_OK && result != SQLITE_DONE && result != SQLITE_ROW)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

void execute(sqlite3 *db, const char *sql)
{
    check(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql);
}

// One prepared statement; values are bound in order.
class Insert
{
public:
    Insert(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        check(db, sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr),
              sql);
    }
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;
    ~Insert() { sqlite3_finalize(m_statement); }

    Insert &text(const std::string &value)
    {
        sqlite3_bind_text(m_statement, ++m_column, value.data(), int(value.size()),
                          SQLITE_TRANSIENT);
        return *this;
    }
    Insert &integer(long long value)
    {
        sqlite3_bind_int64(m_statement, ++m_column, value);
        return *this;
    }
    Insert &real(double value)
    {
        sqlite3_bind_double(m_statement, ++m_column, value);
        return *this;
    }
    Insert &null()
    {
        sqlite3_bind_null(m_statement, ++m_column);
        return *this;
    }
    void run()
    {
        check(m_db, sqlite3_step(m_statement), sqlite3_sql(m_statement));
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_column = 0;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_column = 0;
};

std::string printed(double value, int decimals)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

double rounded(double value, int decimals)
{
    return std::stod(printed(value, decimals));
}

struct Therapy
{
    const char *interventionId;
    const char *armLabel;
};

constexpr std::array<Therapy, 4> comparators{{{"interferon-alpha", "Interferon-alpha"},
                                              {"entecavir", "Entecavir"},
                                              {"tenofovir", "Tenofovir"},
                                              {"no-treatment", "No thymosin alpha-1"}}};
constexpr std::array<const char *, 3> conditions{"hbv", "cirrhosis", "hcc"};
constexpr std::array<const char *, 8> countries{"China",   "Italy", "Japan",  "Korea",
                                                "Germany", "Spain", "Taiwan", "Turkey"};
constexpr std::array<const char *, 4> responseEndpoints{
    "alt-normalization", "hbv-dna-clearance", "hbeag-seroconversion", "complete-response"};
constexpr std::array<const char *, 2> survivalEndpoints{"overall-survival",
                                                        "recurrence-free-survival"};

struct StudyShape
{
    const char *kind;
    const char *design;
};
constexpr std::array<StudyShape, 4> shapes{{{"trial", "Randomized controlled trial"},
                                            {"trial", "Open-label randomized trial"},
                                            {"cohort", "Retrospective cohort"},
                                            {"cohort", "Propensity-matched cohort"}}};

class Generator
{
public:
    Generator(sqlite3 *db, unsigned long long seed)
        : m_random(seed)
        , m_source(db, "INSERT INTO source (id, kind, citation, title, year, doi) "
                       "VALUES (?, 'primary_publication', ?, ?, ?, ?)")
        , m_quote(db, "INSERT INTO quote (id, source_id, text, location) VALUES (?, ?, ?, ?)")
        , m_quoteText(db, "UPDATE quote SET text = ? WHERE id = ?")
        , m_study(db, "INSERT INTO study (id, name, kind, design, population, country, size, "
                      "size_printed, follow_up, follow_up_unit, follow_up_statistic, "
                      "follow_up_printed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'month', 'median', ?)")
        , m_studyCondition(db, "INSERT INTO study_condition (study_id, condition_id) VALUES (?, ?)")
        , m_arm(db, "INSERT INTO arm (id, study_id, label, role, dose, dose_unit, dose_printed, "
                    "schedule, duration, duration_unit, duration_printed, size, size_printed) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , m_armIntervention(db,
                            "INSERT INTO arm_intervention (arm_id, intervention_id) VALUES (?, ?)")
        , m_outcome(db, "INSERT INTO outcome (id, arm_id, endpoint_id, timepoint_id, events, "
                        "total, percent, percent_printed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        , m_effect(db, "INSERT INTO effect (id, study_id, endpoint_id, timepoint_id, "
                       "treatment_arm_id, comparator_arm_id, measure, estimate, estimate_printed, "
                       "ci_level, ci_low, ci_low_printed, ci_high, ci_high_printed, p_relation, "
                       "p_value, p_printed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.95, ?, ?, ?, ?, "
                       "?, ?, ?)")
        , m_provenance(db, "INSERT INTO provenance (quote_id, study_id, arm_id, outcome_id, "
                           "effect_id, field) VALUES (?, ?, ?, ?, ?, ?)")
        , m_caveat(db, "INSERT INTO caveat (id, kind, text, study_id) "
                       "VALUES (?, 'design_limitation', ?, ?)")
    {}

    void addStudy(long long number)
    {
        const std::string id = "bench-" + std::to_string(number);
        const std::string sourceId = id + "-source";
        const std::string designQuote = id + "-q1";
        const std::string resultQuote = id + "-q2";
        const StudyShape &shape = shapes[pick(shapes.size())];
        const Therapy &comparator = comparators[pick(comparators.size())];
        const std::string condition = conditions[pick(conditions.size())];
        const bool resection = condition == "hcc" && chance(0.5);
        const std::string country = countries[pick(countries.size())];
        const int year = 1995 + int(pick(30));
        const int treatedSize = 20 + int(pick(300));
        const int comparatorSize = 20 + int(pick(300));
        const int size = treatedSize + comparatorSize;
        const int followUp = 6 + int(pick(90));
        const std::string name = std::string("Thymosin alpha-1 vs ") + comparator.armLabel +
                                 (resection ? " after HCC resection" : "") + ", " + country + " " +
                                 std::to_string(year) + " (#" + std::to_string(number) + ")";

        m_source.text(sourceId)
            .text("Synthetic author " + std::to_string(number) + " et al. " + std::to_string(year))
            .text("Synthetic benchmark study " + std::to_string(number) + " of thymosin alpha-1")
            .integer(year)
            .text("10.5555/bench." + std::to_string(number))
            .run();
        m_quote.text(designQuote)
            .text(sourceId)
            .text(std::string("In this ") + shape.design + ", " + std::to_string(size) +
                  " patients with " + condition + " in " + country +
                  " received thymosin alpha-1 1.6 mg twice weekly or " + comparator.armLabel +
                  (resection ? " after curative resection" : "") + " and were followed for a " +
                  "median of " + std::to_string(followUp) + " months.")
            .text("Methods")
            .run();
        // The results sentence is known once the results are drawn; rows cite it before.
        m_quote.text(resultQuote).text(sourceId).text("Results").text("Results").run();

        m_study.text(id)
            .text(name)
            .text(shape.kind)
            .text(shape.design)
            .text("Adults with " + condition + (resection ? " after curative resection" : ""))
            .text(country)
            .integer(size)
            .text(std::to_string(size))
            .real(followUp)
            .text(std::to_string(followUp))
            .run();
        m_studyCondition.text(id).text(condition).run();
        if (condition == "hbv" && chance(0.3))
            m_studyCondition.text(id).text("cirrhosis").run();
        cite(designQuote, id, {}, {}, {}, "design");
        cite(designQuote, id, {}, {}, {}, "size");

        const std::string treatedArm = id + "-ta1";
        const std::string comparatorArm = id + "-control";
        addArm(treatedArm, id, "Thymosin alpha-1", "treatment", treatedSize, designQuote);
        m_armIntervention.text(treatedArm).text("thymosin-alpha-1").run();
        if (comparator.interventionId == std::string("entecavir") && chance(0.5))
            m_armIntervention.text(treatedArm).text("entecavir").run();
        addArm(comparatorArm, id, comparator.armLabel, "comparator", comparatorSize, designQuote);
        m_armIntervention.text(comparatorArm).text(comparator.interventionId).run();

        std::string results = "At 6 months,";
        for (int endpoint = 0; endpoint < 2; ++endpoint) {
            const char *endpointId =
                responseEndpoints[(size_t(number) + size_t(endpoint)) % responseEndpoints.size()];
            const int treatedEvents = addOutcome(treatedArm, endpointId, treatedSize, resultQuote);
            const int controlEvents =
                addOutcome(comparatorArm, endpointId, comparatorSize, resultQuote);
            // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict) about a literal + string.
            results.append(" ").append(endpointId).append(" was ");
            results.append(std::to_string(treatedEvents)).append("/");
            results.append(std::to_string(treatedSize)).append(" vs ");
            results.append(std::to_string(controlEvents)).append("/");
            results.append(std::to_string(comparatorSize)).append(";");
            if (endpoint == 0 || chance(0.5))
                results += addEffect(id + "-e" + std::to_string(endpoint), id, endpointId,
                                     "mo6-treatment", "OR", treatedArm, comparatorArm, resultQuote);
        }
        const char *survival = survivalEndpoints[pick(survivalEndpoints.size())];
        results += addEffect(id + "-e-surv", id, survival, "whole-follow-up", "HR", treatedArm,
                             comparatorArm, resultQuote);
        m_quoteText.text(results).text(resultQuote).run();

        if (chance(0.2))
            m_caveat.text(id + "-caveat")
                .text(shape.kind == std::string("cohort")
                          ? "Observational design: the groups may differ in ways that were not "
                            "measured (risk of confounding)."
                          : "Open-label design; allocation concealment is not described.")
                .text(id)
                .run();
    }

private:
    size_t pick(size_t count) { return size_t(m_random() % count); }
    bool chance(double probability)
    {
        return std::uniform_real_distribution<double>(0, 1)(m_random) < probability;
    }

    void cite(const std::string &quoteId, const std::string &studyId, const std::string &armId,
              const std::string &outcomeId, const std::string &effectId, const char *field)
    {
        const auto orNull = [this](const std::string &value) {
            if (value.empty())
                m_provenance.null();
            else
                m_provenance.text(value);
        };
        m_provenance.text(quoteId);
        orNull(studyId);
        orNull(armId);
        orNull(outcomeId);
        orNull(effectId);
        if (field)
            m_provenance.text(field);
        else
            m_provenance.null();
        m_provenance.run();
    }

    void addArm(const std::string &armId, const std::string &studyId, const char *label,
                const char *role, int size, const std::string &quoteId)
    {
        m_arm.text(armId).text(studyId).text(label).text(role);
        if (role == std::string("treatment"))
            m_arm.real(1.6).text("mg").text("1.6");
        else
            m_arm.null().null().null();
        m_arm.text("twice weekly")
            .real(6)
            .text("month")
            .text("6")
            .integer(size)
            .text(std::to_string(size))
            .run();
        cite(quoteId, {}, armId, {}, {}, "size");
    }

    int addOutcome(const std::string &armId, const char *endpointId, int total,
                   const std::string &quoteId)
    {
        const int events = int(pick(size_t(total) + 1));
        const double percent = 100.0 * events / total;
        const std::string outcomeId = armId + "-" + endpointId;
        m_outcome.text(outcomeId)
            .text(armId)
            .text(endpointId)
            .text("mo6-treatment")
            .integer(events)
            .integer(total)
            .real(rounded(percent, 1))
            .text(printed(percent, 1))
            .run();
        cite(quoteId, {}, {}, outcomeId, {}, nullptr);
        return events;
    }

    // A ratio with a 95% CI symmetric on the log scale and the p-value that goes with it,
    // each printed as a paper would; returns the sentence for the results quote.
    std::string addEffect(const std::string &effectId, const std::string &studyId,
                          const char *endpointId, const char *timepointId, const char *measure,
                          const std::string &treatedArm, const std::string &comparatorArm,
                          const std::string &quoteId)
    {
        const double logEstimate = std::normal_distribution<double>(-0.2, 0.5)(m_random);
        const double se = 0.15 + 0.35 * std::uniform_real_distribution<double>(0, 1)(m_random);
        const double estimate = std::exp(logEstimate);
        const double low = std::exp(logEstimate - 1.959964 * se);
        const double high = std::exp(logEstimate + 1.959964 * se);
        const double p = std::erfc(std::abs(logEstimate / se) / std::sqrt(2.0));
        const bool tiny = p < 0.001;
        const std::string pPrinted = tiny ? "<0.001" : printed(p, 3);
        m_effect.text(effectId)
            .text(studyId)
            .text(endpointId)
            .text(timepointId)
            .text(treatedArm)
            .text(comparatorArm)
            .text(measure)
            .real(rounded(estimate, 2))
            .text(printed(estimate, 2))
            .real(rounded(low, 2))
            .text(printed(low, 2))
            .real(rounded(high, 2))
            .text(printed(high, 2))
            .text(tiny ? "<" : "=")
            .real(tiny ? 0.001 : rounded(p, 3))
            .text(pPrinted)
            .run();
        cite(quoteId, {}, {}, {}, effectId, nullptr);
        return std::string(" ") + endpointId + " " + measure + " " + printed(estimate, 2) +
               " (95% CI " + printed(low, 2) + "-" + printed(high, 2) + "), p" +
               (tiny ? pPrinted : "=" + pPrinted) + ";";
    }

    std::mt19937_64 m_random;
    Insert m_source;
    Insert m_quote;
    Insert m_quoteText;
    Insert m_study;
    Insert m_studyCondition;
    Insert m_arm;
    Insert m_armIntervention;
    Insert m_outcome;
    Insert m_effect;
    Insert m_provenance;
    Insert m_caveat;
};

// The last schema version without the full-text index (migration 0004 adds it and its
// triggers, which would index each row as it is written: most of the time at a million rows).
constexpr int schemaBeforeTextIndex = 3;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evidence-bench-data"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes synthetic studies into a new evidence database, for benchmarks only."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("studies"), QStringLiteral("How many studies."), QStringLiteral("N")},
         {QStringLiteral("out"), QStringLiteral("The new database file."), QStringLiteral("FILE")},
         {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"),
          QStringLiteral("1")}});
    parser.process(app);
    QTextStream err(stderr);
    bool countOk = false, seedOk = false;
    const long long studies = parser.value(QStringLiteral("studies")).toLongLong(&countOk);
    const unsigned long long seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    const QString out = parser.value(QStringLiteral("out"));
    if (!countOk || studies < 1 || !seedOk || out.isEmpty()) {
        err << "usage: evidence-bench-data --studies N --out FILE.sqlite [--seed S]\n";
        return 2;
    }
    if (QFileInfo::exists(out)) {
        err << QStringLiteral("evidence-bench-data: %1 exists; give a new file\n").arg(out);
        return 2;
    }
    try {
        // SQLite's page cache and statements allocate and free large blocks all the time: with
        // glibc's defaults the heap grows and shrinks with them, half the time in page faults.
        mallopt(M_TRIM_THRESHOLD, 1 << 30);
        mallopt(M_MMAP_THRESHOLD, 1 << 30);
        mallopt(M_TOP_PAD, 256 << 20);
        QElapsedTimer timer;
        timer.start();
        const eb::Database database = eb::Database::openUnprepared(out);
        sqlite3 *db = nativeHandle(database.connection());
        // A file written once by a tool: no journal to keep, nothing to fsync until the end.
        execute(db, "PRAGMA journal_mode = OFF");
        execute(db, "PRAGMA synchronous = OFF");
        execute(db, "PRAGMA cache_size = -262144"); // 256 MB: the indexes being filled stay cached
        // The schema before its full-text index, with the bundled dataset; then every study;
        // then the program's own migrations bring the file to the current schema, the full-text
        // index of version 4 filled in one pass over every row, as for any older database.
        const eb::SchemaMigrator migrator;
        migrator.migrate(database.connection(), schemaBeforeTextIndex);
        eb::BundledDataset().installIfNewer(database.connection());
        execute(db, "BEGIN");
        {
            Generator generator(db, seed);
            for (long long number = 1; number <= studies; ++number)
                generator.addStudy(number);
        }
        execute(db, "COMMIT");
        migrator.migrate(database.connection());
        err << QStringLiteral("evidence-bench-data: %1 studies written to %2 in %3 s\n")
                   .arg(QString::number(studies), out,
                        QString::number(double(timer.elapsed()) / 1000.0, 'f', 1));
    } catch (const eb::DatabaseError &error) {
        err << QStringLiteral("evidence-bench-data: %1\n").arg(error.message());
        return 1;
    } catch (const std::exception &error) {
        err << QStringLiteral("evidence-bench-data: %1: %2\n")
                   .arg(out, QString::fromUtf8(error.what()));
        return 1;
    }
    return 0;
}
