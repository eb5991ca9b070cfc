// SPDX-License-Identifier: MIT
#include "charts/FigureCanvas.h"
#include "charts/FigureExporter.h"
#include "charts/ForestFigure.h"
#include "charts/RateFigure.h"
#include "common/BundledData.h"

#include <QAbstractGraphicsShapeItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace eb;
using namespace Qt::StringLiterals;

namespace {

std::vector<StudyEstimate> syntheticStudies(int k)
{
    std::vector<StudyEstimate> studies;
    for (int i = 1; i <= k; ++i)
        studies.push_back(
            {QStringLiteral("Study %1 with a rather long name that needs wrapping, %2 et al.")
                 .arg(i)
                 .arg(2000 + i % 25),
             0.4 * std::sin(i) - 0.1, 0.02 + 0.01 * (i % 7), false});
    return studies;
}

// The figure's own text: visible, top-level items (Qt Charts' hidden internals excluded).
QList<QGraphicsItem *> textItems(QGraphicsScene *scene)
{
    QList<QGraphicsItem *> texts;
    for (QGraphicsItem *item : scene->items())
        if ((qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item) ||
             qgraphicsitem_cast<QGraphicsTextItem *>(item)) &&
            !item->parentItem() && item->isVisible())
            texts.append(item);
    return texts;
}

QStringList roles(QGraphicsScene *scene)
{
    QStringList found;
    for (QGraphicsItem *item : scene->items())
        found.append(item->data(ItemRole).toString());
    return found;
}

} // namespace

class TestForestFigure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundled = DatasetView(loadBundledDataset(m_dir.filePath(u"f.sqlite"_s)));
    }

    void noTextOverlapsAnyOther_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("width");
        for (int rows : {1, 5, 50, 200}) {
            QTest::addRow("%d rows, journal column", rows) << rows << 643.0;
            QTest::addRow("%d rows, wide window", rows) << rows << 1400.0;
        }
    }

    void noTextOverlapsAnyOther()
    {
        QFETCH(int, rows);
        QFETCH(double, width);
        PoolingOptions options;
        options.method = rows >= 2 ? PoolingMethod::Reml : PoolingMethod::FixedEffect;
        const ForestFigure figure(
            planForestFromEstimates(syntheticStudies(rows), Measure::OddsRatio, options),
            u"Forest plot · synthetic"_s, options);
        const std::unique_ptr<QGraphicsScene> scene(
            figure.render({width, width > 1000 ? 12.0 : 9.0}));
        const QList<QGraphicsItem *> texts = textItems(scene.get());
        QVERIFY(texts.size() >= rows * 3);
        for (qsizetype i = 0; i < texts.size(); ++i)
            for (qsizetype j = i + 1; j < texts.size(); ++j) {
                const QRectF a = texts[i]->sceneBoundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
                const QRectF b = texts[j]->sceneBoundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
                if (a.intersects(b))
                    QFAIL(qPrintable(QStringLiteral("'%1' overlaps '%2'")
                                         .arg(texts[i]->data(ItemRole).toString(),
                                              texts[j]->data(ItemRole).toString())));
            }
        // Every text stays on the page.
        for (QGraphicsItem *text : texts)
            QVERIFY2(scene->sceneRect().contains(text->sceneBoundingRect()),
                     qPrintable(text->data(ItemRole).toString()));
    }

    void everyTextIsWholeAndReadable_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("fontPixels");
        // The window at 800 px and wider (FigureView lays out at 12 px), and exports as the
        // exporter lays them out, 170 mm at 300 dpi and 90 mm at 150 dpi.
        const FigureLayoutOptions journal = FigureExporter::layoutFor({300, 170});
        const FigureLayoutOptions column = FigureExporter::layoutFor({150, 90});
        // 7 pt at 96 scene units per inch.
        QVERIFY(journal.fontPixels * 72 / 96 >= 7 && column.fontPixels * 72 / 96 >= 7);
        const QList<std::tuple<const char *, double, double>> sizes{
            {"window 800 px", 798.0, 12.0},
            {"window 1400 px", 1398.0, 12.0},
            {"170 mm export", journal.width, journal.fontPixels},
            {"90 mm export", column.width, column.fontPixels}};
        for (const char *figure :
             {"forest hbv", "forest hcc", "forest all", "bars all", "bars hbv", "forest csv"})
            for (const auto &[name, width, font] : sizes)
                QTest::addRow("%s, %s", figure, name)
                    << QString::fromLatin1(figure) << width << font;
    }

    // No text is cut ("…"), none overlaps another or leaves the page, and in an export none
    // is set below 7 pt (10 px at 96 units per inch is 7.5 pt).
    void everyTextIsWholeAndReadable()
    {
        QFETCH(QString, figure);
        QFETCH(double, width);
        QFETCH(double, fontPixels);
        const QString condition = figure.section(u' ', 1);
        const StudySelection selection =
            condition == u"all" ? StudySelection() : StudySelection::ofCondition(condition);
        std::unique_ptr<QGraphicsScene> scene;
        if (figure.startsWith(u"bars"))
            scene = RateFigure(planRates(m_bundled, selection), u"Response rates"_s)
                        .render({width, fontPixels});
        else if (condition == u"csv")
            scene = ForestFigure(
                        planForestFromEstimates(
                            syntheticStudies(12), Measure::OddsRatio, PoolingOptions(),
                            {u"Thymosin alpha-1 with a long name"_s,
                             u"Interferon-alpha with a long name"_s, Direction::HigherIsBetter}),
                        u"Forest plot · a user's file with a long name.csv"_s, PoolingOptions())
                        .render({width, fontPixels});
        else
            scene = ForestFigure(planForest(m_bundled, selection, PoolingOptions()),
                                 u"Forest plot · "_s + condition, PoolingOptions())
                        .render({width, fontPixels});
        const QList<QGraphicsItem *> texts = textItems(scene.get());
        for (QGraphicsItem *item : texts) {
            const auto *simple = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
            const auto *rich = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            const QString text = simple ? simple->text() : rich->toPlainText();
            const QFont font = simple ? simple->font() : rich->font();
            QVERIFY2(!text.contains(u'…'), qPrintable(text));
            QVERIFY2(scene->sceneRect().contains(item->sceneBoundingRect()), qPrintable(text));
            QVERIFY2(font.pixelSize() >= fontPixels, qPrintable(text));
        }
        for (qsizetype i = 0; i < texts.size(); ++i)
            for (qsizetype j = i + 1; j < texts.size(); ++j) {
                const QRectF a = texts[i]->sceneBoundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
                const QRectF b = texts[j]->sceneBoundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
                QVERIFY2(!a.intersects(b),
                         qPrintable(texts[i]->data(ItemRole).toString() + u" overlaps "_s +
                                    texts[j]->data(ItemRole).toString()));
            }
    }

    void carriesTheDisclaimerSourcesAndVersion()
    {
        const ForestPlan plan =
            planForest(m_bundled, StudySelection::ofCondition(u"hcc"_s), PoolingOptions());
        const ForestFigure figure(plan, u"Forest plot · HCC"_s, PoolingOptions());
        const std::unique_ptr<QGraphicsScene> scene(figure.render(FigureLayoutOptions()));
        QString footer;
        for (QGraphicsItem *item : scene->items())
            if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
                text && item->data(ItemRole).toString() == u"footer")
                footer += text->toPlainText() + u'\n';
        QVERIFY(footer.contains(u"should not be construed as medical advice"_s));
        QVERIFY(footer.contains(u"Sources: Source document."_s));
        QVERIFY(footer.contains(u"Evidence Browser " EB_VERSION ""_s));
        QVERIFY(roles(scene.get()).contains(u"banner"_s));
    }

    void exportedNotesExplainTheFlaggedRow()
    {
        const ForestFigure figure(
            planForest(m_bundled, StudySelection::ofCondition(u"hbv"_s), PoolingOptions()),
            QString(), PoolingOptions());
        const std::unique_ptr<QGraphicsScene> scene(figure.render(FigureLayoutOptions()));
        QString notes;
        for (QGraphicsItem *item : scene->items())
            if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
                text && item->data(ItemRole).toString() == u"note")
                notes += text->toPlainText();
        QVERIFY(notes.contains(
            u"⚑ Thymosin alpha-1 vs interferon-alpha meta-analysis, 0.54 [0.30, 0.97]"_s));
        QVERIFY(notes.contains(u"statistically significant"_s));
    }

    void namesTheMeasureAndTheGroupsEachSideFavours()
    {
        const ForestPlan hcc =
            planForest(m_bundled, StudySelection::ofCondition(u"hcc"_s), PoolingOptions());
        QCOMPARE(ForestFigure::axisTitleOf(hcc.subgroups.first()), u"Hazard ratio (log scale)"_s);
        // Death: below 1 is good for the treated group.
        QCOMPARE(hcc.subgroups.first().sideLabels(),
                 std::pair(u"Favours thymosin alpha-1"_s, u"Favours no thymosin alpha-1"_s));
        const ForestPlan hbv =
            planForest(m_bundled, StudySelection::ofCondition(u"hbv"_s), PoolingOptions());
        QCOMPARE(ForestFigure::axisTitleOf(hbv.subgroups.first()), u"Odds ratio (log scale)"_s);
        // A response: above 1 is good for the treated group.
        QCOMPARE(hbv.subgroups.first().sideLabels(),
                 std::pair(u"Favours interferon-alpha"_s, u"Favours thymosin alpha-1"_s));
        // A user's file names no drug and, without a direction, no favoured side.
        const ForestPlan csv =
            planForestFromEstimates({{u"A"_s, 0.1, 0.04, false}, {u"B"_s, -0.2, 0.05, false}},
                                    Measure::RiskRatio, PoolingOptions());
        QCOMPARE(csv.subgroups.first().sideLabels(),
                 std::pair(u"Lower in treatment"_s, u"Higher in treatment"_s));
        Comparison named{u"BCG vaccine"_s, u"No vaccine"_s, Direction::HigherIsWorse};
        const ForestPlan bcg =
            planForestFromEstimates({{u"A"_s, 0.1, 0.04, false}, {u"B"_s, -0.2, 0.05, false}},
                                    Measure::RiskRatio, PoolingOptions(), named);
        QCOMPARE(bcg.subgroups.first().sideLabels(),
                 std::pair(u"Favours BCG vaccine"_s, u"Favours no vaccine"_s));
    }

    void everyOutcomeHasItsOwnAxis()
    {
        const ForestFigure all(planForest(m_bundled, StudySelection(), PoolingOptions()), u"All"_s,
                               PoolingOptions());
        const std::unique_ptr<QGraphicsScene> scene(all.render(FigureLayoutOptions()));
        int axes = 0;
        QStringList favours;
        for (const QGraphicsItem *item : scene->items())
            if (item->data(ItemRole).toString() == u"axis-title")
                ++axes;
            else if (item->data(ItemRole).toString() == u"favours")
                favours.append(static_cast<const QGraphicsSimpleTextItem *>(item)->text());
        QCOMPARE(axes, int(all.plan().subgroups.size()));
        QCOMPARE(favours.size(), 2 * axes);
        for (const QString &side : favours)
            QVERIFY2(!side.contains(u"comparator"_s) && !side.contains(u"differs"_s),
                     qPrintable(side));
    }

    void drawsArrowsWhereAnIntervalLeavesTheAxis()
    {
        const std::vector<StudyEstimate> studies{{u"Wide"_s, 0.0, 9.0, false},
                                                 {u"Narrow"_s, 0.1, 0.01, false}};
        const ForestFigure figure(
            planForestFromEstimates(studies, Measure::OddsRatio, PoolingOptions()), QString(),
            PoolingOptions());
        const std::unique_ptr<QGraphicsScene> scene(figure.render(FigureLayoutOptions()));
        QCOMPARE(roles(scene.get()).count(u"arrow"_s), 2);
    }

    void theSameRowsGiveTheSameJson()
    {
        const ForestPlan plan =
            planForest(m_bundled, StudySelection::ofCondition(u"hcc"_s), PoolingOptions());
        QCOMPARE(ForestFigure(plan, u"a"_s, PoolingOptions()).rowsJson(),
                 ForestFigure(plan, u"b"_s, PoolingOptions()).rowsJson());
    }

    void rateBarsSayWhenTheyAreAnIndirectComparison()
    {
        const RateFigure figure(planRates(m_bundled, StudySelection::ofCondition(u"hbv"_s)),
                                u"Rates"_s);
        const std::unique_ptr<QGraphicsScene> scene(figure.render(FigureLayoutOptions()));
        QVERIFY(roles(scene.get()).contains(u"indirect"_s));
        const QList<QGraphicsItem *> texts = textItems(scene.get());
        for (qsizetype i = 0; i < texts.size(); ++i)
            for (qsizetype j = i + 1; j < texts.size(); ++j)
                QVERIFY(
                    !texts[i]
                         ->sceneBoundingRect()
                         .adjusted(0.5, 0.5, -0.5, -0.5)
                         .intersects(texts[j]->sceneBoundingRect().adjusted(0.5, 0.5, -0.5, -0.5)));
    }

private:
    QTemporaryDir m_dir;
    DatasetView m_bundled;
};

QTEST_MAIN(TestForestFigure)
#include "tst_forestfigure.moc"
