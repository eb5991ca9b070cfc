// SPDX-License-Identifier: MIT
// bench_window DATABASE [TEXT]: the window's start and text filter on a database, timed as the
// program does them (open, load, build the window, show it), with the process's peak memory.
// Prints one line: loaded_ms=... built_ms=... shown_ms=... filter_ms=... blocked_ms=... rows=...
// peak_rss_mb=... (loaded_ms: the database read; built_ms: and the window made, not shown;
// shown_ms: shown with its study list, which a database of StudyListModel::usedFrom studies
// or more fills from the search thread's first answer; blocked_p95_ms: the 95th percentile of
// those gaps; key_median_ms, key_max_ms: 100 Down arrow keys in the list, each until the
// detail page is shown and painted)
// (filter_ms: from the debounced selection to the list showing it; blocked_ms: the longest
// time the GUI thread did not run its event loop meanwhile).
// Run under QT_QPA_PLATFORM=offscreen (tests/bench/scale_timing.sh does).
#include "data/Database.h"
#include "data/EvidenceRepository.h"
#include "data/StudyQuery.h"
#include "models/StudyFilterProxy.h"
#include "models/StudyListModel.h"
#include "ui/MainWindow.h"
#include "ui/StudyFilterPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

namespace {

double peakResidentMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EvidenceBrowserBench"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: bench_window DATABASE [TEXT]\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const eb::Database database =
        eb::Database::open(arguments.at(1), eb::Database::Access::ReadOnly);
    const eb::EvidenceRepository repository(database.connection());
    // As WindowSession does: a large database is read as the window shows it.
    const bool onDemand =
        eb::StudyQuery(database.connection()).studyCount() >= eb::StudyListModel::usedFrom;
    const eb::Dataset dataset = onDemand ? repository.loadHeaderUnchecked() : repository.load();
    const qint64 loaded = timer.elapsed();
    eb::MainWindow window(dataset, arguments.at(1), QString(), nullptr,
                          onDemand ? eb::MainWindow::StudyLoading::OnDemand
                                   : eb::MainWindow::StudyLoading::InMemory);
    const qint64 built = timer.elapsed();
    // Read on demand, the list is shown when the search thread's first answer arrives.
    QSignalSpy listed(window.filterProxy(), &eb::StudyFilterProxy::selectionChanged);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (onDemand && listed.isEmpty() && !listed.wait(600000))
        return 1;
    QCoreApplication::processEvents();
    const qint64 shown = timer.elapsed();

    // The filter is typed on the Studies tab, with the list on screen.
    window.tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    qint64 filtered = -1;
    qint64 blocked = 0;
    QList<qint64> gaps; // between the ticks of a 1 ms timer on the GUI thread
    if (arguments.size() > 2) {
        QSignalSpy changed(window.filterProxy(), &eb::StudyFilterProxy::selectionChanged);
        // A 1 ms timer on the GUI thread: the longest gap between its ticks is the longest
        // time the event loop was blocked.
        QElapsedTimer sinceTick;
        QTimer tick;
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] { gaps.append(sinceTick.restart()); });
        sinceTick.start();
        tick.start();
        timer.restart();
        // The panel's debounce sets the new selection 200 ms after the last key.
        window.filterPanel()->textField()->setText(arguments.at(2));
        changed.wait(600000);
        QCoreApplication::processEvents();
        filtered = timer.elapsed() - 200;
        gaps.append(sinceTick.elapsed());
        blocked = *std::max_element(gaps.cbegin(), gaps.cend());
    }
    std::sort(gaps.begin(), gaps.end());
    const qint64 blockedP95 = gaps.isEmpty() ? 0 : gaps.at(gaps.size() * 95 / 100);

    // Arrow keys down the list: each from the key to the detail page shown and painted.
    window.studyView()->setFocus();
    QList<double> keys;
    for (int i = 0; i < 100 && i + 1 < window.filterProxy()->rowCount(); ++i) {
        QElapsedTimer key;
        key.start();
        QTest::keyClick(window.studyView(), Qt::Key_Down);
        QCoreApplication::processEvents();
        keys.append(double(key.nsecsElapsed()) / 1e6);
    }
    std::sort(keys.begin(), keys.end());
    const double keyMedian = keys.isEmpty() ? -1 : keys.at(keys.size() / 2);
    const double keyMax = keys.isEmpty() ? -1 : keys.constLast();
    QTextStream(stdout) << QStringLiteral(
                               "loaded_ms=%6 built_ms=%7 shown_ms=%1 filter_ms=%2 blocked_ms=%5 "
                               "blocked_p95_ms=%8 key_median_ms=%9 key_max_ms=%10 rows=%3 "
                               "peak_rss_mb=%4\n")
                               .arg(shown)
                               .arg(filtered)
                               .arg(window.filterProxy()->rowCount())
                               .arg(peakResidentMegabytes(), 0, 'f', 0)
                               .arg(blocked)
                               .arg(loaded)
                               .arg(built)
                               .arg(blockedP95)
                               .arg(keyMedian, 0, 'f', 1)
                               .arg(keyMax, 0, 'f', 1);
    return 0;
}
