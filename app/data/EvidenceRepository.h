// SPDX-License-Identifier: MIT
#pragma once

#include "core/Dataset.h"
#include "core/StudySelection.h"

#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <limits>
#include <optional>

namespace eb {

// Where a paged read of studies stands: after which stored row, and whether it has ended.
struct StudyCursor
{
    qint64 afterRowid = std::numeric_limits<qint64>::min();
    bool finished = false;
};

// What a paged read of studies fills in: everything, or every row but the citations (the
// provenance rows, half of a database's rows), which the integrity audit does not look at.
enum class StudyParts
{
    All,
    WithoutCitations,
};

// Turns the rows of an evidence database into core types. Read-only.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(QSqlDatabase connection);

    // The condition id for what a user typed ("HBV" -> "hbv"), matched without regard to case.
    std::optional<QString> findConditionId(const QString &userText) const;
    QStringList conditionIds() const;

    // Everything, or only the studies of the selection's conditions and study (filtered in
    // SQL; its other criteria are for StudySelection::matches) with the sources they cite;
    // therapy-wide facts belong to no study and come only unfiltered.
    Dataset load(const StudySelection &selection = StudySelection()) const;

    // The same, a piece at a time, for databases too large to hold (the streaming commands):
    // the dataset without studies and sources, after checking every reference once; then
    // the next `limit` studies of the selection, in stored order, each with all its rows
    // (only those studies' rows are read); the quotes the selection's studies cite; every
    // source, in stored order, with its quotes (only onlyQuotes, when given; a source left
    // without quotes is skipped).
    Dataset loadHeader(const StudySelection &selection = StudySelection()) const;
    // loadHeader()'s checks of the whole database (every reference resolves, every number
    // column holds numbers), which read every row: seconds at 100,000 studies. A window
    // reading on demand runs them on its search thread; the header is read without them.
    void refuseDamage() const;
    Dataset loadHeaderUnchecked() const;
    QList<Study> loadStudies(const StudySelection &selection, StudyCursor &cursor, int limit,
                             StudyParts parts = StudyParts::All) const;
    QSet<QString> quotesCitedBy(const StudySelection &selection) const;
    // The header (loadHeader()) with the studies of these ids, in stored order, each with all
    // its rows, and the sources of the quotes they cite with only those quotes: a page of the
    // window's study list, read when it is shown.
    Dataset loadStudiesWithIds(const Dataset &header, const QStringList &ids) const;

    // The ids of the studies whose searched text (what StudySelection::matches searches: names,
    // design, population, arms, results, caveats, cited quotes) contains `text` without
    // regard to case, found through the full-text index of schema version 4. Text of fewer
    // than three characters, which the trigram index cannot look up, is read row by row and
    // folds only ASCII letters.
    QSet<QString> studiesContaining(const QString &text) const;
    // The query studiesContaining() runs, with its values appended to `values`: one column
    // `study_id`, each study once, and NULL for a quote only a therapy fact cites. StudyQuery
    // puts it in its own query, so that the text's studies come found and ordered at once.
    static QString studiesContainingSql(const QString &text, QVariantList &values);
    void forEachSource(const std::function<void(const Source &)> &visit,
                       const QSet<QString> *onlyQuotes = nullptr) const;

private:
    QSqlDatabase m_connection;
};

} // namespace eb
