// SPDX-License-Identifier: MIT
// The benchmark generator writes plausible, internally consistent studies through the real
// schema, the same ones for the same seed.
#include "charts/FigureRequest.h"
#include "core/DatasetView.h"
#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "data/JsonExporter.h"
#include "data/SchemaConformance.h"
#include "data/SchemaMigrator.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;

namespace {

constexpr int bundledStudies = 7;

bool generate(const QString &path, int studies, int seed)
{
    QProcess process;
    process.start(QStringLiteral(EB_BENCH_DATA),
                  {QStringLiteral("--studies"), QString::number(studies), QStringLiteral("--out"),
                   path, QStringLiteral("--seed"), QString::number(seed)});
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

// Every row of the full-text index, as "kind id: text", in order.
QStringList textIndexOf(const QSqlDatabase &connection, const QString &schema)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT r.kind, r.id, t.text FROM %1.study_text t JOIN "
                                   "%1.study_text_row r ON r.row = t.rowid ORDER BY 1, 2")
                        .arg(schema)))
        return {};
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString() + u' ' + query.value(1).toString() + u": " +
                    query.value(2).toString());
    return rows;
}

Dataset load(const QString &path)
{
    const Database database = Database::open(path, Database::Access::ReadOnly);
    return EvidenceRepository(database.connection()).load();
}

} // namespace

class TestBenchData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesPlausibleStudiesThroughTheSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
        QVERIFY(generate(path, 60, 7));
        const DatasetView view(load(path));
        QCOMPARE(view.studies().size(), bundledStudies + 60);
        int caveats = 0;
        for (const Study &study : view.studies()) {
            if (!study.id.startsWith(u"bench-"))
                continue;
            QCOMPARE(study.arms.size(), 2);
            QVERIFY(!study.conditionIds.isEmpty());
            QVERIFY(study.effects.size() >= 2 && study.effects.size() <= 3);
            for (const Arm &arm : study.arms) {
                QCOMPARE(arm.outcomes.size(), 2);
                QVERIFY(!arm.interventionIds.isEmpty());
            }
            QCOMPARE(study.arms[0].size->value + study.arms[1].size->value, study.size->value);
            for (const Effect &effect : study.effects)
                QCOMPARE(effect.citations.size(), 1);
            caveats += int(study.caveats.size());
            // Every number is consistent with its own CI, counts and p-value.
            QCOMPARE(view.findingCountOfStudy(study.id), 0);
        }
        QVERIFY(caveats > 0 && caveats < 60);

        // The full-text index keeps the studies StudySelection::matches keeps.
        const Database database = Database::open(path, Database::Access::ReadOnly);
        const EvidenceRepository repository(database.connection());
        for (const QString &text :
             {QStringLiteral("resection"), QStringLiteral("Japan 20"),
              QStringLiteral("confounding"), QStringLiteral("HR 0.9"), QStringLiteral("#1")}) {
            StudySelection selection;
            selection.text = text;
            QSet<QString> inMemory;
            for (const Study *study : view.selectedStudies(selection))
                inMemory.insert(study->id);
            QVERIFY2(!inMemory.isEmpty(), qPrintable(text));
            QCOMPARE(repository.studiesContaining(text), inMemory);
        }
    }

    // A forest plot of more rows than are drawn at once is refused with the reason, and drawn
    // a page at a time when asked.
    void aForestPlotTooLongIsDrawnOnlyAPageAtATime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
        QVERIFY(generate(path, 200, 2));
        const DatasetView view(load(path));
        FigureRequest request;
        const int rows = planForest(view, request.selection, request.pooling).rowCount();
        QVERIFY2(rows > forestRowsPerPage, qPrintable(QString::number(rows)));
        const FigureOutcome refused = buildFigure(view, request);
        QVERIFY(!refused.figure);
        QVERIFY2(refused.whyNothing.contains(
                     QStringLiteral("more than the %1 drawn at once").arg(forestRowsPerPage)),
                 qPrintable(refused.whyNothing));
        request.page = 2;
        const FigureOutcome second = buildFigure(view, request);
        QVERIFY(second.figure);
        QVERIFY(second.figure->title.endsWith(
            QStringLiteral(" · page 2 of %1")
                .arg((rows + forestRowsPerPage - 1) / forestRowsPerPage)));
        request.page = 99;
        QVERIFY(buildFigure(view, request)
                    .whyNothing.startsWith(QStringLiteral("There is no page 99")));
    }

    // The generator fills the full-text index once, at the end: it must hold what the
    // triggers write when the same rows go in one by one.
    void theTextIndexIsWhatTheTriggersWrite()
    {
        QTemporaryDir dir;
        const QString generated = dir.filePath(QStringLiteral("bench.sqlite"));
        QVERIFY(generate(generated, 40, 5));
        const Database database = Database::open(dir.filePath(QStringLiteral("rows.sqlite")));
        const QSqlDatabase connection = database.connection();
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("ATTACH DATABASE '%1' AS generated").arg(generated)));
        QCOMPARE(SchemaMigrator::currentVersion(connection), SchemaMigrator().latestVersion());
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT group_concat(name) FROM (SELECT name "
                                          "FROM main.sqlite_schema ORDER BY name)), (SELECT "
                                          "group_concat(name) FROM (SELECT name FROM "
                                          "generated.sqlite_schema ORDER BY name))")));
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toString(), query.value(0).toString()); // tables and triggers
        for (const char *table : {"source", "quote", "study", "study_condition", "arm",
                                  "arm_intervention", "outcome", "effect", "provenance", "caveat"})
            QVERIFY2(query.exec(QStringLiteral("INSERT OR IGNORE INTO main.%1 SELECT * FROM "
                                               "generated.%1 ORDER BY rowid")
                                    .arg(QLatin1StringView(table))),
                     table);
        const QStringList byTriggers = textIndexOf(connection, QStringLiteral("main"));
        QVERIFY(byTriggers.size() > 40 * 10);
        QCOMPARE(textIndexOf(connection, QStringLiteral("generated")), byTriggers);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO generated.study_text (study_text) VALUES ('integrity-check')")));
        QVERIFY(query.exec(QStringLiteral("DETACH DATABASE generated")));

        const Database opened = Database::open(generated, Database::Access::ReadOnly);
        SchemaConformance::refuseNonconforming(opened.connection()); // throws if not
    }

    void theSameSeedGivesTheSameStudies()
    {
        QTemporaryDir dir;
        const QStringList paths{dir.filePath(QStringLiteral("a.sqlite")),
                                dir.filePath(QStringLiteral("b.sqlite")),
                                dir.filePath(QStringLiteral("c.sqlite"))};
        QVERIFY(generate(paths[0], 20, 3));
        QVERIFY(generate(paths[1], 20, 3));
        QVERIFY(generate(paths[2], 20, 4));
        const auto json = [](const QString &path) {
            return QJsonDocument(JsonExporter::toJson(load(path))).toJson();
        };
        QCOMPARE(json(paths[0]), json(paths[1]));
        QVERIFY(json(paths[0]) != json(paths[2]));
    }

    void refusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
        QVERIFY(generate(path, 1, 1));
        QVERIFY(!generate(path, 1, 1));
        QCOMPARE(load(path).studies.size(), bundledStudies + 1);
    }
};

QTEST_MAIN(TestBenchData)
#include "tst_benchdata.moc"
