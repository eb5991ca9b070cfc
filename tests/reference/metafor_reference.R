# SPDX-License-Identifier: MIT
# Produces the reference values that tests/core/tst_metaanalysis.cpp compares with.
# Run from this folder with Debian's r-cran-metafor (3.8):  Rscript metafor_reference.R
# Writes data/*.csv (the inputs, in the `pool` command's CSV format) and expected.csv
# (one row per data set, measure, method and test: the values the `pool` command reports).
suppressMessages(library(metafor))
stopifnot(packageVersion("metafor") >= "3.8")
control <- list(threshold = 1e-10, maxiter = 1000)
z975 <- qnorm(0.975)

write_counts <- function(name, study, ai, n1i, ci, n2i) {
  d <- data.frame(study = study, events_t = ai, total_t = n1i, events_c = ci, total_c = n2i)
  write.csv(d, file.path("data", paste0(name, ".csv")), row.names = FALSE, quote = FALSE)
  d
}
write_ratios <- function(name, study, estimate, ci_low, ci_high) {
  d <- data.frame(study = study, estimate = estimate, ci_low = ci_low, ci_high = ci_high)
  write.csv(d, file.path("data", paste0(name, ".csv")), row.names = FALSE, quote = FALSE)
  d
}

# metafor's REML loop (rma.uni, Fisher scoring), instrumented only to report whether a step
# had to be halved to keep tau^2 >= 0; used to prove the step-halving fixture needs it.
reml_halves <- function(yi, vi) {
  k <- length(yi)
  tau2 <- max(0, sum((yi - mean(yi))^2) / (k - 1) - mean(vi))
  halved <- FALSE
  repeat {
    wi <- 1 / (vi + tau2); P <- diag(wi) - outer(wi, wi) / sum(wi)
    adj <- c((t(yi) %*% P %*% P %*% yi - sum(diag(P))) / sum(diag(P %*% P)))
    while (tau2 + adj < 0) { adj <- adj / 2; halved <- TRUE }
    old <- tau2; tau2 <- tau2 + adj
    if (abs(old - tau2) <= 1e-10) break
  }
  halved
}

rows <- list()
record <- function(name, measure, method, hksj, es) {
  res <- rma(yi, vi, data = es, method = method, test = if (hksj) "knha" else "z",
             control = control)
  ratio <- measure != "RD"
  back <- function(x) if (ratio) exp(x) else x
  pred <- predict(res)
  w <- weights(res)
  values <- c(k = res$k, estimate = back(c(res$beta)), ci_low = back(res$ci.lb),
              ci_high = back(res$ci.ub), se = res$se, stat = res$zval,
              p = res$pval, tau2 = res$tau2, i2 = res$I2, h2 = res$H2, q = res$QE,
              q_df = res$k - 1, q_p = res$QEp,
              pi_low = if (method == "FE") NA else back(pred$pi.lb),
              pi_high = if (method == "FE") NA else back(pred$pi.ub),
              converged = 1)
  for (i in seq_along(w)) values[paste0("weight_", i)] <- w[i]
  rows[[length(rows) + 1]] <<- data.frame(dataset = name, measure = measure, method = method,
                                           hksj = as.integer(hksj), key = names(values),
                                           value = sprintf("%.17g", values))
}
record_all <- function(name, measure, es, methods = c("FE", "DL", "REML")) {
  for (method in methods) {
    record(name, measure, method, FALSE, es)
    if (method != "FE") record(name, measure, method, TRUE, es)
  }
}
from_counts <- function(d, measure)
  escalc(measure = measure, ai = d$events_t, n1i = d$total_t, ci = d$events_c, n2i = d$total_c)
from_ratios <- function(d)
  data.frame(yi = log(d$estimate), vi = ((log(d$ci_high) - log(d$ci_low)) / (2 * z975))^2)

# metafor's own example data sets.
bcg <- with(dat.bcg, write_counts("bcg", paste(author, year), tpos, tpos + tneg, cpos, cpos + cneg))
nielweise <- with(dat.nielweise2007,  # zero cells in several trials
                  write_counts("nielweise2007", paste(author, year), ai, n1i, ci, n2i))
two <- write_counts("bcg_k2", bcg$study[1:2], bcg$events_t[1:2], bcg$total_t[1:2],
                    bcg$events_c[1:2], bcg$total_c[1:2])
for (measure in c("OR", "RR", "RD")) {
  record_all("bcg", measure, from_counts(bcg, measure))
  record_all("nielweise2007", measure, from_counts(nielweise, measure))
  record_all("bcg_k2", measure, from_counts(two, measure))
}

# Homogeneous trials: tau^2 is 0 for DL and REML.
homog <- write_counts("homogeneous", paste("Trial", 1:5), c(10, 12, 9, 11, 20),
                      c(50, 60, 45, 55, 100), c(15, 18, 14, 16, 30), c(50, 60, 45, 55, 100))
for (measure in c("OR", "RR", "RD")) {
  es <- from_counts(homog, measure)
  stopifnot(rma(yi, vi, data = es, method = "DL")$tau2 == 0)
  record_all("homogeneous", measure, es)
}

# A double-zero trial under RD: its 0.5-corrected variance is small, so its weight is large.
dz <- write_counts("double_zero", paste("Trial", 1:4), c(0, 3, 5, 2), c(40, 30, 50, 25),
                   c(0, 6, 9, 4), c(40, 30, 50, 25))
for (measure in c("OR", "RR", "RD")) record_all("double_zero", measure, from_counts(dz, measure))

# Reported hazard ratios with 95% CIs (the post-resection cohort's two HRs plus invented ones).
hr <- write_ratios("hazard_ratios", c("OS cohort", "RFS cohort", "Trial A", "Trial B"),
                   c(0.308, 0.381, 0.85, 1.10), c(0.175, 0.229, 0.60, 0.70),
                   c(0.541, 0.633, 1.20, 1.73))
record_all("hazard_ratios", "HR", from_ratios(hr))

# REML needs step halving: found by search, checked with the instrumented loop above.
set.seed(20261125)
repeat {
  k <- 6
  n <- sample(20:200, k)
  ai <- rbinom(k, n, 0.3); ci <- rbinom(k, n, 0.3)
  es <- escalc("OR", ai = ai, n1i = n, ci = ci, n2i = n)
  if (all(ai > 0 & ci > 0) && reml_halves(es$yi, es$vi)) break
}
halving <- write_counts("reml_step_halving", paste("Trial", 1:k), ai, n, ci, n)
record_all("reml_step_halving", "OR", from_counts(halving, "OR"))

# Random meta-analyses this file's author did not choose: 12 data sets, k from 2 to 40.
set.seed(42)
for (r in 1:12) {
  k <- sample(2:40, 1)
  n1 <- sample(10:400, k); n2 <- sample(10:400, k)
  p <- plogis(rnorm(k, -1, 0.8))
  d <- write_counts(sprintf("random_%02d", r), paste("Study", 1:k), rbinom(k, n1, p), n1,
                    rbinom(k, n2, plogis(qlogis(p) + rnorm(k, 0.3, 0.5))), n2)
  for (measure in c("OR", "RR", "RD")) record_all(sprintf("random_%02d", r), measure, from_counts(d, measure))
}

expected <- do.call(rbind, rows)
write.csv(expected, "expected.csv", row.names = FALSE, quote = FALSE)
cat("wrote", nrow(expected), "reference values for", length(unique(expected$dataset)), "data sets\n")

# Wilson score intervals (R's prop.test without continuity correction).
wilson <- do.call(rbind, lapply(list(c(9, 29), c(15, 33), c(0, 10), c(10, 10), c(1, 30),
                                     c(14, 29), c(500, 1000)), function(x) {
  ci <- prop.test(x[1], x[2], correct = FALSE)$conf.int
  data.frame(events = x[1], total = x[2], low = sprintf("%.17g", ci[1]),
             high = sprintf("%.17g", ci[2]))
}))
write.csv(wilson, "wilson.csv", row.names = FALSE, quote = FALSE)
