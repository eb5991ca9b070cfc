// SPDX-License-Identifier: MIT
// The user's own studies, arms, outcomes and effects: each add, edit and delete is written in
// one transaction, and undoing it gives back the database as it was, row for row; redoing it
// gives back the database as the edit left it. Rows of the bundled source document and
// entries that break the rules are refused and change nothing.
#include "common/FileHash.h"
#include "data/Database.h"
#include "data/EvidenceEditor.h"
#include "data/EvidenceRepository.h"
#include "data/InputError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

ReportedNumber number(double value, const QString &printed)
{
    return ReportedNumber{value, printed};
}

// Every stored row of every table, in stored order, with its rowid, and the full-text
// index's entries by what they index (its own row numbers are renumbered on re-insert and
// are not evidence).
QString dump(const QSqlDatabase &connection)
{
    QStringList lines;
    QSqlQuery tables(connection);
    tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                "'study_text%' AND name NOT LIKE 'sqlite%' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
        QSqlQuery rows(connection);
        if (!rows.exec(u"SELECT rowid, * FROM %1 ORDER BY rowid"_s.arg(table)))
            rows.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table)); // WITHOUT ROWID
        while (rows.next()) {
            QStringList values{table};
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).isNull() ? u"NULL"_s : rows.value(i).toString());
            lines.append(values.join(u'|'));
        }
    }
    QSqlQuery text(connection);
    text.exec(u"SELECT r.kind, r.id, t.text FROM study_text_row r JOIN study_text t "
              "ON t.rowid = r.row ORDER BY 1, 2"_s);
    while (text.next())
        lines.append(u"study_text|%1|%2|%3"_s.arg(
            text.value(0).toString(), text.value(1).toString(), text.value(2).toString()));
    return lines.join(u'\n');
}

QString firstId(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql) || !query.next())
        return QString();
    return query.value(0).toString();
}

StudyEntry sampleStudy(const QString &name)
{
    Study study;
    study.name = name;
    study.kind = u"trial"_s;
    study.design = u"open-label randomised"_s;
    study.size = number(120, u"120"_s);
    study.followUp = number(48, u"48"_s);
    study.followUpUnit = u"week"_s;
    study.conditionIds = {u"hbv"_s};
    return {study, u"Smith J et al. J Hepatol 2019;70:1-9"_s, 2019};
}

Arm sampleArm(const QString &label, const QString &role, const QString &interventionId)
{
    Arm arm;
    arm.label = label;
    arm.role = role;
    arm.size = number(60, u"60"_s);
    arm.dose = number(1.6, u"1.6"_s);
    arm.doseUnit = u"mg"_s;
    if (!interventionId.isEmpty())
        arm.interventionIds = {interventionId};
    return arm;
}

Outcome sampleOutcome(const QString &endpointId, int events)
{
    Outcome outcome;
    outcome.endpointId = endpointId;
    outcome.events = events;
    outcome.total = 60;
    return outcome;
}

Effect sampleEffect(const QString &endpointId, const QString &treatment, const QString &control)
{
    Effect effect;
    effect.endpointId = endpointId;
    effect.treatmentArmId = treatment;
    effect.comparatorArmId = control;
    effect.measure = u"RR"_s;
    effect.estimate = number(0.8, u"0.80"_s);
    effect.ciLow = number(0.5, u"0.50"_s);
    effect.ciHigh = number(1.2, u"1.20"_s);
    return effect;
}

} // namespace

class TestEvidenceEditor : public QObject
{
    Q_OBJECT

private:
    // A database with the bundled dataset and one user study: two arms, an outcome, an effect.
    struct Fixture
    {
        QString path;
        QString studyId, treatmentId, controlId, outcomeId, effectId, endpointId, interventionId;
    };

    Fixture prepare(const QString &name)
    {
        Fixture fixture;
        fixture.path = m_dir.filePath(name + u".sqlite"_s);
        const Database database = Database::open(fixture.path);
        const QSqlDatabase connection = database.connection();
        fixture.endpointId = firstId(connection, u"SELECT id FROM endpoint ORDER BY id"_s);
        fixture.interventionId = firstId(connection, u"SELECT id FROM intervention ORDER BY id"_s);
        const EvidenceEditor editor(connection);
        fixture.studyId =
            EvidenceEditor::afterId(editor.addStudy(sampleStudy(u"Smith 2019"_s)), u"study"_s);
        fixture.treatmentId = EvidenceEditor::afterId(
            editor.addArm(fixture.studyId,
                          sampleArm(u"Thymosin"_s, u"treatment"_s, fixture.interventionId)),
            u"arm"_s);
        fixture.controlId = EvidenceEditor::afterId(
            editor.addArm(fixture.studyId, sampleArm(u"Control"_s, u"comparator"_s, {})), u"arm"_s);
        fixture.outcomeId = EvidenceEditor::afterId(
            editor.addOutcome(fixture.treatmentId, sampleOutcome(fixture.endpointId, 12)),
            u"outcome"_s);
        fixture.effectId = EvidenceEditor::afterId(
            editor.addEffect(fixture.studyId, sampleEffect(fixture.endpointId, fixture.treatmentId,
                                                           fixture.controlId)),
            u"effect"_s);
        return fixture;
    }

    QTemporaryDir m_dir;
    int m_databases = 0;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void idsAreMadeFromNames()
    {
        const Fixture fixture = prepare(u"ids"_s);
        QCOMPARE(fixture.studyId, u"smith-2019"_s);
        QCOMPARE(fixture.treatmentId, u"smith-2019-thymosin"_s);
        QCOMPARE(fixture.controlId, u"smith-2019-control"_s);
    }

    void everyEditIsUndoneAndRedoneExactly_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind :
             {"add study", "edit study", "delete study", "add arm", "edit arm", "delete arm",
              "add outcome", "edit outcome", "delete outcome", "add effect", "edit effect",
              "delete effect", "annotate a bundled study"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void everyEditIsUndoneAndRedoneExactly()
    {
        QFETCH(QString, kind);
        const Fixture f = prepare(u"edit%1"_s.arg(++m_databases));
        const Database database = Database::open(f.path);
        const QSqlDatabase connection = database.connection();
        const EvidenceEditor editor(connection, QDate(2026, 11, 27));
        const QHash<QString, std::function<EvidenceChange()>> edits{
            {u"add study"_s,
             [&] {
                 return editor.addStudy(sampleStudy(u"Jones 2021"_s));
             }},
            {u"edit study"_s,
             [&] {
                 StudyEntry entry = sampleStudy(u"Smith 2019 (corrected)"_s);
                 entry.study.id = f.studyId;
                 entry.study.conditionIds = {u"cirrhosis"_s};
                 entry.referenceYear = 2020;
                 return editor.editStudy(entry);
             }},
            {u"delete study"_s,
             [&] {
                 return editor.deleteStudy(f.studyId);
             }},
            {u"add arm"_s,
             [&] {
                 return editor.addArm(f.studyId, sampleArm(u"High dose"_s, u"treatment"_s, {}));
             }},
            {u"edit arm"_s,
             [&] {
                 Arm arm = sampleArm(u"Thymosin 1.6 mg"_s, u"treatment"_s, {});
                 arm.id = f.treatmentId;
                 return editor.editArm(arm);
             }},
            {u"delete arm"_s,
             [&] {
                 return editor.deleteArm(f.treatmentId);
             }},
            {u"add outcome"_s,
             [&] {
                 return editor.addOutcome(f.controlId, sampleOutcome(f.endpointId, 20));
             }},
            {u"edit outcome"_s,
             [&] {
                 Outcome outcome = sampleOutcome(f.endpointId, 14);
                 outcome.id = f.outcomeId;
                 return editor.editOutcome(outcome);
             }},
            {u"delete outcome"_s,
             [&] {
                 return editor.deleteOutcome(f.outcomeId);
             }},
            {u"add effect"_s,
             [&] {
                 Effect effect = sampleEffect(f.endpointId, f.treatmentId, f.controlId);
                 effect.measure = u"OR"_s;
                 return editor.addEffect(f.studyId, effect);
             }},
            {u"edit effect"_s,
             [&] {
                 Effect effect = sampleEffect(f.endpointId, f.treatmentId, f.controlId);
                 effect.id = f.effectId;
                 effect.estimate = number(0.7, u"0.70"_s);
                 return editor.editEffect(effect);
             }},
            {u"delete effect"_s,
             [&] {
                 return editor.deleteEffect(f.effectId);
             }},
            {u"annotate a bundled study"_s,
             [&] {
                 return editor.annotateStudy(u"jp-chb-rct"_s, u"Checked against the paper."_s);
             }},
        };
        const QString before = dump(connection);
        const EvidenceChange change = edits.value(kind)();
        const QString after = dump(connection);
        QVERIFY(after != before);
        QVERIFY(!change.text.isEmpty());
        editor.undo(change);
        QCOMPARE(dump(connection), before);
        editor.redo(change);
        QCOMPARE(dump(connection), after);
        editor.undo(change);
        QCOMPARE(dump(connection), before);
    }

    // Deleting the study takes its arms, their outcomes, its effects, their citations and
    // the user's entry statements; nothing of it is left behind.
    void deletingAStudyTakesWhatDependsOnIt()
    {
        const Fixture f = prepare(u"cascade"_s);
        const Database database = Database::open(f.path);
        const QSqlDatabase connection = database.connection();
        const QString before = dump(connection);
        EvidenceEditor(connection).deleteStudy(f.studyId);
        QVERIFY(!dump(connection).contains(u"smith-2019"_s));
        QVERIFY(before.contains(u"user-entry:smith-2019:outcome:"_s));
        QSqlQuery check(connection);
        QVERIFY(check.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY(!check.next());
    }

    // Deleting an arm takes the effect that compares it with the other arm.
    void deletingAnArmTakesItsEffects()
    {
        const Fixture f = prepare(u"armcascade"_s);
        const Database database = Database::open(f.path);
        EvidenceEditor(database.connection()).deleteArm(f.controlId);
        QCOMPARE(firstId(database.connection(), u"SELECT count(*) FROM effect WHERE study_id = "
                                                "'smith-2019'"_s),
                 u"0"_s);
        QCOMPARE(firstId(database.connection(), u"SELECT count(*) FROM outcome WHERE arm_id = "
                                                "'smith-2019-thymosin'"_s),
                 u"1"_s);
    }

    // What the user typed is cited to the user's own entry, never to a publication's words.
    void entriesCiteTheUsersEntry()
    {
        const Fixture f = prepare(u"provenance"_s);
        const Database database = Database::open(f.path);
        const Dataset dataset = EvidenceRepository(database.connection()).load();
        const QuoteIndex quotes = dataset.quoteIndex();
        const Study *study = nullptr;
        for (const Study &candidate : dataset.studies)
            if (candidate.id == f.studyId)
                study = &candidate;
        QVERIFY(study);
        QCOMPARE(study->citations.size(), 1);
        const CitedQuote cited = quotes.value(study->citations.first().quoteId);
        QVERIFY(cited.quote && cited.source);
        QVERIFY(cited.quote->isUserEntry());
        QCOMPARE(cited.quote->text,
                 u"Entered by the user on %1."_s.arg(QDate::currentDate().toString(Qt::ISODate)));
        QCOMPARE(cited.source->kind, u"user_entry"_s);
        QCOMPARE(cited.source->citation, u"Smith J et al. J Hepatol 2019;70:1-9"_s);
        QCOMPARE(cited.source->year, 2019);
        QCOMPARE(study->arms.size(), 2);
        QCOMPARE(study->arms.first().citations.size(), 1);
        QCOMPARE(study->arms.first().outcomes.first().citations.size(), 1);
        QCOMPARE(study->effects.first().citations.size(), 1);
    }

    void bundledRowsRefuseEdits_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind :
             {"edit study", "delete study", "add arm", "edit arm", "delete arm", "add outcome",
              "edit outcome", "delete outcome", "add effect", "edit effect", "delete effect"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void bundledRowsRefuseEdits()
    {
        QFETCH(QString, kind);
        const QString path = m_dir.filePath(u"bundled%1.sqlite"_s.arg(++m_databases));
        Database::open(path);
        const QByteArray hashBefore = fileHash(path);
        {
            const Database database = Database::open(path);
            const QSqlDatabase c = database.connection();
            const QString study = firstId(c, u"SELECT id FROM study WHERE origin = 'bundled' AND "
                                             "EXISTS (SELECT 1 FROM effect e WHERE e.study_id = "
                                             "study.id) ORDER BY id"_s);
            const QString arm =
                firstId(c, u"SELECT id FROM arm WHERE study_id = '%1'"_s.arg(study));
            const QString outcome =
                firstId(c, u"SELECT id FROM outcome WHERE origin = 'bundled'"_s);
            const QString effect =
                firstId(c, u"SELECT id FROM effect WHERE study_id = '%1'"_s.arg(study));
            const QString endpoint = firstId(c, u"SELECT id FROM endpoint"_s);
            QVERIFY(!arm.isEmpty() && !outcome.isEmpty() && !effect.isEmpty());
            const EvidenceEditor editor(c);
            const QHash<QString, std::function<void()>> edits{
                {u"edit study"_s,
                 [&] {
                     StudyEntry entry = sampleStudy(u"Renamed"_s);
                     entry.study.id = study;
                     editor.editStudy(entry);
                 }},
                {u"delete study"_s,
                 [&] {
                     editor.deleteStudy(study);
                 }},
                {u"add arm"_s,
                 [&] {
                     editor.addArm(study, sampleArm(u"New"_s, u"treatment"_s, {}));
                 }},
                {u"edit arm"_s,
                 [&] {
                     Arm a = sampleArm(u"New"_s, u"treatment"_s, {});
                     a.id = arm;
                     editor.editArm(a);
                 }},
                {u"delete arm"_s,
                 [&] {
                     editor.deleteArm(arm);
                 }},
                {u"add outcome"_s,
                 [&] {
                     editor.addOutcome(arm, sampleOutcome(endpoint, 1));
                 }},
                {u"edit outcome"_s,
                 [&] {
                     Outcome o = sampleOutcome(endpoint, 1);
                     o.id = outcome;
                     editor.editOutcome(o);
                 }},
                {u"delete outcome"_s,
                 [&] {
                     editor.deleteOutcome(outcome);
                 }},
                {u"add effect"_s,
                 [&] {
                     editor.addEffect(study, sampleEffect(endpoint, QString(), QString()));
                 }},
                {u"edit effect"_s,
                 [&] {
                     Effect e = sampleEffect(endpoint, QString(), QString());
                     e.id = effect;
                     editor.editEffect(e);
                 }},
                {u"delete effect"_s,
                 [&] {
                     editor.deleteEffect(effect);
                 }},
            };
            try {
                edits.value(kind)();
                QFAIL("a bundled row was changed");
            } catch (const InputError &error) {
                QVERIFY2(error.message().contains(u"bundled source document"_s),
                         qPrintable(error.message()));
            }
        }
        QCOMPARE(fileHash(path), hashBefore);
    }

    void brokenRulesChangeNothing()
    {
        const Fixture f = prepare(u"rules"_s);
        Database::open(f.path); // compacts what the fixture's edits left free
        const QByteArray hashBefore = fileHash(f.path);
        {
            const Database database = Database::open(f.path);
            Outcome outcome = sampleOutcome(f.endpointId, 70);
            try {
                EvidenceEditor(database.connection()).addOutcome(f.controlId, outcome);
                QFAIL("70 events of 60 were saved");
            } catch (const InputError &error) {
                QCOMPARE(error.message(), u"The outcome is not saved: events: 70 events is more "
                                          "than the total of 60."_s);
            }
        }
        QCOMPARE(fileHash(f.path), hashBefore);
    }

    // An undo after the rows changed another way is refused rather than written over them.
    void staleUndoIsRefused()
    {
        const Fixture f = prepare(u"stale"_s);
        const Database database = Database::open(f.path);
        const EvidenceEditor editor(database.connection());
        Arm arm = sampleArm(u"Renamed once"_s, u"treatment"_s, {});
        arm.id = f.treatmentId;
        const EvidenceChange first = editor.editArm(arm);
        arm.label = u"Renamed twice"_s;
        editor.editArm(arm);
        const QString before = dump(database.connection());
        QVERIFY_THROWS_EXCEPTION(InputError, editor.undo(first));
        QCOMPARE(dump(database.connection()), before);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceEditor)
#include "tst_evidenceeditor.moc"
