// SPDX-License-Identifier: MIT
// Pooling speed: build/tests/bench/bench_pooling (not part of the test suite).
#include "SyntheticStudies.h"
#include "core/stats/MantelHaenszel.h"
#include "core/stats/MetaAnalysis.h"

#include <benchmark/benchmark.h>

namespace {

void pool(benchmark::State &state, eb::PoolingMethod method, bool hartungKnapp)
{
    const std::vector<eb::StudyEstimate> studies = syntheticStudies(int(state.range(0)));
    eb::PoolingOptions options;
    options.method = method;
    options.hartungKnapp = hartungKnapp;
    for (auto _ : state)
        benchmark::DoNotOptimize(eb::poolEstimates(studies, options));
    state.SetComplexityN(state.range(0));
}

void fixedEffect(benchmark::State &state)
{
    pool(state, eb::PoolingMethod::FixedEffect, false);
}
void derSimonianLaird(benchmark::State &state)
{
    pool(state, eb::PoolingMethod::DerSimonianLaird, false);
}
void reml(benchmark::State &state)
{
    pool(state, eb::PoolingMethod::Reml, false);
}
void remlHartungKnapp(benchmark::State &state)
{
    pool(state, eb::PoolingMethod::Reml, true);
}

void mantelHaenszel(benchmark::State &state, eb::Measure measure, bool randomEffects)
{
    const std::vector<eb::StudyCounts> tables = syntheticTables(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(eb::poolMantelHaenszel(tables, measure, {randomEffects, false}));
    state.SetComplexityN(state.range(0));
}
void mantelHaenszelOddsRatio(benchmark::State &state)
{
    mantelHaenszel(state, eb::Measure::OddsRatio, false);
}
void mantelHaenszelRiskRatio(benchmark::State &state)
{
    mantelHaenszel(state, eb::Measure::RiskRatio, false);
}
void mantelHaenszelRiskDifference(benchmark::State &state)
{
    mantelHaenszel(state, eb::Measure::RiskDifference, false);
}
void mantelHaenszelRandomOddsRatio(benchmark::State &state)
{
    mantelHaenszel(state, eb::Measure::OddsRatio, true);
}
void peto(benchmark::State &state)
{
    const std::vector<eb::StudyCounts> tables = syntheticTables(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(eb::poolPeto(tables));
    state.SetComplexityN(state.range(0));
}

} // namespace

BENCHMARK(mantelHaenszelOddsRatio)->Arg(10)->Arg(1000)->Arg(100000);
BENCHMARK(mantelHaenszelRiskRatio)->Arg(10)->Arg(1000)->Arg(100000);
BENCHMARK(mantelHaenszelRiskDifference)->Arg(10)->Arg(1000)->Arg(100000);
BENCHMARK(mantelHaenszelRandomOddsRatio)->Arg(10)->Arg(1000)->Arg(100000);
BENCHMARK(peto)->Arg(10)->Arg(1000)->Arg(100000);
BENCHMARK(fixedEffect)->Arg(10)->Arg(1000)->Arg(100000);
BENCHMARK(derSimonianLaird)->Arg(10)->Arg(1000)->Arg(100000);
BENCHMARK(reml)->Arg(10)->Arg(1000)->Arg(100000)->Complexity();
BENCHMARK(remlHartungKnapp)->Arg(10)->Arg(1000)->Arg(100000);

BENCHMARK_MAIN();
