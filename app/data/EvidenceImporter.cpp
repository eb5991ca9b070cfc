// SPDX-License-Identifier: MIT
#include "data/EvidenceImporter.h"

#include "data/DatabaseError.h"
#include "data/ImportProblem.h"

#include <QSqlError>
#include <QSqlQuery>

namespace eb {
namespace {

void executeOrThrow(QSqlQuery &query)
{
    if (!query.exec())
        throw DatabaseError(query.lastError().text());
}

// The stored row's columns, or nothing if no row has the id.
std::optional<QVariantList> storedRow(const QSqlDatabase &connection, const QString &table,
                                      const QStringList &columns, const QString &id)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                      .arg(columns.join(QStringLiteral(", ")), table));
    query.addBindValue(id);
    executeOrThrow(query);
    if (!query.next())
        return std::nullopt;
    QVariantList values;
    for (int i = 0; i < columns.size(); ++i)
        values.append(query.value(i).isNull() ? QVariant(QString()) : query.value(i));
    return values;
}

bool sameValues(const QVariantList &stored, const QVariantList &imported)
{
    for (qsizetype i = 0; i < stored.size(); ++i)
        if (stored[i].toString() != imported[i].toString())
            return false;
    return true;
}

// The import's decisions and problems, made inside the open transaction.
class Plan
{
public:
    Plan(QSqlDatabase connection, Dataset &dataset, DuplicatePolicy duplicates,
         ImportReport &report)
        : m_connection(std::move(connection))
        , m_dataset(dataset)
        , m_duplicates(duplicates)
        , m_report(report)
        , m_sharedInFile(sharedIdsOf(dataset))
    {}

    const QList<ImportProblem> &problems() const { return m_problems; }
    const QSet<QString> &alreadyStored() const { return m_alreadyStored; }

    // Shared rows (sources, quotes, conditions, endpoints, interventions, time points, facts
    // about the therapy as a whole) the
    // database already holds are reused when identical and a problem when they differ.
    void matchSharedRows()
    {
        for (qsizetype s = 0; s < m_dataset.sources.size(); ++s) {
            const Source &source = m_dataset.sources[s];
            shared(QStringLiteral("source"), source.id, QStringLiteral("sources[%1]").arg(s),
                   {QStringLiteral("citation")}, {source.citation});
            for (qsizetype q = 0; q < source.quotes.size(); ++q)
                shared(QStringLiteral("quote"), source.quotes[q].id,
                       QStringLiteral("sources[%1].quotes[%2]").arg(s).arg(q),
                       {QStringLiteral("source_id"), QStringLiteral("text")},
                       {source.id, source.quotes[q].text});
        }
        for (qsizetype i = 0; i < m_dataset.conditions.size(); ++i)
            shared(QStringLiteral("condition"), m_dataset.conditions[i].id,
                   QStringLiteral("conditions[%1]").arg(i), {QStringLiteral("label")},
                   {m_dataset.conditions[i].label});
        for (qsizetype i = 0; i < m_dataset.endpoints.size(); ++i) {
            const Endpoint &e = m_dataset.endpoints[i];
            shared(QStringLiteral("endpoint"), e.id, QStringLiteral("endpoints[%1]").arg(i),
                   {QStringLiteral("label"), QStringLiteral("direction")},
                   {e.label, e.direction == Direction::HigherIsWorse
                                 ? QStringLiteral("higher_is_worse")
                                 : QStringLiteral("higher_is_better")});
        }
        for (qsizetype i = 0; i < m_dataset.interventions.size(); ++i)
            shared(QStringLiteral("intervention"), m_dataset.interventions[i].id,
                   QStringLiteral("interventions[%1]").arg(i), {QStringLiteral("label")},
                   {m_dataset.interventions[i].label});
        for (qsizetype i = 0; i < m_dataset.therapyFacts.size(); ++i)
            shared(QStringLiteral("therapy_fact"), m_dataset.therapyFacts[i].id,
                   QStringLiteral("therapy_facts[%1]").arg(i), {QStringLiteral("statement")},
                   {m_dataset.therapyFacts[i].statement});
        for (qsizetype i = 0; i < m_dataset.reviewAnalyses.size(); ++i) {
            const ReviewAnalysis &a = m_dataset.reviewAnalyses[i];
            const QString path = QStringLiteral("review_analyses[%1]").arg(i);
            shared(QStringLiteral("review_analysis"), a.id, path,
                   {QStringLiteral("comparison"), QStringLiteral("outcome"),
                    QStringLiteral("subgroup"), QStringLiteral("estimate_printed")},
                   {a.comparison, a.outcome, a.subgroup,
                    a.estimate ? a.estimate->printed : QString()});
            requireKnown(QStringLiteral("quote"), a.quoteId, path, QStringLiteral("quote_id"));
            requireKnown(QStringLiteral("endpoint"), a.endpointId, path,
                         QStringLiteral("endpoint_id"));
            requireKnown(QStringLiteral("review_analysis"), a.parentId, path,
                         QStringLiteral("parent_id"));
        }
        forEachTimepoint([this](const Timepoint &tp, const QString &path) {
            shared(QStringLiteral("timepoint"), tp.id, path + QStringLiteral(".timepoint"),
                   {QStringLiteral("label"), QStringLiteral("anchor")}, {tp.label, tp.anchor});
        });
    }

    // A study the database holds (same id, or same name) is handled as the policy says.
    void handleDuplicateStudies()
    {
        QList<Study> kept;
        for (qsizetype s = 0; s < m_dataset.studies.size(); ++s) {
            Study study = m_dataset.studies[s];
            const QString path = QStringLiteral("studies[%1]").arg(s);
            QSqlQuery query(m_connection);
            query.prepare(QStringLiteral("SELECT id, name, origin FROM study WHERE id = ? OR "
                                         "lower(name) = lower(?) LIMIT 1"));
            query.addBindValue(study.id);
            query.addBindValue(study.name);
            executeOrThrow(query);
            if (!query.next()) {
                m_studyIdInDatabase.insert(study.id, study.id);
                kept.append(study);
                continue;
            }
            const QString storedId = query.value(0).toString();
            const QString stored =
                QStringLiteral("\"%1\" (%2)").arg(query.value(1).toString(), storedId);
            const bool bundled = query.value(2).toString() == u"bundled";
            switch (m_duplicates) {
            case DuplicatePolicy::Refuse:
                m_problems.append({path, QStringLiteral("id"),
                                   QStringLiteral("the database already holds %1; choose "
                                                  "--on-duplicate skip, replace or keep-both")
                                       .arg(stored)});
                break;
            case DuplicatePolicy::Skip:
                m_report.skipped.append(stored);
                m_studyIdInDatabase.insert(study.id, storedId);
                break;
            case DuplicatePolicy::Replace:
                if (bundled) {
                    m_problems.append({path, QStringLiteral("id"),
                                       QStringLiteral("%1 is from the bundled source document "
                                                      "and cannot be replaced; choose "
                                                      "--on-duplicate skip or keep-both")
                                           .arg(stored)});
                } else {
                    deleteStudy(storedId);
                    m_report.replaced.append(stored);
                }
                m_studyIdInDatabase.insert(study.id, study.id);
                kept.append(study);
                break;
            case DuplicatePolicy::KeepBoth:
                // Only a clashing id needs a new one; a study of the same name keeps its own.
                kept.append(storedId == study.id ? renamed(study) : study);
                m_studyIdInDatabase.insert(study.id, kept.constLast().id);
                break;
            }
        }
        m_dataset.studies = kept;
    }

    // Every id a study's rows bring must be new, and everything they point at must exist.
    void checkStudyRows()
    {
        for (qsizetype s = 0; s < m_dataset.studies.size(); ++s) {
            const Study &study = m_dataset.studies[s];
            const QString path = QStringLiteral("studies[%1]").arg(s);
            for (qsizetype c = 0; c < study.conditionIds.size(); ++c)
                requireKnown(QStringLiteral("condition"), study.conditionIds[c], path,
                             QStringLiteral("conditions[%1]").arg(c));
            checkCitations(study.citations, path);
            checkCaveats(study.caveats, path);
            checkClassifications(study.classifications, path);
            for (qsizetype a = 0; a < study.arms.size(); ++a) {
                const Arm &arm = study.arms[a];
                const QString armPath = path + QStringLiteral(".arms[%1]").arg(a);
                requireNewId(QStringLiteral("arm"), arm.id, armPath);
                for (qsizetype i = 0; i < arm.interventionIds.size(); ++i)
                    requireKnown(QStringLiteral("intervention"), arm.interventionIds[i], armPath,
                                 QStringLiteral("interventions[%1]").arg(i));
                checkCitations(arm.citations, armPath);
                checkCaveats(arm.caveats, armPath);
                checkClassifications(arm.classifications, armPath);
                for (qsizetype o = 0; o < arm.outcomes.size(); ++o) {
                    const Outcome &outcome = arm.outcomes[o];
                    const QString outcomePath = armPath + QStringLiteral(".outcomes[%1]").arg(o);
                    requireNewId(QStringLiteral("outcome"), outcome.id, outcomePath);
                    requireKnown(QStringLiteral("endpoint"), outcome.endpointId, outcomePath,
                                 QStringLiteral("endpoint_id"));
                    requireKnown(QStringLiteral("review_analysis"), outcome.analysisId, outcomePath,
                                 QStringLiteral("analysis_id"));
                    checkCitations(outcome.citations, outcomePath);
                    checkCaveats(outcome.caveats, outcomePath);
                }
            }
            for (qsizetype e = 0; e < study.effects.size(); ++e) {
                const Effect &effect = study.effects[e];
                const QString effectPath = path + QStringLiteral(".effects[%1]").arg(e);
                requireNewId(QStringLiteral("effect"), effect.id, effectPath);
                requireKnown(QStringLiteral("endpoint"), effect.endpointId, effectPath,
                             QStringLiteral("endpoint_id"));
                requireKnown(QStringLiteral("review_analysis"), effect.analysisId, effectPath,
                             QStringLiteral("analysis_id"));
                checkCitations(effect.citations, effectPath);
                checkCaveats(effect.caveats, effectPath);
            }
        }
        for (qsizetype f = 0; f < m_dataset.therapyFacts.size(); ++f) {
            const QString path = QStringLiteral("therapy_facts[%1]").arg(f);
            requireKnown(QStringLiteral("intervention"), m_dataset.therapyFacts[f].interventionId,
                         path, QStringLiteral("intervention_id"));
            checkCitations(m_dataset.therapyFacts[f].citations, path);
        }
    }

    // Each note goes to the study it is on as the import leaves the database: the file's
    // study (under its new id if kept as a copy, or the stored one it was skipped for), else
    // a study the database holds, such as a bundled one. A note the study already has is not
    // written again; a different one is a problem, as the user's words are not overwritten.
    void placeUserNotes()
    {
        QList<UserNote> placed;
        for (qsizetype n = 0; n < m_dataset.userNotes.size(); ++n) {
            const UserNote &note = m_dataset.userNotes[n];
            const QString path = QStringLiteral("user_notes[%1]").arg(n);
            QString studyId = m_studyIdInDatabase.value(note.studyId);
            if (studyId.isEmpty() && stored(QStringLiteral("study"), note.studyId))
                studyId = note.studyId;
            if (studyId.isEmpty()) {
                m_problems.append({path, QStringLiteral("study_id"),
                                   QStringLiteral("study \"%1\" is neither in the file nor in "
                                                  "the database")
                                       .arg(note.studyId)});
                continue;
            }
            QSqlQuery query(m_connection);
            query.prepare(QStringLiteral("SELECT text FROM annotation WHERE study_id = ?"));
            query.addBindValue(studyId);
            executeOrThrow(query);
            if (!query.next()) {
                placed.append({studyId, note.text});
            } else if (query.value(0).toString() != note.text) {
                m_problems.append({path, QStringLiteral("text"),
                                   QStringLiteral("study \"%1\" already has another note of "
                                                  "yours (\"%2\"); change one of them to match")
                                       .arg(studyId, query.value(0).toString().left(60))});
            }
        }
        m_dataset.userNotes = placed;
    }

private:
    void shared(const QString &table, const QString &id, const QString &path,
                const QStringList &columns, const QVariantList &values)
    {
        const std::optional<QVariantList> stored = storedRow(m_connection, table, columns, id);
        if (!stored)
            return;
        if (sameValues(*stored, values)) {
            m_alreadyStored.insert(table + u':' + id);
            return;
        }
        m_problems.append({path, QStringLiteral("id"),
                           QStringLiteral("the database already has a %1 \"%2\" with another "
                                          "%3 (\"%4\"); give this one another id")
                               .arg(table, id, columns.last(), stored->last().toString())});
    }

    template <typename Visit> void forEachTimepoint(Visit visit) const
    {
        for (qsizetype s = 0; s < m_dataset.studies.size(); ++s) {
            const Study &study = m_dataset.studies[s];
            for (qsizetype a = 0; a < study.arms.size(); ++a)
                for (qsizetype o = 0; o < study.arms[a].outcomes.size(); ++o)
                    if (const auto &tp = study.arms[a].outcomes[o].timepoint)
                        visit(*tp, QStringLiteral("studies[%1].arms[%2].outcomes[%3]")
                                       .arg(s)
                                       .arg(a)
                                       .arg(o));
            for (qsizetype e = 0; e < study.effects.size(); ++e)
                if (const auto &tp = study.effects[e].timepoint)
                    visit(*tp, QStringLiteral("studies[%1].effects[%2]").arg(s).arg(e));
        }
    }

    bool stored(const QString &table, const QString &id) const
    {
        return storedRow(m_connection, table, {QStringLiteral("id")}, id).has_value();
    }

    // "table:id" of the rows a study may point at that the file itself brings; built once,
    // because every citation of every study is looked up in it.
    static QSet<QString> sharedIdsOf(const Dataset &dataset)
    {
        QSet<QString> ids;
        for (const Condition &condition : dataset.conditions)
            ids.insert(QStringLiteral("condition:") + condition.id);
        for (const Endpoint &endpoint : dataset.endpoints)
            ids.insert(QStringLiteral("endpoint:") + endpoint.id);
        for (const Intervention &intervention : dataset.interventions)
            ids.insert(QStringLiteral("intervention:") + intervention.id);
        for (const Source &source : dataset.sources)
            for (const Quote &quote : source.quotes)
                ids.insert(QStringLiteral("quote:") + quote.id);
        for (const ReviewAnalysis &analysis : dataset.reviewAnalyses)
            ids.insert(QStringLiteral("review_analysis:") + analysis.id);
        return ids;
    }

    void requireKnown(const QString &table, const QString &id, const QString &path,
                      const QString &field)
    {
        if (!id.isEmpty() && !m_sharedInFile.contains(table + u':' + id) && !stored(table, id))
            m_problems.append({path, field,
                               QStringLiteral("%1 \"%2\" is neither in the file nor in the "
                                              "database")
                                   .arg(table, id)});
    }

    void requireNewId(const QString &table, const QString &id, const QString &path)
    {
        if (stored(table, id))
            m_problems.append(
                {path, QStringLiteral("id"),
                 QStringLiteral("the database already uses \"%1\" for another %2").arg(id, table)});
    }

    void checkCitations(const QList<Citation> &citations, const QString &path)
    {
        for (qsizetype i = 0; i < citations.size(); ++i)
            requireKnown(QStringLiteral("quote"), citations[i].quoteId, path,
                         QStringLiteral("citations[%1].quote_id").arg(i));
    }

    void checkCaveats(const QList<Caveat> &caveats, const QString &path)
    {
        for (qsizetype i = 0; i < caveats.size(); ++i) {
            requireNewId(QStringLiteral("caveat"), caveats[i].id,
                         path + QStringLiteral(".caveats[%1]").arg(i));
            requireKnown(QStringLiteral("quote"), caveats[i].quoteId, path,
                         QStringLiteral("caveats[%1].quote_id").arg(i));
        }
    }

    void checkClassifications(const QList<Classification> &classifications, const QString &path)
    {
        for (qsizetype i = 0; i < classifications.size(); ++i)
            requireNewId(QStringLiteral("classification"), classifications[i].id,
                         path + QStringLiteral(".classifications[%1]").arg(i));
    }

    // Under new ids (a free "-2", "-3"... suffix), so that both copies are kept.
    Study renamed(Study study)
    {
        int n = 2;
        while (stored(QStringLiteral("study"), study.id + QStringLiteral("-%1").arg(n)))
            ++n;
        const QString suffix = QStringLiteral("-%1").arg(n);
        m_report.renamed.append(study.id + QStringLiteral(" -> ") + study.id + suffix);
        QHash<QString, QString> arms;
        study.id += suffix;
        const auto renameAll = [&suffix](auto &list) {
            for (auto &item : list)
                item.id += suffix;
        };
        renameAll(study.caveats);
        renameAll(study.classifications);
        for (Arm &arm : study.arms) {
            arms.insert(arm.id, arm.id + suffix);
            arm.id += suffix;
            renameAll(arm.outcomes);
            renameAll(arm.caveats);
            renameAll(arm.classifications);
            for (Outcome &outcome : arm.outcomes)
                renameAll(outcome.caveats);
        }
        for (Effect &effect : study.effects) {
            effect.id += suffix;
            effect.treatmentArmId = arms.value(effect.treatmentArmId, effect.treatmentArmId);
            effect.comparatorArmId = arms.value(effect.comparatorArmId, effect.comparatorArmId);
            renameAll(effect.caveats);
        }
        return study;
    }

    // A user's study and every row that hangs on it; shared rows stay.
    void deleteStudy(const QString &studyId)
    {
        const QString arms = QStringLiteral("(SELECT id FROM arm WHERE study_id = :s)");
        const QString outcomes =
            QStringLiteral("(SELECT id FROM outcome WHERE arm_id IN %1)").arg(arms);
        const QString effects = QStringLiteral("(SELECT id FROM effect WHERE study_id = :s)");
        const QStringList statements{
            QStringLiteral("DELETE FROM provenance WHERE study_id = :s OR arm_id IN %1 OR "
                           "outcome_id IN %2 OR effect_id IN %3")
                .arg(arms, outcomes, effects),
            QStringLiteral("DELETE FROM caveat WHERE study_id = :s OR arm_id IN %1 OR "
                           "outcome_id IN %2 OR effect_id IN %3")
                .arg(arms, outcomes, effects),
            QStringLiteral("DELETE FROM classification WHERE study_id = :s OR arm_id IN %1")
                .arg(arms),
            QStringLiteral("DELETE FROM annotation WHERE study_id = :s"),
            QStringLiteral("DELETE FROM effect WHERE study_id = :s"),
            QStringLiteral("DELETE FROM outcome WHERE arm_id IN %1").arg(arms),
            QStringLiteral("DELETE FROM arm_intervention WHERE arm_id IN %1").arg(arms),
            QStringLiteral("DELETE FROM arm WHERE study_id = :s"),
            QStringLiteral("DELETE FROM study_condition WHERE study_id = :s"),
            QStringLiteral("DELETE FROM study WHERE id = :s AND origin = 'user'")};
        for (const QString &sql : statements) {
            QSqlQuery query(m_connection);
            query.prepare(sql);
            query.bindValue(QStringLiteral(":s"), studyId);
            executeOrThrow(query);
        }
    }

    QSqlDatabase m_connection;
    Dataset &m_dataset;
    DuplicatePolicy m_duplicates;
    ImportReport &m_report;
    QList<ImportProblem> m_problems;
    QSet<QString> m_alreadyStored;               // "table:id"
    QHash<QString, QString> m_studyIdInDatabase; // a file's study id -> the one it ends up as
    const QSet<QString> m_sharedInFile;
};

void count(const Dataset &dataset, const QSet<QString> &alreadyStored, ImportReport &report)
{
    for (const Source &source : dataset.sources) {
        report.sources += alreadyStored.contains(QStringLiteral("source:") + source.id) ? 0 : 1;
        for (const Quote &quote : source.quotes)
            report.quotes += alreadyStored.contains(QStringLiteral("quote:") + quote.id) ? 0 : 1;
    }
    const auto isNew = [&alreadyStored](const QString &table, const QString &id) {
        return !alreadyStored.contains(table + u':' + id);
    };
    for (const Condition &condition : dataset.conditions)
        if (isNew(QStringLiteral("condition"), condition.id))
            report.newConditions.append(
                QStringLiteral("%1 (%2)").arg(condition.label, condition.id));
    for (const Endpoint &endpoint : dataset.endpoints)
        if (isNew(QStringLiteral("endpoint"), endpoint.id))
            report.newEndpoints.append(QStringLiteral("%1 (%2)").arg(endpoint.label, endpoint.id));
    for (const Intervention &intervention : dataset.interventions)
        if (isNew(QStringLiteral("intervention"), intervention.id))
            report.newInterventions.append(
                QStringLiteral("%1 (%2)").arg(intervention.label, intervention.id));
    for (const ReviewAnalysis &analysis : dataset.reviewAnalyses)
        report.reviewAnalyses += isNew(QStringLiteral("review_analysis"), analysis.id) ? 1 : 0;
    report.studies = int(dataset.studies.size());
    for (const Study &study : dataset.studies) {
        report.imported.append(QStringLiteral("\"%1\" (%2)").arg(study.name, study.id));
        report.arms += int(study.arms.size());
        report.effects += int(study.effects.size());
        for (const Arm &arm : study.arms)
            report.outcomes += int(arm.outcomes.size());
    }
    report.userNotes = int(dataset.userNotes.size());
}

} // namespace

QString ImportReport::countsText() const
{
    const QString counts =
        QStringLiteral("%1 studies (%2 arms, %3 outcomes, %4 effects), %5 new sources, %6 new "
                       "quotes")
            .arg(studies)
            .arg(arms)
            .arg(outcomes)
            .arg(effects)
            .arg(sources)
            .arg(quotes);
    const QString withAnalyses =
        reviewAnalyses == 0
            ? counts
            : counts + QStringLiteral(", %1 new review analyses (the review's own pooled "
                                      "results)")
                           .arg(reviewAnalyses);
    return userNotes == 0
               ? withAnalyses
               : withAnalyses + QStringLiteral(", %1 new notes of yours on studies").arg(userNotes);
}

EvidenceImporter::EvidenceImporter(QSqlDatabase connection)
    : m_connection(std::move(connection))
{}

ImportReport EvidenceImporter::import(Dataset dataset, const QString &fileName,
                                      DuplicatePolicy duplicates, bool dryRun,
                                      const Progress &progress) const
{
    QSqlQuery transaction(m_connection);
    // IMMEDIATE: the write lock first, so that nobody changes what the checks read.
    if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE")))
        throw DatabaseError(QStringLiteral("cannot import: the database is busy or read-only "
                                           "(%1)")
                                .arg(transaction.lastError().databaseText()));
    ImportReport report;
    try {
        Plan plan(m_connection, dataset, duplicates, report);
        plan.matchSharedRows();
        plan.handleDuplicateStudies();
        plan.checkStudyRows();
        plan.placeUserNotes();
        if (!plan.problems().isEmpty())
            throw ImportError(fileName, plan.problems());
        report.cancelled =
            !DatasetWriter(m_connection).insert(dataset, plan.alreadyStored(), progress);
        count(dataset, plan.alreadyStored(), report);
    } catch (...) {
        transaction.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    if (dryRun || report.cancelled) {
        transaction.exec(QStringLiteral("ROLLBACK"));
        return report;
    }
    if (!transaction.exec(QStringLiteral("COMMIT"))) {
        const QString error = transaction.lastError().databaseText();
        transaction.exec(QStringLiteral("ROLLBACK"));
        throw DatabaseError(QStringLiteral("the import could not be saved: %1").arg(error));
    }
    report.written = true;
    return report;
}

} // namespace eb
