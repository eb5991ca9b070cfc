// SPDX-License-Identifier: MIT
// The rules the dialogs check as the user types against the CHECKs of the schema, on a table
// of cases: every entry the rules accept is accepted by SQLite, and every entry SQLite refuses
// is refused by the rules. The rules refuse a few entries the database would store (an
// estimate outside its interval, an empty name): the database keeps a source's printed
// inconsistencies, a user's own entry must not have them. Each case states both verdicts.
#include "core/editing/EvidenceRules.h"
#include "data/Database.h"
#include "data/EntryRows.h"
#include "data/EvidenceEditor.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

ReportedNumber number(double value)
{
    return ReportedNumber{value, QString::number(value)};
}

struct Entry
{
    StudyEntry study;
    Arm arm;
    Outcome outcome;
    Effect effect;
};

using Change = std::function<void(Entry &)>;

} // namespace

class TestEvidenceRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_database;
    QString m_studyId, m_treatmentId, m_controlId, m_endpointId;
    QHash<QString, Change> m_changes;

    Entry validEntry() const
    {
        Entry entry;
        entry.study.study.name = u"Case 2020"_s;
        entry.study.study.kind = u"trial"_s;
        entry.study.study.size = number(100);
        entry.study.study.conditionIds = {u"hbv"_s};
        entry.study.reference = u"Case A. Hepatology 2020"_s;
        entry.study.referenceYear = 2020;
        entry.arm.label = u"Arm"_s;
        entry.arm.role = u"treatment"_s;
        entry.arm.size = number(50);
        entry.outcome.endpointId = m_endpointId;
        entry.outcome.events = 12;
        entry.outcome.total = 60;
        entry.effect.endpointId = m_endpointId;
        entry.effect.treatmentArmId = m_treatmentId;
        entry.effect.comparatorArmId = m_controlId;
        entry.effect.measure = u"RR"_s;
        entry.effect.estimate = number(0.8);
        entry.effect.ciLow = number(0.5);
        entry.effect.ciHigh = number(1.2);
        return entry;
    }

    // Whether SQLite stores the entry's rows (then takes them back).
    bool schemaAccepts(const QString &kind, const Entry &entry, QString &error) const
    {
        using namespace EntryRows;
        StoredRows rows;
        if (kind == u"study")
            rows = {studyRow(u"case-study"_s, entry.study.study),
                    makeRow(u"source"_s, {{u"id"_s, u"case-source"_s},
                                          {u"kind"_s, u"user_entry"_s},
                                          {u"citation"_s, entry.study.reference},
                                          {u"title"_s, u"t"_s},
                                          {u"year"_s, valueOrNull(entry.study.referenceYear)}})};
        else if (kind == u"arm")
            rows = {armRow(m_studyId, u"case-arm"_s, entry.arm)};
        else if (kind == u"outcome")
            rows = {outcomeRow(m_treatmentId, u"case-outcome"_s, entry.outcome)};
        else
            rows = {effectRow(m_studyId, u"case-effect"_s, entry.effect)};
        QSqlDatabase connection = m_database->connection();
        connection.transaction();
        bool accepted = true;
        for (const StoredRow &row : rows) {
            QSqlQuery query(connection);
            query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                row.table, row.columns.join(u','),
                QStringList(row.columns.size(), u"?"_s).join(u',')));
            for (qsizetype i = 0; i < row.values.size(); ++i)
                query.bindValue(int(i), row.values[i]);
            if (!query.exec()) {
                accepted = false;
                error = query.lastError().databaseText();
            }
        }
        connection.rollback();
        return accepted;
    }

    void addCase(const char *name, const QString &kind, bool rules, bool schema, Change change)
    {
        m_changes.insert(QString::fromLatin1(name), std::move(change));
        QTest::newRow(name) << kind << rules << schema;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database.emplace(Database::open(m_dir.filePath(u"rules.sqlite"_s)));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT id FROM endpoint ORDER BY id"_s) && query.next());
        m_endpointId = query.value(0).toString();
        const EvidenceEditor editor(m_database->connection());
        StudyEntry study = validEntry().study;
        m_studyId = EvidenceEditor::afterId(editor.addStudy(study), u"study"_s);
        Arm arm = validEntry().arm;
        m_treatmentId = EvidenceEditor::afterId(editor.addArm(m_studyId, arm), u"arm"_s);
        arm.label = u"Control"_s;
        arm.role = u"comparator"_s;
        m_controlId = EvidenceEditor::afterId(editor.addArm(m_studyId, arm), u"arm"_s);
    }

    void rulesAgreeWithTheSchema_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("rulesAccept");
        QTest::addColumn<bool>("schemaAccepts");
        const QString study = u"study"_s, arm = u"arm"_s, outcome = u"outcome"_s,
                      effect = u"effect"_s;
        // name, table, the rules' verdict, SQLite's verdict, the change to a valid entry
        addCase("study valid", study, true, true, [](Entry &) {});
        addCase("study size -3", study, false, false,
                [](Entry &e) { e.study.study.size = number(-3); });
        addCase("study size 0", study, false, false,
                [](Entry &e) { e.study.study.size = number(0); });
        addCase("study included studies 0", study, false, false,
                [](Entry &e) { e.study.study.includedStudies = number(0); });
        addCase("study follow-up without unit", study, false, false,
                [](Entry &e) { e.study.study.followUp = number(12); });
        addCase("study follow-up in years", study, false, false, [](Entry &e) {
            e.study.study.followUp = number(2);
            e.study.study.followUpUnit = u"year"_s;
        });
        addCase("study follow-up 12 months", study, true, true, [](Entry &e) {
            e.study.study.followUp = number(12);
            e.study.study.followUpUnit = u"month"_s;
        });
        addCase("study kind rct", study, false, false,
                [](Entry &e) { e.study.study.kind = u"rct"_s; });
        addCase("study reference year 1850", study, false, false,
                [](Entry &e) { e.study.referenceYear = 1850; });
        addCase("study reference year 2100", study, true, true,
                [](Entry &e) { e.study.referenceYear = 2100; });
        addCase("study reference year 2101", study, false, false,
                [](Entry &e) { e.study.referenceYear = 2101; });
        addCase("study empty name (rules only)", study, false, true,
                [](Entry &e) { e.study.study.name = u"  "_s; });
        addCase("study no condition (rules only)", study, false, true,
                [](Entry &e) { e.study.study.conditionIds.clear(); });
        addCase("study size 12.5 (rules only)", study, false, true,
                [](Entry &e) { e.study.study.size = number(12.5); });

        addCase("arm valid", arm, true, true, [](Entry &) {});
        addCase("arm size 0", arm, false, false, [](Entry &e) { e.arm.size = number(0); });
        addCase("arm role placebo", arm, false, false, [](Entry &e) { e.arm.role = u"placebo"_s; });
        addCase("arm dose without unit", arm, false, false,
                [](Entry &e) { e.arm.dose = number(1.6); });
        addCase("arm dose 1.6 mg", arm, true, true, [](Entry &e) {
            e.arm.dose = number(1.6);
            e.arm.doseUnit = u"mg"_s;
        });
        addCase("arm dose 0 mg", arm, false, false, [](Entry &e) {
            e.arm.dose = number(0);
            e.arm.doseUnit = u"mg"_s;
        });
        addCase("arm duration 6 years", arm, false, false, [](Entry &e) {
            e.arm.duration = number(6);
            e.arm.durationUnit = u"year"_s;
        });
        addCase("arm duration 6 months", arm, true, true, [](Entry &e) {
            e.arm.duration = number(6);
            e.arm.durationUnit = u"month"_s;
        });
        addCase("arm duration unit alone", arm, false, false,
                [](Entry &e) { e.arm.durationUnit = u"week"_s; });
        addCase("arm empty label (rules only)", arm, false, true,
                [](Entry &e) { e.arm.label = u" "_s; });

        addCase("outcome valid", outcome, true, true, [](Entry &) {});
        addCase("outcome events 70 of 60", outcome, false, false,
                [](Entry &e) { e.outcome.events = 70; });
        addCase("outcome events 60 of 60", outcome, true, true,
                [](Entry &e) { e.outcome.events = 60; });
        addCase("outcome events -1", outcome, false, false,
                [](Entry &e) { e.outcome.events = -1; });
        addCase("outcome events 0", outcome, true, true, [](Entry &e) { e.outcome.events = 0; });
        addCase("outcome total 0", outcome, false, false, [](Entry &e) {
            e.outcome.events = 0;
            e.outcome.total = 0;
        });
        addCase("outcome percent 100", outcome, true, true,
                [](Entry &e) { e.outcome.percent = number(100); });
        addCase("outcome percent 100.5", outcome, false, false,
                [](Entry &e) { e.outcome.percent = number(100.5); });
        addCase("outcome percent -1", outcome, false, false,
                [](Entry &e) { e.outcome.percent = number(-1); });
        addCase("outcome range 60-90", outcome, true, true, [](Entry &e) {
            e.outcome.percentLow = number(60);
            e.outcome.percentHigh = number(90);
        });
        addCase("outcome range 90-60", outcome, false, false, [](Entry &e) {
            e.outcome.percentLow = number(90);
            e.outcome.percentHigh = number(60);
        });
        addCase("outcome range with one end", outcome, false, false,
                [](Entry &e) { e.outcome.percentLow = number(60); });
        addCase("outcome percent and range", outcome, false, false, [](Entry &e) {
            e.outcome.percent = number(70);
            e.outcome.percentLow = number(60);
            e.outcome.percentHigh = number(90);
        });
        addCase("outcome words only", outcome, true, true, [](Entry &e) {
            e.outcome.events.reset();
            e.outcome.total.reset();
            e.outcome.finding = u"no relapse reported"_s;
        });
        addCase("outcome nothing given (rules only)", outcome, false, true, [](Entry &e) {
            e.outcome.events.reset();
            e.outcome.total.reset();
        });

        addCase("effect valid", effect, true, true, [](Entry &) {});
        addCase("effect RR estimate 0", effect, false, false, [](Entry &e) {
            e.effect.estimate = number(0);
            e.effect.ciLow = number(0);
        });
        addCase("effect OR CI low 0", effect, false, false, [](Entry &e) {
            e.effect.measure = u"OR"_s;
            e.effect.ciLow = number(0);
        });
        addCase("effect HR CI high -1", effect, false, false, [](Entry &e) {
            e.effect.measure = u"HR"_s;
            e.effect.estimate.reset();
            e.effect.ciLow = number(-2);
            e.effect.ciHigh = number(-1);
        });
        addCase("effect HR valid", effect, true, true,
                [](Entry &e) { e.effect.measure = u"HR"_s; });
        addCase("effect RD -0.2 (-0.3 to -0.1)", effect, true, true, [](Entry &e) {
            e.effect.measure = u"RD"_s;
            e.effect.estimate = number(-0.2);
            e.effect.ciLow = number(-0.3);
            e.effect.ciHigh = number(-0.1);
        });
        addCase("effect RD 1.5", effect, false, false, [](Entry &e) {
            e.effect.measure = u"RD"_s;
            e.effect.estimate = number(1.5);
            e.effect.ciLow = number(1.2);
            e.effect.ciHigh = number(1.8);
        });
        addCase("effect RD CI low -1.1", effect, false, false, [](Entry &e) {
            e.effect.measure = u"RD"_s;
            e.effect.estimate = number(-0.5);
            e.effect.ciLow = number(-1.1);
            e.effect.ciHigh = number(0.1);
        });
        addCase("effect CI low above CI high", effect, false, false, [](Entry &e) {
            e.effect.estimate.reset();
            e.effect.ciLow = number(1.2);
            e.effect.ciHigh = number(0.5);
        });
        addCase("effect CI with one end", effect, false, false,
                [](Entry &e) { e.effect.ciHigh.reset(); });
        addCase("effect estimate without measure", effect, false, false,
                [](Entry &e) { e.effect.measure.clear(); });
        addCase("effect p 1.5", effect, false, false, [](Entry &e) {
            e.effect.pValue = ReportedPValue{u"="_s, 1.5, u"1.5"_s};
        });
        addCase("effect p < 0.001", effect, true, true, [](Entry &e) {
            e.effect.pValue = ReportedPValue{u"<"_s, 0.001, u"<0.001"_s};
        });
        addCase("effect CI level 95", effect, false, false,
                [](Entry &e) { e.effect.ciLevel = 95; });
        addCase("effect CI level 0.95", effect, true, true,
                [](Entry &e) { e.effect.ciLevel = 0.95; });
        addCase("effect arm against itself", effect, false, false,
                [this](Entry &e) { e.effect.comparatorArmId = m_treatmentId; });
        addCase("effect estimate outside its CI (rules only)", effect, false, true,
                [](Entry &e) { e.effect.estimate = number(1.5); });
        addCase("effect estimate on the CI's edge", effect, true, true,
                [](Entry &e) { e.effect.estimate = number(0.5); });
    }

    void rulesAgreeWithTheSchema()
    {
        QFETCH(QString, kind);
        QFETCH(bool, rulesAccept);
        QFETCH(bool, schemaAccepts);
        Entry entry = validEntry();
        m_changes.value(QString::fromLatin1(QTest::currentDataTag()))(entry);
        const FieldProblems problems = kind == u"study" ? EvidenceRules::checkStudy(entry.study)
                                       : kind == u"arm" ? EvidenceRules::checkArm(entry.arm)
                                       : kind == u"outcome"
                                           ? EvidenceRules::checkOutcome(entry.outcome)
                                           : EvidenceRules::checkEffect(entry.effect);
        QString error;
        const bool stored = this->schemaAccepts(kind, entry, error);
        QVERIFY2(problems.isEmpty() == rulesAccept,
                 qPrintable(problems.isEmpty() ? u"accepted"_s : problems.first().message));
        QVERIFY2(stored == schemaAccepts, qPrintable(error));
        // The property the dialogs rely on: what they let through, the database stores.
        QVERIFY(!rulesAccept || stored);
        for (const FieldProblem &problem : problems)
            QVERIFY(!problem.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceRules)
#include "tst_evidencerules.moc"
