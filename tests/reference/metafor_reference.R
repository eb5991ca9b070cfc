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

# ---- Mantel-Haenszel, Peto, continuous outcomes and subgroups (issue 16) ----
# Every case below is also written with its subgroups when the data set has a `subgroup`
# column: keys sub<i>_<key> for the subgroups in order of first appearance, and q_between,
# q_between_df, q_between_p, i2_between for RevMan's test for subgroup differences: Cochran's
# Q of the subgroup estimates with weights 1 / se^2 (checked against metafor's QM of the
# fixed-effect meta-regression on factor(subgroup) wherever the two must agree).
emit <- function(name, measure, method, hksj, values) {
  rows[[length(rows) + 1]] <<- data.frame(dataset = name, measure = measure, method = method,
                                           hksj = as.integer(hksj), key = names(values),
                                           value = sprintf("%.17g", values))
}
back_for <- function(measure) if (measure %in% c("OR", "RR", "HR")) exp else identity

# The values of one fit: x is rma.mh, rma.peto or rma.uni; pi only for random effects.
fit_values <- function(x, measure, random, k = x$k, q = x$QE, q_df = x$k - 1, q_p = x$QEp,
                       i2 = x$I2, h2 = x$H2, w = weights(x)) {
  back <- back_for(measure)
  pred <- if (random && x$k > 1) predict(x) else list(pi.lb = NA, pi.ub = NA)
  values <- c(k = k, estimate = back(unname(c(x$beta))), ci_low = back(x$ci.lb),
              ci_high = back(x$ci.ub), se = x$se, stat = x$zval, p = x$pval,
              tau2 = if (is.null(x$tau2) || is.na(x$tau2)) 0 else x$tau2, i2 = i2, h2 = h2,
              q = q, q_df = q_df, q_p = q_p, pi_low = back(pred$pi.lb),
              pi_high = back(pred$pi.ub), converged = 1)
  for (i in seq_along(w)) values[paste0("weight_", i)] <- w[i]
  values
}

counts_of <- function(d) list(ai = d$events_t, n1i = d$total_t, ci = d$events_c, n2i = d$total_c)

# revman: RevMan 5's zero-cell handling inside the MH sums (0.5 added to every cell of a
# table with a zero cell, tables without a contrast dropped), in metafor's own arguments.
fit_mh <- function(d, measure, revman = FALSE) {
  if (revman)
    with(counts_of(d), rma.mh(ai = ai, n1i = n1i, ci = ci, n2i = n2i, measure = measure,
                              add = c(1/2, 1/2), to = c("only0", "only0"),
                              drop00 = c(TRUE, TRUE)))
  else with(counts_of(d), rma.mh(ai = ai, n1i = n1i, ci = ci, n2i = n2i, measure = measure))
}
# Weights of every input table, 0 for a table left out of the MH sums.
all_weights <- function(x) {
  old <- options(na.action = "na.pass"); on.exit(options(old))
  w <- weights(x); w[is.na(w)] <- 0; w
}
mh_values <- function(d, measure, revman = FALSE) {
  x <- fit_mh(d, measure, revman)
  fit_values(x, measure, FALSE, q_df = x$k.yi - 1, w = all_weights(x))
}
fit_peto <- function(d) with(counts_of(d), rma.peto(ai = ai, n1i = n1i, ci = ci, n2i = n2i))
peto_values <- function(d) {
  x <- fit_peto(d)
  fit_values(x, "OR", FALSE, q_df = x$k.yi - 1)
}

# RevMan 5's random-effects model on Mantel-Haenszel data (Deeks & Higgins, "Statistical
# algorithms in Review Manager 5", 2010), computed here by hand because metafor has no
# such model: tau^2 = max(0, (Q_MH - df) / (sum w - sum w^2 / sum w)) with Q_MH rma.mh's
# Q (about the MH estimate, weights w = 1 / vi of the escalc estimates, double-zero studies
# dropped), then inverse-variance pooling with that tau^2 fixed (rma(..., tau2 = tau2)).
# I^2 and H^2 are RevMan's, from Q_MH.
fit_mh_random <- function(d, measure, revman = FALSE) {
  mh <- fit_mh(d, measure, revman)
  es <- with(counts_of(d), escalc(measure, ai = ai, n1i = n1i, ci = ci, n2i = n2i,
                                  drop00 = TRUE))
  keep <- !is.na(es$yi)
  w <- 1 / es$vi[keep]
  df <- sum(keep) - 1
  tau2 <- if (df > 0) max(0, (mh$QE - df) / (sum(w) - sum(w^2) / sum(w))) else 0
  re <- rma(yi, vi, data = es[keep, ], tau2 = tau2, method = "DL")
  list(mh = mh, re = re, keep = keep, df = df)
}
mh_random_values <- function(d, measure, revman = FALSE) {
  f <- fit_mh_random(d, measure, revman)
  w <- rep(0, nrow(d)); w[f$keep] <- weights(f$re)
  fit_values(f$re, measure, f$df > 0, k = f$mh$k, q = f$mh$QE, q_df = f$df, q_p = f$mh$QEp,
             i2 = f$mh$I2, h2 = f$mh$H2, w = w)
}

iv_fit <- function(es, method, hksj)
  rma(yi, vi, data = es, method = method, test = if (hksj) "knha" else "z", control = control)
iv_values <- function(es, measure, method, hksj) {
  x <- iv_fit(es, method, hksj)
  fit_values(x, measure, method != "FE")
}

# Adds the subgroup keys for one case: fit(part) gives a model, values(part) its keys.
with_subgroups <- function(values, d, fit, values_of, check_qm = NULL) {
  if (is.null(d$subgroup)) return(values)
  groups <- unique(d$subgroup)
  fits <- lapply(groups, function(g) fit(d[d$subgroup == g, ]))
  for (i in seq_along(groups)) {
    v <- values_of(d[d$subgroup == groups[i], ])
    values[paste0("sub", i, "_", names(v))] <- v
  }
  est <- sapply(fits, function(f) c(f$beta))
  se <- sapply(fits, function(f) f$se)
  between <- rma(est, sei = se, method = "FE")
  if (!is.null(check_qm)) stopifnot(isTRUE(all.equal(between$QE, check_qm, tolerance = 1e-10)))
  c(values, q_between = between$QE, q_between_df = length(groups) - 1,
    q_between_p = between$QEp, i2_between = max(0, 100 * (between$QE - (length(groups) - 1)) /
                                                  between$QE))
}

record_counts_methods <- function(name, d, measures = c("OR", "RR", "RD")) {
  for (measure in measures) {
    emit(name, measure, "MH", FALSE,
         with_subgroups(mh_values(d, measure), d, function(p) fit_mh(p, measure),
                        function(p) mh_values(p, measure)))
    emit(name, measure, "MH-random", FALSE,
         with_subgroups(mh_random_values(d, measure), d,
                        function(p) { f <- fit_mh_random(p, measure); f$re },
                        function(p) mh_random_values(p, measure)))
  }
  for (measure in intersect(measures, c("OR", "RR"))) {
    emit(name, measure, "MH-revman", FALSE,
         with_subgroups(mh_values(d, measure, TRUE), d, function(p) fit_mh(p, measure, TRUE),
                        function(p) mh_values(p, measure, TRUE)))
    emit(name, measure, "MH-random-revman", FALSE,
         with_subgroups(mh_random_values(d, measure, TRUE), d,
                        function(p) { f <- fit_mh_random(p, measure, TRUE); f$re },
                        function(p) mh_random_values(p, measure, TRUE)))
  }
  if ("OR" %in% measures)
    emit(name, "OR", "Peto", FALSE,
         with_subgroups(peto_values(d), d, fit_peto, peto_values))
}

# Inverse variance on any escalc() output, with subgroups; the FE test equals metafor's QM.
record_iv <- function(name, measure, d, to_es, methods = c("FE", "DL", "REML")) {
  for (method in methods) for (hksj in if (method == "FE") FALSE else c(FALSE, TRUE)) {
    es <- to_es(d)
    qm <- if (method == "FE" && !is.null(d$subgroup))
      rma(yi, vi, data = es, mods = ~ factor(d$subgroup), method = "FE")$QM else NULL
    emit(name, measure, method, hksj,
         with_subgroups(iv_values(es, measure, method, hksj), d,
                        function(p) iv_fit(to_es(p), method, hksj),
                        function(p) iv_values(to_es(p), measure, method, hksj), qm))
  }
}

write_table <- function(name, d) {
  write.csv(d, file.path("data", paste0(name, ".csv")), row.names = FALSE, quote = TRUE)
  d
}
counts_table <- function(study, ai, n1i, ci, n2i, subgroup = NULL) {
  d <- data.frame(study = study, events_t = ai, total_t = n1i, events_c = ci, total_c = n2i)
  if (!is.null(subgroup)) d$subgroup <- subgroup
  d
}
means_table <- function(study, m1, sd1, n1, m2, sd2, n2, subgroup = NULL) {
  d <- data.frame(study = study, mean_t = m1, sd_t = sd1, n_t = n1, mean_c = m2, sd_c = sd2,
                  n_c = n2)
  if (!is.null(subgroup)) d$subgroup <- subgroup
  d
}
from_means <- function(measure) function(d)
  escalc(measure, m1i = d$mean_t, sd1i = d$sd_t, n1i = d$n_t, m2i = d$mean_c, sd2i = d$sd_c,
         n2i = d$n_c)
from_counts_of <- function(measure) function(d) from_counts(d, measure)

# MH and Peto on the 2x2 data sets above (zero cells: nielweise2007, double_zero) and the
# random ones, all without subgroups.
for (name in c("bcg", "nielweise2007", "double_zero", "homogeneous", "reml_step_halving",
               sprintf("random_%02d", 1:12))) {
  d <- read.csv(file.path("data", paste0(name, ".csv")))
  record_counts_methods(name, d)
}

# dat.li2007 (magnesium, zero cells), dat.collins1985a (diuretics, pre-eclampsia; the two
# trials without that outcome left out), dat.yusuf1985 (beta blockers, the outcome tables as
# subgroups, 11 double-zero trials), dat.bcg by allocation (the classic subgroup example).
li <- with(dat.li2007, write_table("li2007", counts_table(paste(study, year), ai, n1i, ci, n2i)))
record_counts_methods("li2007", li)
record_iv("li2007", "OR", li, from_counts_of("OR"))
collins <- with(subset(dat.collins1985a, !is.na(b.xti)),
                write_table("collins1985a", counts_table(paste(trial, year), b.xti, nti, b.xci, nci)))
record_counts_methods("collins1985a", collins)
yusuf <- with(subset(dat.yusuf1985, !is.na(ai)),
              write_table("yusuf1985", counts_table(paste0(trial, " (table ", table, ")"), ai,
                                                    n1i, ci, n2i, paste("Table", table))))
record_counts_methods("yusuf1985", yusuf)
bcg_alloc <- with(dat.bcg, write_table("bcg_alloc",
                                       counts_table(paste(author, year), tpos, tpos + tneg, cpos,
                                                    cpos + cneg, alloc)))
record_counts_methods("bcg_alloc", bcg_alloc)
for (measure in c("OR", "RR", "RD")) record_iv("bcg_alloc", measure, bcg_alloc, from_counts_of(measure))

# Continuous outcomes: dat.normand1999 (length of hospital stay; stroke units vs. general
# wards) as MD and SMD (Hedges' g), whole and by type of unit.
normand <- with(dat.normand1999,
                write_table("normand1999", means_table(as.character(source), m1i, sd1i, n1i, m2i,
                                                       sd2i, n2i)))
normand_sub <- normand
normand_sub$subgroup <- ifelse(grepl("Orpington", normand$study), "Orpington", "Other")
invisible(write_table("normand1999_subgroups", normand_sub))
for (measure in c("MD", "SMD")) {
  record_iv("normand1999", measure, normand, from_means(measure))
  record_iv("normand1999_subgroups", measure, normand_sub, from_means(measure))
}

# Random continuous meta-analyses with subgroups (k from 4 to 30, 2 to 4 subgroups), and
# random 2x2 ones with subgroups for MH and Peto.
set.seed(16)
for (r in 1:6) {
  k <- sample(4:30, 1)
  n1 <- sample(8:300, k); n2 <- sample(8:300, k)
  g <- sample(LETTERS[1:sample(2:4, 1)], k, replace = TRUE)
  g[1:2] <- c("A", "B")
  m2 <- rnorm(k, 50, 10); sd1 <- runif(k, 5, 20); sd2 <- runif(k, 5, 20)
  m1 <- m2 + rnorm(k, -3 + 2 * (g == "B"), 2)
  d <- write_table(sprintf("continuous_%02d", r),
                   means_table(paste("Trial", 1:k), round(m1, 2), round(sd1, 2), n1, round(m2, 2),
                               round(sd2, 2), n2, paste("Group", g)))
  for (measure in c("MD", "SMD")) record_iv(sprintf("continuous_%02d", r), measure, d, from_means(measure))
}
for (r in 1:6) {
  k <- sample(4:40, 1)
  n1 <- sample(10:400, k); n2 <- sample(10:400, k)
  g <- sample(c("Low dose", "High dose", "Children"), k, replace = TRUE)
  g[1:2] <- c("Low dose", "High dose")
  p <- plogis(rnorm(k, -1.5, 0.8))
  d <- write_table(sprintf("subgroups_%02d", r),
                   counts_table(paste("Study", 1:k), rbinom(k, n1, p), n1,
                                rbinom(k, n2, plogis(qlogis(p) + rnorm(k, 0.3, 0.5))), n2, g))
  record_counts_methods(sprintf("subgroups_%02d", r), d)
  for (measure in c("OR", "RR", "RD"))
    record_iv(sprintf("subgroups_%02d", r), measure, d, from_counts_of(measure))
}

# The generic inverse-variance input: an estimate on the analysis scale with its SE (rounded
# to 10 significant digits before it is written, so that R fits exactly what the file holds).
giv_ratio <- with(escalc("RR", ai = tpos, n1i = tpos + tneg, ci = cpos, n2i = cpos + cneg,
                         data = dat.bcg),
                  write_table("giv_log_rr", data.frame(study = paste(dat.bcg$author, dat.bcg$year),
                                                       log_estimate = signif(yi, 10),
                                                       se = signif(sqrt(vi), 10),
                                                       subgroup = dat.bcg$alloc)))
from_se <- function(column) function(d) data.frame(yi = d[[column]], vi = d$se^2)
for (measure in c("RR", "HR")) record_iv("giv_log_rr", measure, giv_ratio, from_se("log_estimate"))
giv_md <- with(escalc("MD", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i,
                      data = dat.normand1999),
               write_table("giv_md", data.frame(study = as.character(dat.normand1999$source),
                                                estimate = signif(yi, 10),
                                                se = signif(sqrt(vi), 10))))
record_iv("giv_md", "MD", giv_md, from_se("estimate"))

# Reported differences with their 95% CIs (RD from dat.bcg, MD and SMD from dat.normand1999),
# rounded to 10 significant digits; SE = (high - low) / (2 qnorm(0.975)).
from_ci <- function(d) data.frame(yi = d$estimate, vi = ((d$ci_high - d$ci_low) / (2 * z975))^2)
ci_table <- function(name, study, yi, vi) {
  write_table(name, data.frame(study = study, estimate = signif(yi, 10),
                               ci_low = signif(yi - z975 * sqrt(vi), 10),
                               ci_high = signif(yi + z975 * sqrt(vi), 10)))
}
rd_ci <- with(escalc("RD", ai = tpos, n1i = tpos + tneg, ci = cpos, n2i = cpos + cneg,
                     data = dat.bcg),
              ci_table("giv_rd_ci", paste(dat.bcg$author, dat.bcg$year), yi, vi))
record_iv("giv_rd_ci", "RD", rd_ci, from_ci)
smd_ci <- with(escalc("SMD", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i,
                      n2i = n2i, data = dat.normand1999),
               ci_table("giv_smd_ci", as.character(dat.normand1999$source), yi, vi))
for (measure in c("MD", "SMD")) record_iv("giv_smd_ci", measure, smd_ci, from_ci)

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
