// SPDX-License-Identifier: MIT
#include "data/CsvDatasetReader.h"

#include "data/CsvTable.h"
#include "data/ImportProblem.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace eb {
namespace {

// Longer than any name or number a person types into a cell; a longer one is a mistake
// (a pasted document, a broken export), and is not copied into messages or the database.
constexpr qsizetype maxValueLength = 1000;

const QStringList &measures()
{
    static const QStringList list{QStringLiteral("OR"), QStringLiteral("RR"), QStringLiteral("HR"),
                                  QStringLiteral("RD")};
    return list;
}

// A value as a message quotes it: short, so a runaway cell does not fill the screen.
QString shown(const QString &value)
{
    return value.size() <= 40 ? value : value.left(40) + QStringLiteral("…");
}

// "Example trial A 2021" -> "example-trial-a-2021": ids are made from what the user wrote.
QString slug(const QString &text)
{
    QString id;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            id += c;
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

// The names of a cell that lists several ("entecavir; thymosin alpha-1").
QStringList namesIn(const QString &cell)
{
    QStringList names;
    for (const QString &part : cell.split(u';'))
        if (!part.trimmed().isEmpty())
            names.append(part.trimmed());
    return names;
}

// Conditions, endpoints and interventions: those the database holds, then those the file
// adds, each found by id, label or the id its name would get.
template <typename Row> class Vocabulary
{
public:
    explicit Vocabulary(const QList<Row> &known)
        : m_rows(known)
    {}

    const Row *find(const QString &name) const
    {
        const QString id = slug(name);
        for (const Row &row : m_rows)
            if (row.id.compare(name, Qt::CaseInsensitive) == 0 ||
                row.label.compare(name, Qt::CaseInsensitive) == 0 || row.id == id)
                return &row;
        return nullptr;
    }

    void add(const Row &row)
    {
        m_rows.append(row);
        m_added.append(row);
    }

    const QList<Row> &added() const { return m_added; }

private:
    QList<Row> m_rows;
    QList<Row> m_added;
};

// One row of the file being read: typed access to its cells by column name, each problem
// recorded at "file line N, column NAME".
class Row
{
public:
    Row(const CsvTable &table, const CsvTable::Record &record, const QString &fileName,
        QList<ImportProblem> &problems)
        : m_table(table)
        , m_record(record)
        , m_fileName(fileName)
        , m_problems(problems)
    {}

    int line() const { return m_record.line; }

    void problem(const QString &column, const QString &message) const
    {
        m_problems.append({QStringLiteral("%1 line %2, column %3")
                               .arg(m_fileName, QString::number(line()), column),
                           QString(), message});
    }

    // The cell as written, or empty where the header has no such column.
    QString raw(const QString &column) const
    {
        const std::optional<int> index = m_table.columnIndex(column);
        return index ? m_record.fields.at(*index) : QString();
    }

    // The cell, or empty (and a problem) if it is longer than any value could be.
    QString text(const QString &column) const
    {
        const QString value = raw(column);
        if (value.size() > maxValueLength) {
            problem(column, QStringLiteral("%1 characters; a cell holds at most %2")
                                .arg(value.size())
                                .arg(maxValueLength));
            return QString();
        }
        return value;
    }

    QString required(const QString &column, const QString &what) const
    {
        const QString value = text(column);
        if (raw(column).isEmpty())
            problem(column, QStringLiteral("empty; expected %1").arg(what));
        return value;
    }

    QString choice(const QString &column, const QStringList &allowed) const
    {
        const QString value = text(column);
        for (const QString &option : allowed)
            if (value.compare(option, Qt::CaseInsensitive) == 0)
                return option;
        if (!value.isEmpty())
            problem(column, QStringLiteral("\"%1\" is not one of %2")
                                .arg(shown(value), allowed.join(QStringLiteral(", "))));
        return QString();
    }

    // A number as written (decimal point, no thousands separator), with its printed digits.
    OptionalNumber number(const QString &column) const
    {
        const QString value = text(column);
        if (value.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double number = QLocale::c().toDouble(value, &ok);
        if (!ok || !std::isfinite(number)) {
            problem(column, QStringLiteral("\"%1\" is not a number; expected digits with a decimal "
                                           "point, such as 0.72")
                                .arg(shown(value)));
            return std::nullopt;
        }
        return ReportedNumber{number, value};
    }

    std::optional<int> count(const QString &column) const
    {
        const OptionalNumber value = number(column);
        if (!value)
            return std::nullopt;
        if (std::trunc(value->value) != value->value ||
            std::abs(value->value) > std::numeric_limits<int>::max()) {
            problem(column, QStringLiteral("%1 is not a whole number; expected a count of "
                                           "patients")
                                .arg(value->printed));
            return std::nullopt;
        }
        if (value->value < 0) {
            problem(column, QStringLiteral("%1 is negative; expected a count").arg(value->printed));
            return std::nullopt;
        }
        return int(value->value);
    }

    // A cell that must stay empty on this kind of row.
    void requireEmpty(const QStringList &columns, const QString &why) const
    {
        for (const QString &column : columns)
            if (!text(column).isEmpty())
                problem(column, why);
    }

    // "row=arm; study=Example trial A 2021; ..." : the row's cells that are not empty.
    // A value holding "; " is put in double quotes, so the cells stay apart.
    QString cellsText() const
    {
        QStringList cells;
        for (qsizetype i = 0; i < m_record.fields.size(); ++i) {
            const QString value = m_record.fields.at(i).left(maxValueLength);
            if (value.isEmpty())
                continue;
            cells.append(m_table.header().at(i) + u'=' +
                         (value.contains(u';') ? u'"' + value + u'"' : value));
        }
        return cells.join(QStringLiteral("; "));
    }

private:
    const CsvTable &m_table;
    const CsvTable::Record &m_record;
    const QString &m_fileName;
    QList<ImportProblem> &m_problems;
};

// Values a study or arm gives on several rows must agree: the first one given counts.
class Agreement
{
public:
    void check(const Row &row, const QString &column, const QString &value, const QString &whose)
    {
        if (value.isEmpty())
            return;
        const auto first = m_values.constFind(column);
        if (first == m_values.cend()) {
            m_values.insert(column, {value, row.line()});
            return;
        }
        if (first->first != value)
            row.problem(column, QStringLiteral("\"%1\", but line %2 gives \"%3\" for %4")
                                    .arg(shown(value))
                                    .arg(first->second)
                                    .arg(shown(first->first), whose));
    }

private:
    QHash<QString, std::pair<QString, int>> m_values;
};

struct ArmDraft
{
    Arm arm;
    int firstLine = 0;
    Agreement agreement;
};

struct EffectDraft
{
    Effect effect;
    int line = 0;
    QString treatmentLabel;
    QString comparatorLabel;
};

struct StudyDraft
{
    Study study;
    int firstLine = 0;
    Agreement agreement;
    QString year;
    QString citation;
    QString doi;
    bool conditionsGiven = false; // a row names some, though perhaps none usable
    QList<ArmDraft> arms;
    QList<EffectDraft> effects;

    ArmDraft *findArm(const QString &label)
    {
        for (ArmDraft &draft : arms)
            if (draft.arm.label.compare(label, Qt::CaseInsensitive) == 0)
                return &draft;
        return nullptr;
    }
};

// "48 weeks", "6 months" (from the start of treatment) or "over follow-up"; the ids are the
// bundled dataset's, so the same time point is stored once.
std::optional<Timepoint> timepointOf(const Row &row)
{
    const QString value = row.text(QStringLiteral("time_point"));
    if (value.isEmpty())
        return std::nullopt;
    static const QRegularExpression amount(
        QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(week|weeks|wk|wks|month|months|mo)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = amount.match(value);
    if (match.hasMatch()) {
        const double number = QLocale::c().toDouble(match.captured(1));
        const bool weeks = match.captured(2).startsWith(u'w', Qt::CaseInsensitive);
        Timepoint timepoint;
        timepoint.anchor = QStringLiteral("treatment_start");
        timepoint.amount = number;
        timepoint.unit = weeks ? QStringLiteral("week") : QStringLiteral("month");
        const QString printed = match.captured(1);
        timepoint.id = (weeks ? QStringLiteral("wk") : QStringLiteral("mo")) + printed;
        timepoint.label = QStringLiteral("%1 %2%3").arg(
            printed, timepoint.unit, number == 1 ? QString() : QStringLiteral("s"));
        return timepoint;
    }
    if (slug(value) == u"over-follow-up" || slug(value) == u"whole-follow-up")
        return Timepoint{QStringLiteral("whole-follow-up"),
                         QStringLiteral("Over follow-up"),
                         QStringLiteral("whole_follow_up"),
                         std::nullopt,
                         QString(),
                         {}};
    row.problem(QStringLiteral("time_point"),
                QStringLiteral("\"%1\" is not a time point; expected weeks or months from the "
                               "start of treatment (\"48 weeks\", \"6 months\") or \"over "
                               "follow-up\"")
                    .arg(shown(value)));
    return std::nullopt;
}

std::optional<ReportedPValue> pValueOf(const Row &row)
{
    const QString value = row.text(QStringLiteral("p"));
    if (value.isEmpty())
        return std::nullopt;
    static const QRegularExpression form(QStringLiteral("^(<=|>=|<|>|=)?\\s*([0-9.]+)$"));
    const QRegularExpressionMatch match = form.match(value);
    bool ok = false;
    const double number = match.hasMatch() ? QLocale::c().toDouble(match.captured(2), &ok) : 0;
    if (!ok || number < 0 || number > 1) {
        row.problem(QStringLiteral("p"),
                    QStringLiteral("\"%1\" is not a p-value; expected a probability between 0 "
                                   "and 1, such as 0.03 or <0.001")
                        .arg(shown(value)));
        return std::nullopt;
    }
    const QString relation = match.captured(1).isEmpty() ? QStringLiteral("=") : match.captured(1);
    return ReportedPValue{relation, number, value};
}

class Reader
{
public:
    Reader(const QString &path, const Dataset &vocabulary)
        : m_path(path)
        , m_fileName(QFileInfo(path).fileName())
        , m_conditions(vocabulary.conditions)
        , m_endpoints(vocabulary.endpoints)
        , m_interventions(vocabulary.interventions)
    {}

    Dataset read()
    {
        const CsvTable table = CsvTable::read(m_path);
        m_source = fileSource();
        checkHeader(table);
        if (m_problems.isEmpty() && table.records().isEmpty())
            m_problems.append({m_fileName + QStringLiteral(" line 2"), QString(),
                               QStringLiteral("no rows below the header; expected one row per "
                                              "arm result or effect")});
        if (m_problems.isEmpty())
            for (const CsvTable::Record &record : table.records())
                readRow(Row(table, record, m_fileName, m_problems));
        Dataset dataset;
        for (StudyDraft &draft : m_studies)
            dataset.studies.append(finished(draft));
        if (!m_problems.isEmpty())
            throw ImportError(m_path, m_problems);
        dataset.sources = {m_source};
        dataset.conditions = m_conditions.added();
        dataset.endpoints = m_endpoints.added();
        dataset.interventions = m_interventions.added();
        return dataset;
    }

private:
    // The file is the source: its name and the start of its SHA-256, so that the same file
    // imported twice is one source and an edited one is another.
    Source fileSource() const
    {
        QFile file(m_path);
        QByteArray digest;
        if (file.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            digest = hash.result().toHex().left(8);
        }
        const QString hash = QString::fromLatin1(digest);
        Source source;
        source.id = QStringLiteral("csv-%1-%2").arg(slug(m_fileName), hash);
        source.kind = QStringLiteral("user_file");
        source.citation =
            QStringLiteral("%1 (the user's CSV file, SHA-256 %2…)").arg(m_fileName, hash);
        source.title = QStringLiteral("The user's CSV file %1").arg(m_fileName);
        source.notes = QStringLiteral("Rows a user entered in a spreadsheet and imported; not a "
                                      "publication. Each quote is one row of the file.");
        return source;
    }

    void checkHeader(const CsvTable &table)
    {
        const QString place = m_fileName + QStringLiteral(" line 1");
        // Without these the first line is not a header at all (a sheet pasted without its
        // first line): one problem says so, rather than one per cell.
        for (const QString &column : {QStringLiteral("row"), QStringLiteral("study")})
            if (!table.columnIndex(column)) {
                m_problems.append({place, QString(),
                                   QStringLiteral("the header has no column \"%1\"; the first "
                                                  "line names the columns (row, study, arm, "
                                                  "...), found \"%2\"")
                                       .arg(column, shown(table.header().join(u',')))});
                return;
            }
        for (const QString &column : table.header()) {
            if (column.isEmpty())
                m_problems.append(
                    {place, QString(), QStringLiteral("a column without a name in the header")});
            else if (!CsvDatasetReader::columns().contains(column, Qt::CaseInsensitive))
                m_problems.append(
                    {place + QStringLiteral(", column ") + shown(column), QString(),
                     QStringLiteral("not a column this import knows; the columns "
                                    "are %1")
                         .arg(CsvDatasetReader::columns().join(QStringLiteral(", ")))});
            // A second column of the same name would be silently ignored.
            else if (table.header().indexOf(column) != *table.columnIndex(column))
                m_problems.append({place + QStringLiteral(", column ") + column, QString(),
                                   QStringLiteral("a second column of this name; each column "
                                                  "appears once")});
        }
    }

    // The quote a row's values cite: the row itself, said to be the user's file.
    Citation quoteFor(const Row &row)
    {
        const QString id = QStringLiteral("%1-line-%2").arg(m_source.id).arg(row.line());
        if (m_source.quotes.isEmpty() || m_source.quotes.constLast().id != id) {
            Quote quote;
            quote.id = id;
            quote.sourceId = m_source.id;
            quote.text = QStringLiteral("%1 line %2: %3")
                             .arg(m_fileName, QString::number(row.line()), row.cellsText());
            quote.location = QStringLiteral("line %1").arg(row.line());
            quote.note = QStringLiteral("A row of the user's CSV file, not a publication's "
                                        "words.");
            m_source.quotes.append(quote);
        }
        return {id, QString()};
    }

    void readRow(const Row &row)
    {
        const QString kind =
            row.choice(QStringLiteral("row"), {QStringLiteral("arm"), QStringLiteral("effect")});
        if (kind.isEmpty() && row.text(QStringLiteral("row")).isEmpty())
            row.problem(QStringLiteral("row"), QStringLiteral("empty; expected arm or effect"));
        StudyDraft *study = studyOf(row);
        if (!study || kind.isEmpty())
            return;
        if (kind == u"arm")
            readArm(row, *study);
        else
            readEffect(row, *study);
    }

    StudyDraft *studyOf(const Row &row)
    {
        const QString name = row.required(QStringLiteral("study"), QStringLiteral("the study's "
                                                                                  "name"));
        if (name.isEmpty())
            return nullptr;
        QString id = row.text(QStringLiteral("study_id"));
        if (id.isEmpty())
            id = slug(name);
        if (id.isEmpty()) {
            row.problem(QStringLiteral("study"),
                        QStringLiteral("\"%1\" has no letters or digits to make an id of; give "
                                       "a study_id")
                            .arg(shown(name)));
            return nullptr;
        }
        StudyDraft *draft = nullptr;
        for (StudyDraft &existing : m_studies)
            if (existing.study.id == id)
                draft = &existing;
        if (!draft) {
            m_studies.append(StudyDraft());
            draft = &m_studies.last();
            draft->study.id = id;
            draft->study.name = name;
            draft->study.kind = QStringLiteral("trial");
            draft->firstLine = row.line();
            draft->study.citations.append(quoteFor(row));
        }
        const QString whose = QStringLiteral("study %1").arg(shown(draft->study.name));
        Agreement &agree = draft->agreement;
        agree.check(row, QStringLiteral("study"), name, whose);
        const QString kind =
            row.choice(QStringLiteral("kind"), {QStringLiteral("trial"), QStringLiteral("cohort")});
        agree.check(row, QStringLiteral("kind"), kind, whose);
        if (!kind.isEmpty())
            draft->study.kind = kind;
        for (const QString &column :
             {QStringLiteral("design"), QStringLiteral("country"), QStringLiteral("citation"),
              QStringLiteral("doi"), QStringLiteral("conditions")})
            agree.check(row, column, row.text(column), whose);
        setOnce(draft->study.design, row.text(QStringLiteral("design")));
        setOnce(draft->study.country, row.text(QStringLiteral("country")));
        setOnce(draft->citation, row.text(QStringLiteral("citation")));
        setOnce(draft->doi, row.text(QStringLiteral("doi")));
        readYear(row, *draft, whose);
        if (draft->study.conditionIds.isEmpty())
            readConditions(row, *draft);
        return draft;
    }

    static void setOnce(QString &field, const QString &value)
    {
        if (field.isEmpty())
            field = value;
    }

    void readYear(const Row &row, StudyDraft &draft, const QString &whose)
    {
        const OptionalNumber year = row.number(QStringLiteral("year"));
        if (!year)
            return;
        if (std::trunc(year->value) != year->value || year->value < 1900 || year->value > 2100) {
            row.problem(
                QStringLiteral("year"),
                QStringLiteral("%1 is not a year between 1900 and 2100").arg(year->printed));
            return;
        }
        draft.agreement.check(row, QStringLiteral("year"), year->printed, whose);
        setOnce(draft.year, year->printed);
    }

    void readConditions(const Row &row, StudyDraft &draft)
    {
        const QStringList names = namesIn(row.text(QStringLiteral("conditions")));
        draft.conditionsGiven = draft.conditionsGiven || !names.isEmpty();
        for (const QString &name : names) {
            if (const Condition *known = m_conditions.find(name)) {
                draft.study.conditionIds.append(known->id);
                continue;
            }
            if (slug(name).isEmpty()) {
                row.problem(QStringLiteral("conditions"),
                            QStringLiteral("\"%1\" is not a condition's name; expected names "
                                           "such as hbv; cirrhosis")
                                .arg(shown(name)));
                continue;
            }
            const Condition condition{slug(name), name, QString()};
            m_conditions.add(condition);
            draft.study.conditionIds.append(condition.id);
        }
    }

    QStringList interventionIds(const Row &row)
    {
        QStringList ids;
        for (const QString &name : namesIn(row.text(QStringLiteral("interventions")))) {
            if (const Intervention *known = m_interventions.find(name)) {
                ids.append(known->id);
                continue;
            }
            if (slug(name).isEmpty()) {
                row.problem(QStringLiteral("interventions"),
                            QStringLiteral("\"%1\" is not a treatment's name").arg(shown(name)));
                continue;
            }
            Intervention intervention;
            intervention.id = slug(name);
            intervention.label = name;
            intervention.shortLabel = name;
            m_interventions.add(intervention);
            ids.append(intervention.id);
        }
        return ids;
    }

    // The endpoint a row names; a new one needs the direction of its counts.
    QString endpointId(const Row &row)
    {
        const QString name = row.text(QStringLiteral("endpoint"));
        const QString direction =
            row.choice(QStringLiteral("endpoint_direction"),
                       {QStringLiteral("higher_is_better"), QStringLiteral("higher_is_worse")});
        if (name.isEmpty())
            return QString();
        if (const Endpoint *known = m_endpoints.find(name))
            return known->id;
        if (slug(name).isEmpty()) {
            row.problem(QStringLiteral("endpoint"),
                        QStringLiteral("\"%1\" is not an endpoint's name").arg(shown(name)));
            return QString();
        }
        if (direction.isEmpty()) {
            if (row.text(QStringLiteral("endpoint_direction")).isEmpty())
                row.problem(QStringLiteral("endpoint_direction"),
                            QStringLiteral("empty; \"%1\" is a new endpoint, so say whether "
                                           "more events are better (higher_is_better) or "
                                           "worse (higher_is_worse)")
                                .arg(shown(name)));
            return QString();
        }
        Endpoint endpoint;
        endpoint.id = slug(name);
        endpoint.label = name;
        endpoint.eventLabel = name;
        endpoint.direction =
            direction == u"higher_is_worse" ? Direction::HigherIsWorse : Direction::HigherIsBetter;
        m_endpoints.add(endpoint);
        return endpoint.id;
    }

    void readArm(const Row &row, StudyDraft &study)
    {
        row.requireEmpty({QStringLiteral("measure"), QStringLiteral("estimate"),
                          QStringLiteral("ci_low"), QStringLiteral("ci_high"),
                          QStringLiteral("ci_level"), QStringLiteral("p"),
                          QStringLiteral("treatment_arm"), QStringLiteral("comparator_arm")},
                         QStringLiteral("belongs to an effect; put the effect on a row of its "
                                        "own with row = effect"));
        const QString label =
            row.required(QStringLiteral("arm"), QStringLiteral("the arm's label"));
        if (label.isEmpty())
            return;
        ArmDraft *draft = study.findArm(label);
        if (!draft) {
            study.arms.append(ArmDraft());
            draft = &study.arms.last();
            draft->arm.id = study.study.id + u'-' + slug(label);
            draft->arm.label = label;
            draft->firstLine = row.line();
            draft->arm.citations.append(quoteFor(row));
        }
        const QString whose = QStringLiteral("arm %1").arg(shown(draft->arm.label));
        const QString role = row.choice(
            QStringLiteral("role"), {QStringLiteral("treatment"), QStringLiteral("comparator")});
        draft->agreement.check(row, QStringLiteral("role"), role, whose);
        setOnce(draft->arm.role, role);
        draft->agreement.check(row, QStringLiteral("interventions"),
                               row.text(QStringLiteral("interventions")), whose);
        if (draft->arm.interventionIds.isEmpty())
            draft->arm.interventionIds = interventionIds(row);
        const std::optional<int> n = row.count(QStringLiteral("n"));
        if (n && *n == 0)
            row.problem(QStringLiteral("n"),
                        QStringLiteral("0 is not an arm's size; expected the number of patients "
                                       "randomised to it"));
        else if (n) {
            draft->agreement.check(row, QStringLiteral("n"), QString::number(*n), whose);
            if (!draft->arm.size)
                draft->arm.size = ReportedNumber{double(*n), QString::number(*n)};
        }
        if (Outcome outcome = outcomeOf(row, draft->arm); !outcome.endpointId.isEmpty())
            draft->arm.outcomes.append(outcome);
    }

    Outcome outcomeOf(const Row &row, const Arm &arm)
    {
        Outcome outcome;
        outcome.endpointId = endpointId(row);
        outcome.timepoint = timepointOf(row);
        outcome.events = row.count(QStringLiteral("events"));
        outcome.total = row.count(QStringLiteral("total"));
        outcome.percent = row.number(QStringLiteral("percent"));
        const bool hasResult = outcome.events || outcome.total || outcome.percent;
        if (outcome.endpointId.isEmpty()) {
            if (hasResult && row.text(QStringLiteral("endpoint")).isEmpty())
                row.problem(QStringLiteral("endpoint"),
                            QStringLiteral("empty; a result needs the endpoint it counts"));
            return Outcome();
        }
        if (!hasResult)
            row.problem(QStringLiteral("events"),
                        QStringLiteral("empty; a result needs events and total, or percent"));
        if (outcome.total && *outcome.total == 0)
            row.problem(QStringLiteral("total"),
                        QStringLiteral("0 is not a group size; expected a count above 0"));
        if (outcome.events && outcome.total && *outcome.events > *outcome.total)
            row.problem(QStringLiteral("events"), QStringLiteral("%1 is greater than total %2")
                                                      .arg(*outcome.events)
                                                      .arg(*outcome.total));
        if (outcome.percent && (outcome.percent->value < 0 || outcome.percent->value > 100))
            row.problem(QStringLiteral("percent"),
                        QStringLiteral("%1 is not a percentage between 0 and 100")
                            .arg(outcome.percent->printed));
        outcome.id = QStringLiteral("%1-line-%2").arg(arm.id).arg(row.line());
        outcome.citations.append(quoteFor(row));
        return outcome;
    }

    void readEffect(const Row &row, StudyDraft &study)
    {
        row.requireEmpty({QStringLiteral("arm"), QStringLiteral("role"),
                          QStringLiteral("interventions"), QStringLiteral("n"),
                          QStringLiteral("events"), QStringLiteral("total"),
                          QStringLiteral("percent")},
                         QStringLiteral("belongs to an arm; put each arm's result on a row of "
                                        "its own with row = arm"));
        EffectDraft draft;
        draft.line = row.line();
        Effect &effect = draft.effect;
        effect.id = QStringLiteral("%1-effect-line-%2").arg(study.study.id).arg(row.line());
        if (row.text(QStringLiteral("endpoint")).isEmpty())
            row.problem(QStringLiteral("endpoint"),
                        QStringLiteral("empty; expected the endpoint the effect is about"));
        effect.endpointId = endpointId(row);
        effect.timepoint = timepointOf(row);
        if (row.text(QStringLiteral("measure")).isEmpty())
            row.problem(QStringLiteral("measure"), QStringLiteral("empty; expected one of %1")
                                                       .arg(measures().join(QStringLiteral(", "))));
        effect.measure = row.choice(QStringLiteral("measure"), measures());
        effect.estimate = row.number(QStringLiteral("estimate"));
        if (!effect.estimate && row.text(QStringLiteral("estimate")).isEmpty())
            row.problem(QStringLiteral("estimate"), QStringLiteral("empty; expected the effect's "
                                                                   "estimate"));
        effect.ciLow = row.number(QStringLiteral("ci_low"));
        effect.ciHigh = row.number(QStringLiteral("ci_high"));
        if (const OptionalNumber level = row.number(QStringLiteral("ci_level"))) {
            if (level->value <= 0 || level->value >= 1)
                row.problem(QStringLiteral("ci_level"),
                            QStringLiteral("%1 is not a level between 0 and 1 (0.95 for a 95% CI)")
                                .arg(level->printed));
            else
                effect.ciLevel = level->value;
        }
        effect.pValue = pValueOf(row);
        checkInterval(row, effect);
        draft.treatmentLabel = row.required(QStringLiteral("treatment_arm"),
                                            QStringLiteral("the label of the treated arm"));
        draft.comparatorLabel = row.required(QStringLiteral("comparator_arm"),
                                             QStringLiteral("the label of the arm it is "
                                                            "compared with"));
        effect.citations.append(quoteFor(row));
        study.effects.append(draft);
    }

    static void checkInterval(const Row &row, const Effect &effect)
    {
        const bool ratio =
            effect.measure == u"OR" || effect.measure == u"RR" || effect.measure == u"HR";
        for (const auto &[column, value] : {std::pair{QStringLiteral("estimate"), effect.estimate},
                                            std::pair{QStringLiteral("ci_low"), effect.ciLow},
                                            std::pair{QStringLiteral("ci_high"), effect.ciHigh}}) {
            if (!value)
                continue;
            if (ratio && value->value <= 0)
                row.problem(column, QStringLiteral("%1 is not a ratio; an %2 is above 0")
                                        .arg(value->printed, effect.measure));
            if (effect.measure == u"RD" && std::abs(value->value) > 1)
                row.problem(column, QStringLiteral("%1 is not a risk difference between -1 and 1")
                                        .arg(value->printed));
        }
        if (effect.ciLow.has_value() != effect.ciHigh.has_value()) {
            row.problem(effect.ciLow ? QStringLiteral("ci_high") : QStringLiteral("ci_low"),
                        QStringLiteral("empty; a confidence interval needs both ends"));
            return;
        }
        if (!effect.ciLow)
            return;
        if (effect.ciLow->value > effect.ciHigh->value)
            row.problem(QStringLiteral("ci_low"),
                        QStringLiteral("%1 is above ci_high %2")
                            .arg(effect.ciLow->printed, effect.ciHigh->printed));
        else if (effect.estimate && (effect.estimate->value < effect.ciLow->value ||
                                     effect.estimate->value > effect.ciHigh->value))
            row.problem(
                QStringLiteral("estimate"),
                QStringLiteral("%1 is outside its confidence interval %2 to %3")
                    .arg(effect.estimate->printed, effect.ciLow->printed, effect.ciHigh->printed));
    }

    // The study as stored, once every row is read: effects point at arms found anywhere in
    // the file, and the study's own checks.
    Study finished(StudyDraft &draft)
    {
        Study study = draft.study;
        const QString place =
            QStringLiteral("%1 line %2, column ").arg(m_fileName).arg(draft.firstLine);
        if (!draft.conditionsGiven)
            m_problems.append({place + QStringLiteral("conditions"), QString(),
                               QStringLiteral("empty for study %1; expected the condition(s) it "
                                              "is about, such as hbv; cirrhosis")
                                   .arg(shown(study.name))});
        QStringList publication;
        if (!draft.citation.isEmpty())
            publication.append(draft.citation);
        if (!draft.year.isEmpty())
            publication.append(QStringLiteral("year %1").arg(draft.year));
        if (!draft.doi.isEmpty())
            publication.append(QStringLiteral("DOI %1").arg(draft.doi));
        if (!publication.isEmpty())
            study.notes = QStringLiteral("The user's file cites: %1.")
                              .arg(publication.join(QStringLiteral("; ")));
        for (const ArmDraft &arm : draft.arms) {
            study.arms.append(arm.arm);
            if (arm.arm.role.isEmpty())
                m_problems.append(
                    {QStringLiteral("%1 line %2, column role").arg(m_fileName).arg(arm.firstLine),
                     QString(),
                     QStringLiteral("empty for arm %1; expected treatment or "
                                    "comparator")
                         .arg(shown(arm.arm.label))});
            if (arm.arm.interventionIds.isEmpty())
                m_problems.append({QStringLiteral("%1 line %2, column interventions")
                                       .arg(m_fileName)
                                       .arg(arm.firstLine),
                                   QString(),
                                   QStringLiteral("empty for arm %1; expected what it received, "
                                                  "such as entecavir; thymosin alpha-1")
                                       .arg(shown(arm.arm.label))});
        }
        for (EffectDraft &effect : draft.effects) {
            effect.effect.treatmentArmId =
                armIdFor(draft, effect, QStringLiteral("treatment_arm"), effect.treatmentLabel);
            effect.effect.comparatorArmId =
                armIdFor(draft, effect, QStringLiteral("comparator_arm"), effect.comparatorLabel);
            if (!effect.effect.treatmentArmId.isEmpty() &&
                effect.effect.treatmentArmId == effect.effect.comparatorArmId)
                m_problems.append({QStringLiteral("%1 line %2, column comparator_arm")
                                       .arg(m_fileName)
                                       .arg(effect.line),
                                   QString(),
                                   QStringLiteral("an arm cannot be compared with itself")});
            study.effects.append(effect.effect);
        }
        return study;
    }

    QString armIdFor(StudyDraft &study, const EffectDraft &effect, const QString &column,
                     const QString &label)
    {
        if (label.isEmpty())
            return QString();
        if (const ArmDraft *arm = study.findArm(label))
            return arm->arm.id;
        m_problems.append(
            {QStringLiteral("%1 line %2, column %3").arg(m_fileName).arg(effect.line).arg(column),
             QString(),
             QStringLiteral("\"%1\" is not an arm of study %2; each arm is named "
                            "on a row with row = arm")
                 .arg(shown(label), shown(study.study.name))});
        return QString();
    }

    QString m_path;
    QString m_fileName;
    Source m_source;
    Vocabulary<Condition> m_conditions;
    Vocabulary<Endpoint> m_endpoints;
    Vocabulary<Intervention> m_interventions;
    QList<StudyDraft> m_studies;
    QList<ImportProblem> m_problems;
};

} // namespace

const QStringList &CsvDatasetReader::columns()
{
    static const QStringList names{
        QStringLiteral("row"),           QStringLiteral("study"),
        QStringLiteral("study_id"),      QStringLiteral("year"),
        QStringLiteral("kind"),          QStringLiteral("design"),
        QStringLiteral("conditions"),    QStringLiteral("country"),
        QStringLiteral("citation"),      QStringLiteral("doi"),
        QStringLiteral("arm"),           QStringLiteral("role"),
        QStringLiteral("interventions"), QStringLiteral("n"),
        QStringLiteral("endpoint"),      QStringLiteral("endpoint_direction"),
        QStringLiteral("time_point"),    QStringLiteral("events"),
        QStringLiteral("total"),         QStringLiteral("percent"),
        QStringLiteral("measure"),       QStringLiteral("estimate"),
        QStringLiteral("ci_low"),        QStringLiteral("ci_high"),
        QStringLiteral("ci_level"),      QStringLiteral("p"),
        QStringLiteral("treatment_arm"), QStringLiteral("comparator_arm")};
    return names;
}

Dataset CsvDatasetReader::read(const QString &path, const Dataset &vocabulary)
{
    return Reader(path, vocabulary).read();
}

} // namespace eb
