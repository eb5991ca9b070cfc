// SPDX-License-Identifier: MIT
#include "core/Disclaimer.h"
#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "ui/DisclaimerBanner.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace eb;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const Database database = Database::open(m_dir.filePath(QStringLiteral("w.sqlite")));
        m_dataset = EvidenceRepository(database.connection()).load();
    }

    void listsEveryStudy()
    {
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        QCOMPARE(window.studyView()->model()->rowCount(), int(m_dataset.studies.size()));
    }

    void bannerIsVisibleAtEverySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("minimum") << QSize(0, 0);
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("wide and short") << QSize(2000, 300);
    }

    void bannerIsVisibleAtEverySize()
    {
        QFETCH(QSize, size);
        MainWindow window(m_dataset, QStringLiteral("test.sqlite"));
        window.resize(size.expandedTo(window.minimumSize()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        DisclaimerBanner *banner = window.banner();
        QVERIFY(banner->isVisible());
        const QRect inWindow(banner->mapTo(&window, QPoint(0, 0)), banner->size());
        QVERIFY2(window.rect().contains(inWindow),
                 qPrintable(QStringLiteral("banner at %1,%2 %3x%4")
                                .arg(inWindow.x())
                                .arg(inWindow.y())
                                .arg(inWindow.width())
                                .arg(inWindow.height())));
        // The whole wrapped sentence fits: the label is as tall as its text needs.
        const QLabel *label = banner->findChild<QLabel *>();
        QVERIFY(label->text().contains(Disclaimer::text()));
        QVERIFY(label->height() >= label->heightForWidth(label->width()));
        QCOMPARE(banner->accessibleName(), Disclaimer::headline());
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
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(view->currentIndex().row(), 0);
    }

private:
    QTemporaryDir m_dir;
    Dataset m_dataset;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
