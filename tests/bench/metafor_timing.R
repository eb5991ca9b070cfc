# SPDX-License-Identifier: MIT
# metafor's time for the same synthetic data as bench_pooling.cpp (see SyntheticStudies.h).
# Rscript tests/bench/metafor_timing.R
# k = 100000 is left out: rma.uni() builds k x k weight matrices (80 GB at that size).
suppressMessages(library(metafor))
for (k in c(10, 1000)) {
  i <- 1:k
  yi <- 0.3 * sin(i) - 0.2
  vi <- 0.02 + 0.01 * (i %% 7)
  for (method in c("FE", "DL", "REML")) {
    reps <- if (k <= 10) 200 else 5
    t <- system.time(for (r in 1:reps) rma(yi, vi, method = method,
                                           control = list(threshold = 1e-10, maxiter = 1000)))
    cat(sprintf("metafor %-4s k=%-6d %10.3f ms per fit\n", method, k, 1000 * t[["elapsed"]] / reps))
  }
}
# Mantel-Haenszel and Peto on the same 2x2 tables as syntheticTables() in SyntheticStudies.h.
for (k in c(10, 1000, 100000)) {
  i <- 1:k
  n1 <- 50 + (37 * i) %% 200; n2 <- 50 + (53 * i) %% 200
  ai <- floor(n1 * (0.1 + 0.05 * (i %% 5))); ci <- floor(n2 * (0.15 + 0.04 * (i %% 7)))
  reps <- if (k <= 10) 200 else if (k <= 1000) 20 else 2
  for (measure in c("OR", "RR", "RD")) {
    t <- system.time(for (r in 1:reps) rma.mh(ai = ai, n1i = n1, ci = ci, n2i = n2, measure = measure))
    cat(sprintf("metafor MH %-2s k=%-6d %10.3f ms per fit\n", measure, k, 1000 * t[["elapsed"]] / reps))
  }
  t <- system.time(for (r in 1:reps) rma.peto(ai = ai, n1i = n1, ci = ci, n2i = n2))
  cat(sprintf("metafor Peto  k=%-6d %10.3f ms per fit\n", k, 1000 * t[["elapsed"]] / reps))
}
