// SPDX-License-Identifier: MIT
// Figure speed: a forest plot of N rows, from the plan to the scene laid out for the window's
// width (build) and then its first screenful painted (first paint), as FigureView does it.
// build-release/tests/bench/bench_figures (not part of the test suite; packaging/dev.sh bench).
#include "SyntheticStudies.h"
#include "charts/FigureRequest.h"
#include "charts/ForestFigure.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

namespace {

void forestBuildAndFirstPaint(benchmark::State &state)
{
    const std::vector<eb::StudyEstimate> studies = syntheticStudies(int(state.range(0)));
    eb::PoolingOptions pooling;
    pooling.method = eb::PoolingMethod::Reml;
    eb::FigureLayoutOptions layout;
    layout.width = 1200;
    layout.fontPixels = 12.0;
    QImage screen(1200, 800, QImage::Format_RGB32);
    for (auto _ : state) {
        const eb::FigureDocument figure =
            eb::buildForestOfEstimates(studies, eb::Measure::OddsRatio, pooling,
                                       QStringLiteral("bench.csv"), eb::Comparison());
        const std::unique_ptr<QGraphicsScene> scene = figure.render(layout);
        screen.fill(Qt::white);
        QPainter painter(&screen);
        scene->render(&painter, QRectF(0, 0, 1200, 800), QRectF(0, 0, 1200, 800));
        painter.end();
        benchmark::DoNotOptimize(screen.constBits());
    }
    state.SetComplexityN(state.range(0));
}

} // namespace

BENCHMARK(forestBuildAndFirstPaint)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(5000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // Qt Charts and text layout need one
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
