// SPDX-License-Identifier: MIT
#include "charts/FigureView.h"
#include "common/BundledData.h"
#include "core/Disclaimer.h"
#include "data/CsvTable.h"
#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "models/StudyFilterProxy.h"
#include "models/StudyTableModel.h"
#include "ui/AboutDialog.h"
#include "ui/DisclaimerBanner.h"
#include "ui/ExportFigureDialog.h"
#include "ui/MainWindow.h"
#include "ui/StudyDetailHtml.h"
#include "ui/StudyFilterPanel.h"
#include "ui/SummaryView.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace eb;

namespace {

// The banner is shown, lies wholly inside the window, and its label is tall enough for
// its wrapped text.
void verifyBannerVisible(QWidget *window, DisclaimerBanner *banner)
{
    QVERIFY(banner->isVisible());
    const QRect inWindow(banner->mapTo(window, QPoint(0, 0)), banner->size());
    QVERIFY2(window->rect().contains(inWindow),
             qPrintable(QStringLiteral("banner at %1,%2 %3x%4 in a %5x%6 window")
                            .arg(inWindow.x())
                            .arg(inWindow.y())
                            .arg(inWindow.width())
                            .arg(inWindow.height())
                            .arg(window->width())
                            .arg(window->height())));
    const QLabel *label = banner->findChild<QLabel *>();
    QVERIFY(label->text().contains(Disclaimer::text()));
    QVERIFY(label->height() >= label->heightForWidth(label->width()));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_dataset = loadBundledDataset(m_dir.filePath(QStringLiteral("w.sqlite")));
    }

    void init() { QSettings().clear(); }

    void listsEveryStudyAndShowsTheFirst()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        QCOMPARE(window.studyView()->model()->rowCount(), int(m_dataset.studies.size()));
        QVERIFY(window.detailView()->toPlainText().contains(m_dataset.studies.first().name));
    }

    void bannerIsVisibleInEveryTabAtEverySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("minimum") << QSize(0, 0);
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("wide and short") << QSize(2000, 300);
    }

    void bannerIsVisibleInEveryTabAtEverySize()
    {
        QFETCH(QSize, size);
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        window.resize(size.expandedTo(window.minimumSize()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.tabs()->count() >= 2);
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            verifyBannerVisible(&window, window.banner());
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("in tab %1").arg(window.tabs()->tabText(tab))));
        }
        QCOMPARE(window.banner()->accessibleName(), Disclaimer::headline());
    }

    void aboutDialogShowsTheBanner()
    {
        AboutDialog dialog(m_dataset);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        verifyBannerVisible(&dialog, dialog.findChild<DisclaimerBanner *>());
    }

    void arrowKeysMoveThroughStudies()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.studyView();
        view->setFocus();
        QCOMPARE(view->currentIndex().row(), 0);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
        QVERIFY(window.detailView()->toPlainText().contains(m_dataset.studies.at(1).name));
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(view->currentIndex().row(), 0);
    }

    void keyboardShortcutsReachEveryFilter()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QLineEdit *text = window.filterPanel()->textField();

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(text->hasFocus());
        QTest::keyClicks(text, QStringLiteral("TACE"));
        // Debounced: the filter follows shortly after the last key.
        QTRY_COMPARE(window.filterProxy()->rowCount(), 1);
        QTest::keyClick(text, Qt::Key_Escape);
        QCOMPARE(text->text(), QString());
        QTRY_COMPARE(window.filterProxy()->rowCount(), int(m_dataset.studies.size()));

        window.filterPanel()->conditionBox(QStringLiteral("hcc"))->setChecked(true);
        QCOMPARE(window.filterProxy()->rowCount(), 2);
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(window.filterProxy()->rowCount(), int(m_dataset.studies.size()));
        QVERIFY(!window.filterPanel()->conditionBox(QStringLiteral("hcc"))->isChecked());

        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 2);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 1);
        QVERIFY(window.studyView()->hasFocus());
    }

    void opensWithTheConditionFromTheCommandLine()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"), QStringLiteral("hcc"));
        QCOMPARE(window.filterProxy()->rowCount(), 2);
        QVERIFY(window.filterPanel()->conditionBox(QStringLiteral("hcc"))->isChecked());
        QVERIFY(!window.filterPanel()->conditionBox(QStringLiteral("hbv"))->isChecked());
    }

    void remembersFiltersAndLayout()
    {
        QByteArray columns;
        {
            MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.filterPanel()->conditionBox(QStringLiteral("hbv"))->setChecked(true);
            window.filterPanel()->textField()->setText(QStringLiteral("interferon"));
            window.studyView()->setColumnWidth(1, 123); // the name stretches
            window.tabs()->setCurrentIndex(2);
            window.close();
        }
        MainWindow restored(m_dataset, QStringLiteral("test.sqlite"));
        QVERIFY(restored.filterPanel()->conditionBox(QStringLiteral("hbv"))->isChecked());
        QCOMPARE(restored.filterPanel()->textField()->text(), QStringLiteral("interferon"));
        QCOMPARE(restored.filterProxy()->rowCount(), 2);
        QCOMPARE(restored.studyView()->columnWidth(1), 123);
        QCOMPARE(restored.tabs()->currentIndex(), 0); // the Summary, whatever was shown last
    }

    void clickingAFigureRowSelectsItsStudy()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        window.tabs()->setCurrentIndex(2);
        QVERIFY(window.forestView()->hasFigure());
        Q_EMIT window.forestView()->studyActivated(QStringLiteral("hcc-resection-cohort"));
        QCOMPARE(window.tabs()->currentIndex(), 1);
        QVERIFY(window.detailView()->toPlainText().contains(
            QStringLiteral("after curative HCC resection")));
    }

    void figuresFollowTheFiltersAndExplainWhatIsMissing()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"), QStringLiteral("cirrhosis"));
        window.tabs()->setCurrentIndex(2);
        QVERIFY(!window.forestView()->hasFigure());
        QVERIFY(window.forestView()->explanation().contains(QStringLiteral("response-rate bars")));
        window.tabs()->setCurrentIndex(3);
        QVERIFY(window.ratesView()->hasFigure());
    }

    void aCheckBoxFiltersOnceAndRedrawsTheFigureShownOnce()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        window.tabs()->setCurrentIndex(2);
        QSignalSpy selections(window.filterProxy(), &StudyFilterProxy::selectionChanged);
        QSignalSpy forest(window.forestView(), &FigureView::contentChanged);
        QSignalSpy rates(window.ratesView(), &FigureView::contentChanged);
        window.filterPanel()->conditionBox(QStringLiteral("hcc"))->setChecked(true);
        QCOMPARE(selections.count(), 1);
        QCOMPARE(forest.count(), 1);
        QCOMPARE(rates.count(), 0); // its tab is hidden: drawn when shown, once
        window.tabs()->setCurrentIndex(3);
        window.tabs()->setCurrentIndex(2);
        window.tabs()->setCurrentIndex(3);
        QCOMPARE(rates.count(), 1);
        QCOMPARE(forest.count(), 1);
        window.tabs()->setCurrentIndex(2);
        QCOMPARE(window.filterProxy()->rowCount(), 2);
        // Reset: one more change, not one per group of boxes.
        window.filterPanel()->reset();
        QCOMPARE(selections.count(), 2);
        QCOMPARE(forest.count(), 2);
        // The window's figure names the selection as export-forest names it.
        window.filterPanel()->showOnlyCondition(QStringLiteral("cirrhosis"));
        QCOMPARE(selections.count(), 3);
        QCOMPARE(window.forestView()->explanation(),
                 QStringLiteral("No study in Cirrhosis reports a contrast-level effect with "
                                "numbers (an odds, risk or hazard ratio, or a risk difference, "
                                "with its confidence interval), so there is no forest plot to "
                                "draw. Arm-level rates, where the source gives them, are in the "
                                "response-rate bars."));
    }

    void hartungKnappIsOfferedOnlyForRandomEffects()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        QAction *fixed = nullptr;
        QAction *hksj = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->data().toString() == u"FE")
                fixed = action;
            if (action->text().contains(QStringLiteral("Hartung-Knapp")))
                hksj = action;
        }
        QVERIFY(fixed && hksj);
        QVERIFY(hksj->isEnabled());
        fixed->trigger();
        QVERIFY(!hksj->isEnabled());
    }

    void copiesAndPrintsTheFigureShown()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"), QStringLiteral("hcc"));
        window.resize(1000, 700);
        window.tabs()->setCurrentIndex(2);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FigureView *view = window.forestView();
        QVERIFY(view->hasFigure());
        view->copyToClipboard();
        const QImage copied = QGuiApplication::clipboard()->image();
        QCOMPARE(copied.width(), 2 * qRound(view->scene()->sceneRect().width()));
        QVERIFY(copied.pixelColor(copied.width() / 2, 10) != QColor(Qt::white)); // the banner

        // Printing lays the figure on pages of the printer's width: here a one-page PDF.
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        {
            QPdfWriter pdf(path);
            view->paint(&pdf);
        }
        QFile printed(path);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
    }

    void theExportDialogRemembersItsChoices()
    {
        {
            ExportFigureDialog dialog(FigureKind::Rates);
            QCOMPARE(dialog.kind(), FigureKind::Rates);
            QCOMPARE(dialog.suffix(), QStringLiteral("png"));
            QCOMPARE(dialog.options().widthMillimetres, 170.0);
            dialog.findChildren<QComboBox *>().at(1)->setCurrentIndex(2); // PDF
            dialog.findChild<QDoubleSpinBox *>()->setValue(90);
            dialog.remember();
        }
        const ExportFigureDialog again(FigureKind::Forest);
        QCOMPARE(again.kind(), FigureKind::Forest);
        QCOMPARE(again.format(), FigureFormat::Pdf);
        QCOMPARE(again.options().widthMillimetres, 90.0);
    }

    void exportsTheFigureOfTheCurrentTab()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"), QStringLiteral("hcc"));
        window.tabs()->setCurrentIndex(2);
        const QString path = m_dir.filePath(QStringLiteral("window-forest.png"));
        QCOMPARE(window.exportFigure(path), QString());
        QImageReader reader(path);
        QCOMPARE(reader.size().width(), 2008);
        QVERIFY(reader.text(QStringLiteral("Title"))
                    .contains(QStringLiteral("Hepatocellular carcinoma")));
        window.filterPanel()->showOnlyCondition(QStringLiteral("cirrhosis"));
        QVERIFY(window.exportFigure(m_dir.filePath(QStringLiteral("none.png")))
                    .contains(QStringLiteral("Cirrhosis")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.png"))));
    }

    void refusesToExportOverItsDatabase()
    {
        const QString database = m_dir.filePath(QStringLiteral("w.sqlite"));
        MainWindow window(m_dataset, database, QStringLiteral("hcc"));
        window.tabs()->setCurrentIndex(2);
        QVERIFY(window.exportFigure(database).contains(QStringLiteral("evidence database")));
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(15), QByteArray("SQLite format 3"));
    }

    void opensOnTheSummaryOfTheCheckedConditions()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"), QStringLiteral("hcc"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QCOMPARE(window.tabs()->currentWidget(), window.summaryView());
        QVERIFY(window.banner()->isVisible());
        const QString page = window.summaryView()->toPlainText();
        QVERIFY(page.startsWith(QStringLiteral("Summary of findings · Hepatocellular carcinoma")));
        QVERIFY(page.contains(QStringLiteral("association, not proven effect")));
        QVERIFY(!page.contains(QStringLiteral("interferon-alpha")));
        // A change of filters redraws the summary on screen; a change of pooling method does not.
        QSignalSpy redrawn(window.summaryView(), &QTextEdit::textChanged);
        for (QAction *action : window.findChildren<QAction *>())
            if (action->data().toString() == u"FE")
                action->trigger();
        QCOMPARE(redrawn.count(), 0);
        window.filterPanel()->showOnlyCondition(QStringLiteral("hbv"));
        QVERIFY(redrawn.count() > 0);
        QVERIFY(window.summaryView()->toPlainText().contains(
            QStringLiteral("Favours interferon-alpha")));
    }

    void summaryLinksLeadToTheStudyAndTheForestPanel()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SummaryView *summary = window.summaryView();
        Q_EMIT summary->anchorClicked(QUrl(QStringLiteral("study:you-2006-rct")));
        QCOMPARE(window.tabs()->currentIndex(), 1);
        QVERIFY(window.detailView()->toPlainText().contains(QStringLiteral("You 2006")));

        window.tabs()->setCurrentIndex(0);
        const QList<SummaryQuestion> &questions = summary->summary().questions;
        qsizetype last = -1;
        for (qsizetype i = 0; i < questions.size(); ++i)
            if (!questions.at(i).forestPanels.isEmpty())
                last = i;
        QVERIFY(last > 0);
        const QString title = questions.at(last).forestPanels.constFirst();
        QVERIFY(summary->toHtml().contains(QStringLiteral("forest:%1").arg(last)));
        Q_EMIT summary->anchorClicked(QUrl(QStringLiteral("forest:%1").arg(last)));
        QCOMPARE(window.tabs()->currentIndex(), 2);
        // The last panel is scrolled to: the view is no longer at its top.
        QTRY_VERIFY(window.forestView()->verticalScrollBar()->value() > 0);
        QVERIFY(window.forestView()->scrollToText(title));
        QVERIFY(!window.forestView()->scrollToText(QStringLiteral("no such panel")));
    }

    void exportsTheSummaryPageAndItsTable()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"), QStringLiteral("hbv"));
        const QString page = m_dir.filePath(QStringLiteral("summary.html"));
        QCOMPARE(window.exportSummary(page), QString());
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("<body>\n<p class=\"disclaimer\">")));
        QVERIFY(html.contains(QStringLiteral("Summary of findings · Chronic hepatitis B")));
        QVERIFY(!html.contains(QStringLiteral("href=")));

        const QString png = m_dir.filePath(QStringLiteral("summary.png"));
        QCOMPARE(window.exportSummary(png), QString());
        QImageReader reader(png);
        QCOMPARE(reader.size().width(), FigureExporter::pixelWidth(SummaryView::pngOptions()));
        QVERIFY(reader.size().height() > reader.size().width() / 4);
        QVERIFY(
            reader.text(QStringLiteral("Title")).contains(QStringLiteral("Chronic hepatitis B")));
        const QImage image = reader.read();
        QVERIFY(image.pixelColor(image.width() / 2, 40) != QColor(Qt::white)); // the disclaimer

        const QString database = m_dir.filePath(QStringLiteral("w.sqlite"));
        MainWindow guarded(m_dataset, database);
        QVERIFY(guarded.exportSummary(database).contains(QStringLiteral("evidence database")));
    }

    // The rows the filters leave and the columns shown, in the order shown, read back by
    // libcsv: what a spreadsheet opening the file would see.
    void exportsTheFilteredTableAsCsv()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        window.filterPanel()->showOnlyCondition(QStringLiteral("hbv"));
        QTableView *view = window.studyView();
        QHeaderView *header = view->horizontalHeader();
        header->setSectionHidden(1, true);
        header->moveSection(header->visualIndex(0), 2);
        const QAbstractItemModel *model = view->model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < int(m_dataset.studies.size()));
        const QString path = m_dir.filePath(QStringLiteral("table.csv"));
        QCOMPARE(window.exportTable(path), QString());

        const CsvTable table = CsvTable::read(path);
        QList<int> shown;
        for (int visual = 0; visual < header->count(); ++visual)
            if (!header->isSectionHidden(header->logicalIndex(visual)))
                shown.append(header->logicalIndex(visual));
        QCOMPARE(shown.size(), model->columnCount() - 1);
        QCOMPARE(shown.at(1), 0); // moved behind column 2; column 1 is hidden
        QCOMPARE(table.header().size(), shown.size());
        QCOMPARE(table.records().size(), model->rowCount());
        for (int c = 0; c < shown.size(); ++c)
            QCOMPARE(table.header().at(c),
                     model->headerData(shown.at(c), Qt::Horizontal).toString());
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < shown.size(); ++c)
                QCOMPARE(table.records().at(r).fields.at(c),
                         model->index(r, shown.at(c)).data().toString().trimmed());

        const QString database = m_dir.filePath(QStringLiteral("w.sqlite"));
        MainWindow guarded(m_dataset, database);
        QVERIFY(guarded.exportTable(database).contains(QStringLiteral("evidence database")));
    }

    void saysSoWhenNoStudyMatches()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        window.filterPanel()->conditionBox(QStringLiteral("cirrhosis"))->setChecked(true);
        window.filterPanel()->conditionBox(QStringLiteral("cirrhosis"))->setChecked(false);
        StudySelection nothing;
        nothing.text = QStringLiteral("no study says this");
        window.filterProxy()->setSelection(nothing);
        QCOMPARE(window.filterProxy()->rowCount(), 0);
        QVERIFY(window.detailView()->toPlainText().contains(QStringLiteral("No study matches")));
    }

    // A clinician reads a study at 1152x720 without scrolling; You 2006, with two
    // comparisons over two time points, may scroll once.
    void theStudyPageFitsA1152x720Window_data()
    {
        QTest::addColumn<QString>("studyId");
        for (const Study &study : m_dataset.studies)
            QTest::newRow(qPrintable(study.id)) << study.id;
    }

    void theStudyPageFitsA1152x720Window()
    {
        QFETCH(QString, studyId);
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        window.resize(1152, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentIndex(1); // Studies
        QVERIFY(window.selectStudy(studyId));
        QCoreApplication::processEvents();
        QVERIFY(window.detailView()->isVisible());
        const QScrollBar *scroll = window.detailView()->verticalScrollBar();
        const int allowedPages = studyId == u"you-2006-rct" ? 1 : 0;
        // EB_GRAB_DIR=folder saves each page as the test sees it, to be looked at.
        if (!qEnvironmentVariableIsEmpty("EB_GRAB_DIR"))
            window.grab().save(qEnvironmentVariable("EB_GRAB_DIR") + u'/' + studyId + u".png");
        QVERIFY2(scroll->maximum() <= allowedPages * scroll->pageStep(),
                 qPrintable(QStringLiteral("the page is %1 px taller than its %2 px pane")
                                .arg(scroll->maximum())
                                .arg(scroll->pageStep())));
    }

    // The page's link and View > Show source quotes show the quotes; the choice is kept.
    void theStudyPageLinkShowsAndHidesTheQuotes()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        QVERIFY(window.selectStudy(QStringLiteral("hcc-resection-cohort")));
        const QString quote = QStringLiteral("hazard ratio [HR]=0.308");
        QVERIFY(!window.detailView()->toPlainText().contains(quote));
        Q_EMIT window.detailView()->anchorClicked(StudyDetailHtml::toggleQuotesLink());
        QVERIFY(window.detailView()->toPlainText().contains(quote));
        window.close();
        MainWindow reopened(m_dataset, QStringLiteral("test.sqlite"));
        QVERIFY(reopened.selectStudy(QStringLiteral("hcc-resection-cohort")));
        QVERIFY(reopened.detailView()->toPlainText().contains(quote));
        Q_EMIT reopened.detailView()->anchorClicked(StudyDetailHtml::toggleQuotesLink());
        QVERIFY(!reopened.detailView()->toPlainText().contains(quote));
    }

    // Read on demand (a large database), the window shows what it shows holding the studies:
    // the same rows once the search thread answers, the same detail page, the same summary
    // and forest plot; and a filter answered by the database.
    void readOnDemandShowsTheSame()
    {
        const QString path = m_dir.filePath(QStringLiteral("w.sqlite"));
        const Dataset header =
            EvidenceRepository(Database::open(path).connection()).loadHeaderUnchecked();
        MainWindow held(m_dataset, path);
        MainWindow onDemand(header, path, QString(), nullptr, MainWindow::StudyLoading::OnDemand);
        QSignalSpy listed(onDemand.filterProxy(), &StudyFilterProxy::selectionChanged);
        QVERIFY(listed.wait());
        QCOMPARE(onDemand.filterProxy()->rowCount(), held.filterProxy()->rowCount());
        for (int row = 0; row < held.filterProxy()->rowCount(); ++row)
            QCOMPARE(onDemand.filterProxy()->index(row, StudyTableModel::KeyResult).data(),
                     held.filterProxy()->index(row, StudyTableModel::KeyResult).data());
        const QString studyId = m_dataset.studies.at(2).id;
        QVERIFY(held.selectStudy(studyId));
        QVERIFY(onDemand.selectStudy(studyId));
        QCOMPARE(onDemand.detailView()->toHtml(), held.detailView()->toHtml());
        QCOMPARE(onDemand.summaryView()->summary().questions.size(),
                 held.summaryView()->summary().questions.size());
        QVERIFY(onDemand.summaryView()->whyNoSummary().isEmpty());
        QCOMPARE(onDemand.exportFigure(m_dir.filePath(QStringLiteral("on-demand.png"))), QString());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("on-demand.png"))));

        held.filterPanel()->showOnlyCondition(QStringLiteral("hcc"));
        onDemand.filterPanel()->showOnlyCondition(QStringLiteral("hcc"));
        QVERIFY(listed.wait());
        QCOMPARE(onDemand.filterProxy()->selection(), held.filterProxy()->selection());
        QVERIFY(onDemand.filterProxy()->rowCount() < int(m_dataset.studies.size()));
        QCOMPARE(onDemand.filterProxy()->rowCount(), held.filterProxy()->rowCount());
    }

private:
    QTemporaryDir m_dir;
    Dataset m_dataset;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
