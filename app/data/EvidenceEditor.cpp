// SPDX-License-Identifier: MIT
#include "data/EvidenceEditor.h"

#include "data/DatabaseError.h"
#include "data/EntryRows.h"
#include "data/InputError.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace eb {
using namespace EntryRows;
namespace {

const QString userOrigin = QStringLiteral("user");

// Keeps the first row of each key, in order.
StoredRows distinct(const StoredRows &rows)
{
    StoredRows kept;
    QSet<QString> seen;
    for (const StoredRow &row : rows)
        if (!seen.contains(row.key())) {
            seen.insert(row.key());
            kept.append(row);
        }
    return kept;
}

QString slug(const QString &text)
{
    static const QRegularExpression notAlphanumeric(QStringLiteral("[^a-z0-9]+"));
    QString id = text.toLower().replace(notAlphanumeric, QStringLiteral("-"));
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

QString sourceIdOf(const QString &studyId)
{
    return QStringLiteral("user-entry:") + studyId;
}

QString entryQuoteId(const QString &studyId, const QString &table, const QString &rowId)
{
    return QStringLiteral("user-entry:%1:%2:%3").arg(studyId, table, rowId);
}

void refuseProblems(const QString &what, const FieldProblems &problems)
{
    if (problems.isEmpty())
        return;
    QStringList lines;
    for (const FieldProblem &problem : problems)
        lines.append(problem.field + QStringLiteral(": ") + problem.message);
    throw InputError(QStringLiteral("%1 is not saved: %2").arg(what, lines.join(u' ')));
}

QString quoted(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

} // namespace

// The study a row belongs to, and the row's parent (the study of an arm or effect, the arm
// of an outcome).
struct EvidenceEditor::Owner
{
    QString studyId;
    QString studyName;
    QString parentId;
    QString label; // how the row reads in messages and the undo history
};

EvidenceEditor::EvidenceEditor(QSqlDatabase connection, QDate today)
    : m_connection(connection)
    , m_rows(connection)
    , m_today(today)
{}

EvidenceEditor::Owner EvidenceEditor::ownerOf(const QString &table, const QString &id) const
{
    // The row's own origin and its study's: both must be the user's.
    static const QHash<QString, QString> sql{
        {QStringLiteral("study"), QStringLiteral("SELECT s.id, s.name, s.id, s.name, s.origin, "
                                                 "s.origin FROM study s WHERE s.id = ?")},
        {QStringLiteral("arm"),
         QStringLiteral("SELECT s.id, s.name, s.id, a.label, s.origin, a.origin FROM arm a "
                        "JOIN study s ON s.id = a.study_id WHERE a.id = ?")},
        {QStringLiteral("outcome"),
         QStringLiteral("SELECT s.id, s.name, a.id, a.label, s.origin, o.origin FROM outcome o "
                        "JOIN arm a ON a.id = o.arm_id JOIN study s ON s.id = a.study_id "
                        "WHERE o.id = ?")},
        {QStringLiteral("effect"),
         QStringLiteral("SELECT s.id, s.name, s.id, e.endpoint_id, s.origin, e.origin FROM "
                        "effect e JOIN study s ON s.id = e.study_id WHERE e.id = ?")},
    };
    QSqlQuery query(m_connection);
    query.prepare(sql.value(table));
    query.addBindValue(id);
    if (!query.exec())
        throw DatabaseError(query.lastError().text());
    if (!query.next())
        throw InputError(QStringLiteral("There is no %1 \"%2\" in the database.").arg(table, id));
    if (query.value(4).toString() != userOrigin || query.value(5).toString() != userOrigin)
        throw InputError(QStringLiteral("%1 comes from the bundled source document: its rows "
                                        "cannot be changed. Annotate it, or add your own study.")
                             .arg(quoted(query.value(1).toString())));
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()};
}

// The statement that the user entered the row, and its citation.
StoredRows EvidenceEditor::entryRows(const Owner &owner, const QString &table,
                                     const QString &rowId) const
{
    const QString quoteId = entryQuoteId(owner.studyId, table, rowId);
    StoredRows rows;
    if (m_rows
            .select(QStringLiteral("source"), QStringLiteral("id = ?"), {sourceIdOf(owner.studyId)})
            .isEmpty() &&
        table != u"study")
        rows.append(makeRow(QStringLiteral("source"),
                            {{QStringLiteral("id"), sourceIdOf(owner.studyId)},
                             {QStringLiteral("kind"), QStringLiteral("user_entry")},
                             {QStringLiteral("citation"),
                              QStringLiteral("Entered by the user in Evidence Browser")},
                             {QStringLiteral("title"), owner.studyName}}));
    rows.append(
        makeRow(QStringLiteral("quote"),
                {{QStringLiteral("id"), quoteId},
                 {QStringLiteral("source_id"), sourceIdOf(owner.studyId)},
                 {QStringLiteral("text"),
                  QStringLiteral("Entered by the user on %1.").arg(m_today.toString(Qt::ISODate))},
                 {QStringLiteral("wording"), QStringLiteral("user_entry")}}));
    const QString column = table + QStringLiteral("_id");
    const StoredRows cited =
        m_rows.select(QStringLiteral("provenance"),
                      QStringLiteral("quote_id = ? AND %1 = ?").arg(column), {quoteId, rowId});
    QVariant provenanceId;
    if (!cited.isEmpty()) {
        provenanceId = cited.first().value(QStringLiteral("id"));
    } else {
        QSqlQuery query(m_connection);
        if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM provenance")) ||
            !query.next())
            throw DatabaseError(query.lastError().text());
        provenanceId = query.value(0);
    }
    rows.append(makeRow(QStringLiteral("provenance"), {{QStringLiteral("id"), provenanceId},
                                                       {QStringLiteral("quote_id"), quoteId},
                                                       {column, rowId}}));
    return rows;
}

// What an edit of the row replaces: the row, its links, its citations (they stood behind the
// old values) and the user's entry statement.
StoredRows EvidenceEditor::ownRows(const QString &table, const QString &id) const
{
    StoredRows rows = m_rows.select(table, QStringLiteral("id = ?"), {id});
    if (table == u"study") {
        rows +=
            m_rows.select(QStringLiteral("study_condition"), QStringLiteral("study_id = ?"), {id});
        rows += m_rows.select(QStringLiteral("source"), QStringLiteral("id = ?"), {sourceIdOf(id)});
    }
    if (table == u"arm")
        rows +=
            m_rows.select(QStringLiteral("arm_intervention"), QStringLiteral("arm_id = ?"), {id});
    const StoredRows cited =
        m_rows.select(QStringLiteral("provenance"), table + QStringLiteral("_id = ?"), {id});
    rows += cited;
    for (const StoredRow &citation : cited)
        if (citation.value(QStringLiteral("quote_id")).toString().startsWith(u"user-entry:"))
            rows += m_rows.select(QStringLiteral("quote"), QStringLiteral("id = ?"),
                                  {citation.value(QStringLiteral("quote_id"))});
    return rows;
}

// The row and everything that depends on it, children first found through their parents.
StoredRows EvidenceEditor::deletedWith(const QString &table, const QString &id) const
{
    StoredRows rows = ownRows(table, id);
    const QString column = table + QStringLiteral("_id");
    rows += m_rows.select(QStringLiteral("caveat"), column + QStringLiteral(" = ?"), {id});
    if (table == u"study" || table == u"arm")
        rows +=
            m_rows.select(QStringLiteral("classification"), column + QStringLiteral(" = ?"), {id});
    if (table == u"study") {
        for (const StoredRow &arm :
             m_rows.select(QStringLiteral("arm"), QStringLiteral("study_id = ?"), {id}))
            rows += deletedWith(QStringLiteral("arm"), arm.value(QStringLiteral("id")).toString());
        for (const StoredRow &effect :
             m_rows.select(QStringLiteral("effect"), QStringLiteral("study_id = ?"), {id}))
            rows += deletedWith(QStringLiteral("effect"),
                                effect.value(QStringLiteral("id")).toString());
        rows += m_rows.select(QStringLiteral("quote"), QStringLiteral("source_id = ?"),
                              {sourceIdOf(id)});
        rows += m_rows.select(QStringLiteral("annotation"), QStringLiteral("study_id = ?"), {id});
    }
    if (table == u"arm") {
        for (const StoredRow &outcome :
             m_rows.select(QStringLiteral("outcome"), QStringLiteral("arm_id = ?"), {id}))
            rows += deletedWith(QStringLiteral("outcome"),
                                outcome.value(QStringLiteral("id")).toString());
        for (const StoredRow &effect : m_rows.select(
                 QStringLiteral("effect"),
                 QStringLiteral("treatment_arm_id = ? OR comparator_arm_id = ?"), {id, id}))
            rows += deletedWith(QStringLiteral("effect"),
                                effect.value(QStringLiteral("id")).toString());
    }
    return distinct(rows);
}

EvidenceChange EvidenceEditor::write(const QString &text, StoredRows before,
                                     const StoredRows &after) const
{
    before = distinct(before + m_rows.selectSame(after));
    EvidenceChange change{text, before, {}};
    change.after = m_rows.replace(change.before, after);
    return change;
}

QString EvidenceEditor::freeId(const QString &table, const QString &base) const
{
    const QString stem = base.isEmpty() ? table : base;
    QString id = stem;
    for (int n = 2; !m_rows.select(table, QStringLiteral("id = ?"), {id}).isEmpty(); ++n)
        id = stem + u'-' + QString::number(n);
    return id;
}

EvidenceChange EvidenceEditor::addStudy(const StudyEntry &entry) const
{
    refuseProblems(QStringLiteral("The study"), EvidenceRules::checkStudy(entry));
    StudyEntry added = entry;
    added.study.id = freeId(QStringLiteral("study"), slug(entry.study.name));
    return editStudyRows(added, QStringLiteral("Add study %1").arg(quoted(added.study.name)), {});
}

EvidenceChange EvidenceEditor::editStudy(const StudyEntry &entry) const
{
    refuseProblems(QStringLiteral("The study"), EvidenceRules::checkStudy(entry));
    ownerOf(QStringLiteral("study"), entry.study.id);
    return editStudyRows(entry, QStringLiteral("Edit study %1").arg(quoted(entry.study.name)),
                         ownRows(QStringLiteral("study"), entry.study.id));
}

EvidenceChange EvidenceEditor::editStudyRows(const StudyEntry &entry, const QString &text,
                                             const StoredRows &before) const
{
    const QString &id = entry.study.id;
    StoredRows after{studyRow(id, entry.study),
                     makeRow(QStringLiteral("source"),
                             {{QStringLiteral("id"), sourceIdOf(id)},
                              {QStringLiteral("kind"), QStringLiteral("user_entry")},
                              {QStringLiteral("citation"), entry.reference.trimmed()},
                              {QStringLiteral("title"), entry.study.name.trimmed()},
                              {QStringLiteral("year"), valueOrNull(entry.referenceYear)}})};
    for (const QString &conditionId : entry.study.conditionIds)
        after.append(makeRow(
            QStringLiteral("study_condition"),
            {{QStringLiteral("study_id"), id}, {QStringLiteral("condition_id"), conditionId}}));
    after += entryRows({id, entry.study.name, id, entry.study.name}, QStringLiteral("study"), id);
    return write(text, before, after);
}

EvidenceChange EvidenceEditor::deleteStudy(const QString &studyId) const
{
    const Owner owner = ownerOf(QStringLiteral("study"), studyId);
    return write(QStringLiteral("Delete study %1").arg(quoted(owner.studyName)),
                 deletedWith(QStringLiteral("study"), studyId), {});
}

EvidenceChange EvidenceEditor::addArm(const QString &studyId, const Arm &arm) const
{
    refuseProblems(QStringLiteral("The arm"), EvidenceRules::checkArm(arm));
    const Owner owner = ownerOf(QStringLiteral("study"), studyId);
    Arm added = arm;
    added.id = freeId(QStringLiteral("arm"), studyId + u'-' + slug(arm.label));
    return writeArm(owner, added, QStringLiteral("Add arm %1").arg(quoted(arm.label)), {});
}

EvidenceChange EvidenceEditor::editArm(const Arm &arm) const
{
    refuseProblems(QStringLiteral("The arm"), EvidenceRules::checkArm(arm));
    const Owner owner = ownerOf(QStringLiteral("arm"), arm.id);
    return writeArm(owner, arm, QStringLiteral("Edit arm %1").arg(quoted(arm.label)),
                    ownRows(QStringLiteral("arm"), arm.id));
}

EvidenceChange EvidenceEditor::writeArm(const Owner &owner, const Arm &arm, const QString &text,
                                        const StoredRows &before) const
{
    StoredRows after{armRow(owner.studyId, arm.id, arm)};
    for (const QString &interventionId : arm.interventionIds)
        after.append(makeRow(QStringLiteral("arm_intervention"),
                             {{QStringLiteral("arm_id"), arm.id},
                              {QStringLiteral("intervention_id"), interventionId}}));
    after += entryRows(owner, QStringLiteral("arm"), arm.id);
    return write(text, before, after);
}

EvidenceChange EvidenceEditor::deleteArm(const QString &armId) const
{
    const Owner owner = ownerOf(QStringLiteral("arm"), armId);
    return write(QStringLiteral("Delete arm %1").arg(quoted(owner.label)),
                 deletedWith(QStringLiteral("arm"), armId), {});
}

EvidenceChange EvidenceEditor::addOutcome(const QString &armId, const Outcome &outcome) const
{
    refuseProblems(QStringLiteral("The outcome"), EvidenceRules::checkOutcome(outcome));
    Owner owner = ownerOf(QStringLiteral("arm"), armId);
    owner.parentId = armId;
    const QString id = freeId(QStringLiteral("outcome"), armId + u'-' + slug(outcome.endpointId));
    StoredRows after{outcomeRow(armId, id, outcome)};
    after += entryRows(owner, QStringLiteral("outcome"), id);
    return write(
        QStringLiteral("Add outcome %1 of %2").arg(quoted(outcome.endpointId), quoted(owner.label)),
        {}, after);
}

EvidenceChange EvidenceEditor::editOutcome(const Outcome &outcome) const
{
    refuseProblems(QStringLiteral("The outcome"), EvidenceRules::checkOutcome(outcome));
    const Owner owner = ownerOf(QStringLiteral("outcome"), outcome.id);
    StoredRows after{outcomeRow(owner.parentId, outcome.id, outcome)};
    after += entryRows(owner, QStringLiteral("outcome"), outcome.id);
    return write(QStringLiteral("Edit outcome %1 of %2")
                     .arg(quoted(outcome.endpointId), quoted(owner.label)),
                 ownRows(QStringLiteral("outcome"), outcome.id), after);
}

EvidenceChange EvidenceEditor::deleteOutcome(const QString &outcomeId) const
{
    const Owner owner = ownerOf(QStringLiteral("outcome"), outcomeId);
    return write(QStringLiteral("Delete outcome of %1").arg(quoted(owner.label)),
                 deletedWith(QStringLiteral("outcome"), outcomeId), {});
}

void EvidenceEditor::refuseForeignArms(const QString &studyId, const Effect &effect) const
{
    for (const QString &armId : {effect.treatmentArmId, effect.comparatorArmId})
        if (!armId.isEmpty() &&
            m_rows
                .select(QStringLiteral("arm"), QStringLiteral("id = ? AND study_id = ?"),
                        {armId, studyId})
                .isEmpty())
            throw InputError(QStringLiteral("The effect is not saved: arm \"%1\" is not an arm "
                                            "of this study.")
                                 .arg(armId));
}

EvidenceChange EvidenceEditor::addEffect(const QString &studyId, const Effect &effect) const
{
    refuseProblems(QStringLiteral("The effect"), EvidenceRules::checkEffect(effect));
    const Owner owner = ownerOf(QStringLiteral("study"), studyId);
    refuseForeignArms(studyId, effect);
    const QString id = freeId(QStringLiteral("effect"),
                              studyId + u'-' + slug(effect.endpointId + u'-' + effect.measure));
    StoredRows after{effectRow(studyId, id, effect)};
    after += entryRows(owner, QStringLiteral("effect"), id);
    return write(QStringLiteral("Add effect %1 to %2")
                     .arg(quoted(effect.endpointId), quoted(owner.studyName)),
                 {}, after);
}

EvidenceChange EvidenceEditor::editEffect(const Effect &effect) const
{
    refuseProblems(QStringLiteral("The effect"), EvidenceRules::checkEffect(effect));
    const Owner owner = ownerOf(QStringLiteral("effect"), effect.id);
    refuseForeignArms(owner.studyId, effect);
    StoredRows after{effectRow(owner.studyId, effect.id, effect)};
    after += entryRows(owner, QStringLiteral("effect"), effect.id);
    return write(QStringLiteral("Edit effect %1 of %2")
                     .arg(quoted(effect.endpointId), quoted(owner.studyName)),
                 ownRows(QStringLiteral("effect"), effect.id), after);
}

EvidenceChange EvidenceEditor::deleteEffect(const QString &effectId) const
{
    const Owner owner = ownerOf(QStringLiteral("effect"), effectId);
    return write(
        QStringLiteral("Delete effect %1 of %2").arg(quoted(owner.label), quoted(owner.studyName)),
        deletedWith(QStringLiteral("effect"), effectId), {});
}

EvidenceChange EvidenceEditor::annotateStudy(const QString &studyId, const QString &text) const
{
    const StoredRows study =
        m_rows.select(QStringLiteral("study"), QStringLiteral("id = ?"), {studyId});
    if (study.isEmpty())
        throw InputError(QStringLiteral("There is no study \"%1\" in the database.").arg(studyId));
    const StoredRows before =
        m_rows.select(QStringLiteral("annotation"), QStringLiteral("study_id = ?"), {studyId});
    StoredRows after;
    if (!text.trimmed().isEmpty())
        after.append(makeRow(QStringLiteral("annotation"),
                             {{QStringLiteral("id"), QString(QStringLiteral("note:") + studyId)},
                              {QStringLiteral("study_id"), studyId},
                              {QStringLiteral("text"), text.trimmed()}}));
    const QString name = study.first().value(QStringLiteral("name")).toString();
    return write(
        (after.isEmpty() ? QStringLiteral("Remove note on %1") : QStringLiteral("Annotate %1"))
            .arg(quoted(name)),
        before, after);
}

StudyEntry EvidenceEditor::studyEntry(const Study &study) const
{
    StudyEntry entry{study, {}, {}};
    const StoredRows source =
        m_rows.select(QStringLiteral("source"), QStringLiteral("id = ?"), {sourceIdOf(study.id)});
    if (!source.isEmpty()) {
        entry.reference = source.first().value(QStringLiteral("citation")).toString();
        const QVariant year = source.first().value(QStringLiteral("year"));
        if (!year.isNull())
            entry.referenceYear = year.toInt();
    }
    return entry;
}

void EvidenceEditor::redo(const EvidenceChange &change) const
{
    m_rows.replace(change.before, change.after);
}

void EvidenceEditor::undo(const EvidenceChange &change) const
{
    m_rows.replace(change.after, change.before);
}

QString EvidenceEditor::afterId(const EvidenceChange &change, const QString &table)
{
    for (const StoredRow &row : change.after)
        if (row.table == table)
            return row.value(QStringLiteral("id")).toString();
    return QString();
}

} // namespace eb
