// SPDX-License-Identifier: MIT
#include "data/BundledDataset.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/SchemaMigrator.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;

namespace {

QVariant scalar(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

// A dataset version that writes the given studies (each a bundled row).
BundledDataset datasetWithStudies(int version, const QStringList &studyValues)
{
    QString sql = QStringLiteral("INSERT INTO source (id, kind, citation, title, origin) "
                                 "VALUES ('doc', 'review_article', 'Doc', 'Doc', 'bundled');\n");
    for (const QString &values : studyValues)
        sql += QStringLiteral("INSERT INTO study (id, name, kind, origin) VALUES (%1, 'trial', "
                              "'bundled');\n")
                   .arg(values);
    return BundledDataset(version, {SqlScript(QStringLiteral("test.sql"), sql)});
}

// Every value the bundled data leaves NULL ("not reported"), as "table:id:field", with why:
// each must be a value no bundled source gives. A new NULL needs a line here.
const QHash<QString, QString> &reasonsForNulls()
{
    static const QString docNoDesign = QStringLiteral("the document names no design");
    static const QString noCountry = QStringLiteral("no source says where it was run");
    static const QString noSize = QStringLiteral("no source gives a number of patients");
    static const QString noFollowUp = QStringLiteral("no source gives a follow-up");
    static const QString noDose = QStringLiteral("no source gives this arm's dose");
    static const QString noSchedule = QStringLiteral("no source gives this arm's schedule");
    static const QString noDuration =
        QStringLiteral("no source gives how long this arm was treated");
    static const QString noArmSize = QStringLiteral("no source gives this arm's size");
    static const QString noTimepoint = QStringLiteral("no source says when it was measured");
    static const QString percentOnly =
        QStringLiteral("only a percentage is given; counts are never derived from it");
    static const QString wordsOnly = QStringLiteral("the document gives words, no number");
    static const QString noLevel =
        QStringLiteral("the summary of Yang 2008 prints the interval without its level");
    static const QString noP = QStringLiteral("no source gives a p-value for it");
    static const QHash<QString, QString> reasons{
        {QStringLiteral("study:tace-study:design"), docNoDesign},
        {QStringLiteral("study:na-range:country"),
         QStringLiteral("a range across unnamed studies")},
        {QStringLiteral("study:ifn-meta:country"), noCountry},
        {QStringLiteral("study:cirrhosis-rct:country"), noCountry},
        {QStringLiteral("study:hcc-resection-cohort:country"), noCountry},
        {QStringLiteral("study:tace-study:country"), noCountry},
        {QStringLiteral("study:you-2006-rct:country"), noCountry},
        {QStringLiteral("study:na-range:size"), QStringLiteral("a range across unnamed studies")},
        {QStringLiteral("study:tace-study:size"), noSize},
        {QStringLiteral("study:na-range:follow_up"),
         QStringLiteral("a range across unnamed studies")},
        {QStringLiteral("study:cirrhosis-rct:follow_up"), noFollowUp},
        {QStringLiteral("study:tace-study:follow_up"),
         QStringLiteral("only \"at 3 months\" is given")},
        {QStringLiteral("arm:na-range-etv-or-tdf:dose"), noDose},
        {QStringLiteral("arm:ifn-meta-ta1:dose"), QStringLiteral("a pooled arm of four trials")},
        {QStringLiteral("arm:ifn-meta-ifn:dose"), QStringLiteral("a pooled arm of four trials")},
        {QStringLiteral("arm:cirrhosis-rct-ta1-etv:dose"), noDose},
        {QStringLiteral("arm:cirrhosis-rct-etv:dose"), noDose},
        {QStringLiteral("arm:hcc-resection-cohort-ta1:dose"), noDose},
        {QStringLiteral("arm:hcc-resection-cohort-control:dose"), noDose},
        {QStringLiteral("arm:tace-study-tace-ta1:dose"), noDose},
        {QStringLiteral("arm:jp-chb-rct-ta1-0.8mg:schedule"),
         QStringLiteral("Iino 2005's summary gives the dose and 24 weeks, not the schedule")},
        {QStringLiteral("arm:na-range-etv-or-tdf:schedule"), noSchedule},
        {QStringLiteral("arm:ifn-meta-ta1:schedule"),
         QStringLiteral("a pooled arm of four trials")},
        {QStringLiteral("arm:ifn-meta-ifn:schedule"),
         QStringLiteral("a pooled arm of four trials")},
        {QStringLiteral("arm:cirrhosis-rct-ta1-etv:schedule"), noSchedule},
        {QStringLiteral("arm:cirrhosis-rct-etv:schedule"), noSchedule},
        {QStringLiteral("arm:hcc-resection-cohort-ta1:schedule"), noSchedule},
        {QStringLiteral("arm:hcc-resection-cohort-control:schedule"), noSchedule},
        {QStringLiteral("arm:tace-study-tace-ta1:schedule"), noSchedule},
        {QStringLiteral("arm:na-range-etv-or-tdf:duration"), noDuration},
        {QStringLiteral("arm:ifn-meta-ta1:duration"),
         QStringLiteral("Yang 2008 gives \"6 months of treatment\" as a time point of the pooled "
                        "result, not as each trial's duration")},
        {QStringLiteral("arm:ifn-meta-ifn:duration"),
         QStringLiteral("Yang 2008 gives \"6 months of treatment\" as a time point of the pooled "
                        "result, not as each trial's duration")},
        {QStringLiteral("arm:cirrhosis-rct-ta1-etv:duration"), noDuration},
        {QStringLiteral("arm:cirrhosis-rct-etv:duration"), noDuration},
        {QStringLiteral("arm:hcc-resection-cohort-ta1:duration"), noDuration},
        {QStringLiteral("arm:hcc-resection-cohort-control:duration"), noDuration},
        {QStringLiteral("arm:tace-study-tace-ta1:duration"), noDuration},
        {QStringLiteral("arm:jp-chb-rct-ta1-1.6mg:size"),
         QStringLiteral("316 is the whole trial; no source gives the 1.6 mg group's size")},
        {QStringLiteral("arm:jp-chb-rct-ta1-0.8mg:size"),
         QStringLiteral("316 is the whole trial; no source gives the 0.8 mg group's size")},
        {QStringLiteral("arm:na-range-etv-or-tdf:size"), noArmSize},
        {QStringLiteral("arm:ifn-meta-ta1:size"), QStringLiteral("199 is the pooled total only")},
        {QStringLiteral("arm:ifn-meta-ifn:size"), QStringLiteral("199 is the pooled total only")},
        {QStringLiteral("arm:cirrhosis-rct-ta1-etv:size"),
         QStringLiteral("690 is the whole trial; arm sizes are not given")},
        {QStringLiteral("arm:cirrhosis-rct-etv:size"),
         QStringLiteral("690 is the whole trial; arm sizes are not given")},
        {QStringLiteral("arm:hcc-resection-cohort-ta1:size"),
         QStringLiteral("468 is the whole cohort; group sizes are not given")},
        {QStringLiteral("arm:hcc-resection-cohort-control:size"),
         QStringLiteral("468 is the whole cohort; group sizes are not given")},
        {QStringLiteral("arm:tace-study-tace-ta1:size"), noArmSize},
        {QStringLiteral("outcome:na-range-hbvdna:timepoint"), noTimepoint},
        {QStringLiteral("outcome:cirrhosis-rct-ta1-etv-hcc:timepoint"), noTimepoint},
        {QStringLiteral("outcome:cirrhosis-rct-etv-hcc:timepoint"), noTimepoint},
        {QStringLiteral("outcome:you-2006-rct-historical-cr:timepoint"),
         QStringLiteral("the summary of You 2006 gives 1/30 without a time point")},
        {QStringLiteral("outcome:tace-study-cd3-mo3:number"),
         QStringLiteral("the document says \"significant increases\", no number")},
        {QStringLiteral("outcome:tace-study-cd8-mo3:number"),
         QStringLiteral("the document says \"significant increases\", no number")},
        {QStringLiteral("outcome:jp-chb-rct-alt-wk72:counts"), percentOnly},
        {QStringLiteral("outcome:jp-chb-rct-hbvdna-bdna-wk72:counts"), percentOnly},
        {QStringLiteral("outcome:jp-chb-rct-hbvdna-tma-wk72:counts"), percentOnly},
        {QStringLiteral("outcome:jp-chb-rct-hbeag-wk72:counts"), percentOnly},
        {QStringLiteral("outcome:cirrhosis-rct-ta1-etv-hcc:counts"), percentOnly},
        {QStringLiteral("outcome:cirrhosis-rct-etv-hcc:counts"), percentOnly},
        {QStringLiteral("effect:cirrhosis-rct-virologic:timepoint"), noTimepoint},
        {QStringLiteral("effect:cirrhosis-rct-biochemical:timepoint"), noTimepoint},
        {QStringLiteral("effect:cirrhosis-rct-hcc:timepoint"), noTimepoint},
        {QStringLiteral("effect:cirrhosis-rct-virologic:estimate"), wordsOnly},
        {QStringLiteral("effect:cirrhosis-rct-biochemical:estimate"), wordsOnly},
        {QStringLiteral("effect:cirrhosis-rct-hcc:estimate"), wordsOnly},
        {QStringLiteral("effect:ifn-meta-virologic-fu:ci_level"), noLevel},
        {QStringLiteral("effect:ifn-meta-biochemical-fu:ci_level"), noLevel},
        {QStringLiteral("effect:ifn-meta-complete-fu:ci_level"), noLevel},
        {QStringLiteral("effect:ifn-meta-virologic-eot:p_value"), noP},
        {QStringLiteral("effect:ifn-meta-biochemical-eot:p_value"), noP},
        {QStringLiteral("effect:ifn-meta-complete-eot:p_value"), noP},
        {QStringLiteral("effect:ifn-meta-virologic-fu:p_value"), noP},
        {QStringLiteral("effect:ifn-meta-biochemical-fu:p_value"), noP},
        {QStringLiteral("effect:ifn-meta-complete-fu:p_value"), noP},
    };
    return reasons;
}

// The NULLs of the bundled rows that a reader sees as "not reported": a study's design,
// population, country, size, follow-up (and a meta-analysis's number of studies); an arm's
// dose, schedule, duration and size; a result's time point; an outcome's number, and its
// counts beside a percentage; an effect's estimate, and beside an estimate its CI level and p.
const char *const nullsSql = R"(
SELECT 'study:' || id || ':' || c FROM study, (SELECT 'design' AS c UNION ALL SELECT 'population'
    UNION ALL SELECT 'country' UNION ALL SELECT 'size' UNION ALL SELECT 'follow_up')
  WHERE origin = 'bundled' AND ((c = 'design' AND design IS NULL)
    OR (c = 'population' AND population IS NULL) OR (c = 'country' AND country IS NULL)
    OR (c = 'size' AND size IS NULL) OR (c = 'follow_up' AND follow_up IS NULL))
UNION ALL SELECT 'study:' || id || ':included_studies' FROM study
  WHERE origin = 'bundled' AND kind = 'meta_analysis' AND included_studies IS NULL
UNION ALL SELECT 'arm:' || id || ':' || c FROM arm, (SELECT 'dose' AS c UNION ALL
    SELECT 'schedule' UNION ALL SELECT 'duration' UNION ALL SELECT 'size')
  WHERE origin = 'bundled' AND role <> 'historical_control' AND ((c = 'dose' AND dose IS NULL)
    OR (c = 'schedule' AND schedule IS NULL) OR (c = 'duration' AND duration IS NULL)
    OR (c = 'size' AND size IS NULL))
UNION ALL SELECT 'outcome:' || id || ':timepoint' FROM outcome
  WHERE origin = 'bundled' AND timepoint_id IS NULL
UNION ALL SELECT 'outcome:' || id || ':number' FROM outcome
  WHERE origin = 'bundled' AND percent IS NULL AND percent_low IS NULL AND events IS NULL
UNION ALL SELECT 'outcome:' || id || ':counts' FROM outcome
  WHERE origin = 'bundled' AND percent IS NOT NULL AND events IS NULL
UNION ALL SELECT 'effect:' || id || ':timepoint' FROM effect
  WHERE origin = 'bundled' AND timepoint_id IS NULL
UNION ALL SELECT 'effect:' || id || ':estimate' FROM effect
  WHERE origin = 'bundled' AND estimate IS NULL
UNION ALL SELECT 'effect:' || id || ':ci_level' FROM effect
  WHERE origin = 'bundled' AND ci_low IS NOT NULL AND ci_level IS NULL
UNION ALL SELECT 'effect:' || id || ':p_value' FROM effect
  WHERE origin = 'bundled' AND estimate IS NOT NULL AND p_value IS NULL
)";

} // namespace

class TestBundledDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database.reset();
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_count));
        m_database.emplace(Database::openUnprepared(path));
        SchemaMigrator().migrate(connection());
    }

    void installsTheRealDatasetCompletely()
    {
        const BundledDataset bundled;
        QVERIFY(bundled.version() >= 1);
        QCOMPARE(BundledDataset::installedVersion(connection()), 0);
        QVERIFY(bundled.installIfNewer(connection()));
        QCOMPARE(BundledDataset::installedVersion(connection()), bundled.version());
        QVERIFY(scalar(connection(), QStringLiteral("SELECT count(*) FROM study")).toInt() >= 6);
        QVERIFY(!scalar(connection(), QStringLiteral("PRAGMA foreign_key_check")).isValid());
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT count(*) FROM study WHERE origin <> "
                                                     "'bundled'"))
                     .toInt(),
                 0);
    }

    void installingTheSameVersionAgainChangesNothing()
    {
        const BundledDataset bundled;
        QVERIFY(bundled.installIfNewer(connection()));
        const int quotes =
            scalar(connection(), QStringLiteral("SELECT count(*) FROM quote")).toInt();
        QVERIFY(!bundled.installIfNewer(connection()));
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT count(*) FROM quote")).toInt(),
                 quotes);
    }

    void aNewerDatasetReplacesBundledRowsAndKeepsUserRows()
    {
        QVERIFY(datasetWithStudies(1, {QStringLiteral("'st', 'Old name'")})
                    .installIfNewer(connection()));
        QSqlQuery query(connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO study (id, name, kind) VALUES ('mine', 'My study', 'cohort')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO arm (id, study_id, label, role) VALUES "
                                          "('my-arm', 'st', 'My arm', 'treatment')")));

        QVERIFY(datasetWithStudies(
                    2, {QStringLiteral("'st', 'New name'"), QStringLiteral("'st2', 'Added'")})
                    .installIfNewer(connection()));

        QCOMPARE(BundledDataset::installedVersion(connection()), 2);
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT name FROM study WHERE id = 'st'")),
                 QVariant(QStringLiteral("New name")));
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT count(*) FROM study")).toInt(), 3);
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT origin FROM study WHERE id = 'mine'")),
                 QVariant(QStringLiteral("user")));
        QCOMPARE(
            scalar(connection(), QStringLiteral("SELECT study_id FROM arm WHERE id = 'my-arm'")),
            QVariant(QStringLiteral("st")));
    }

    void aNewerDatasetThatWouldOrphanUserRowsChangesNothing()
    {
        QVERIFY(datasetWithStudies(1, {QStringLiteral("'st', 'Old name'")})
                    .installIfNewer(connection()));
        QSqlQuery query(connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO arm (id, study_id, label, role) VALUES "
                                          "('my-arm', 'st', 'My arm', 'treatment')")));

        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 datasetWithStudies(2, {QStringLiteral("'other', 'Other'")})
                                     .installIfNewer(connection()));

        QCOMPARE(BundledDataset::installedVersion(connection()), 1);
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT name FROM study WHERE id = 'st'")),
                 QVariant(QStringLiteral("Old name")));
        QVERIFY(!scalar(connection(), QStringLiteral("SELECT 1 FROM study WHERE id = 'other'"))
                     .isValid());
    }

    void anOlderDatasetLeavesANewerOneAlone()
    {
        QVERIFY(datasetWithStudies(3, {QStringLiteral("'st', 'From a newer program'")})
                    .installIfNewer(connection()));
        QVERIFY(
            !datasetWithStudies(2, {QStringLiteral("'st', 'Older'")}).installIfNewer(connection()));
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT name FROM study WHERE id = 'st'")),
                 QVariant(QStringLiteral("From a newer program")));
    }

    void aBrokenScriptNamesItsLineAndChangesNothing()
    {
        const BundledDataset broken(
            1,
            {SqlScript(QStringLiteral("broken.sql"),
                       QStringLiteral("INSERT INTO source (id, kind, citation, title, origin) "
                                      "VALUES ('doc', 'review_article', 'D', 'D', 'bundled');\n"
                                      "\n-- a comment\nINSERT INTO study (id) VALUES ('x');\n"))});
        try {
            broken.installIfNewer(connection());
            QFAIL("a broken dataset was installed");
        } catch (const DatabaseError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("broken.sql, line 4")),
                     qPrintable(error.message()));
        }
        QCOMPARE(scalar(connection(), QStringLiteral("SELECT count(*) FROM source")).toInt(), 0);
    }

    // Every "not reported" is true: each NULL a reader sees has a reason, and a reason with no
    // NULL left (a value filled in since) is stale.
    void everyNullOfTheBundledDataHasAReason()
    {
        QVERIFY(BundledDataset().installIfNewer(connection()));
        QSqlQuery query(connection());
        QVERIFY(query.exec(QString::fromLatin1(nullsSql)));
        QStringList nulls;
        while (query.next())
            nulls.append(query.value(0).toString());
        for (const QString &key : nulls)
            QVERIFY2(!reasonsForNulls().value(key).isEmpty(),
                     qPrintable(key + QStringLiteral(" is NULL without a reason")));
        for (const QString &key : reasonsForNulls().keys())
            QVERIFY2(nulls.contains(key), qPrintable(key + QStringLiteral(" is no longer NULL")));
        // The values the sources do give (issue #13): no longer "not reported".
        for (const char *given : {"study:ifn-meta:follow_up", "study:you-2006-rct:follow_up",
                                  "arm:you-2006-rct-ifn:duration"})
            QVERIFY2(!nulls.contains(QString::fromLatin1(given)), given);
    }

private:
    QSqlDatabase connection() const { return m_database->connection(); }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::optional<Database> m_database;
};

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "tst_bundleddataset.moc"
