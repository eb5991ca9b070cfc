# SPDX-License-Identifier: MIT
# Writes drug-a-review.rm5: a small RevMan 5 review with FICTIONAL studies and numbers (an
# example of the format, not evidence), whose stored pooled results are computed here with
# R metafor the way RevMan 5 computes them:
#   MH fixed:   rma.mh() (Greenland-Robins variance for RR, Robins-Breslow-Greenland for OR)
#   MH random:  DerSimonian-Laird with tau^2 from the MH heterogeneity Q (rma.mh()$QE),
#               pooled by inverse variance: rma(yi, vi, tau2 = that tau^2)
#   IV fixed:   rma(yi, vi, method = "FE");  IV random: rma(yi, vi, method = "DL")
#   Peto:       rma.peto()
#   I2 = max(0, (Q - df) / Q) in percent; Z is |z|; subgroups are pooled on their own.
# Every number is written with 6 significant digits ("%.6g"). RevMan writes ISO-8859-1, so
# does this script. Regenerate with:  Rscript resources/examples/drug-a-review.R
suppressPackageStartupMessages(library(metafor))

studies <- data.frame(
  id   = c("STD-Alvarez-2001", "STD-Becker-2003", "STD-Chen-2005", "STD-Dubois-2006",
           "STD-Menard-2008", "STD-Okafor-2010", "STD-Petrov-2012", "STD-Silva-2015"),
  name = c("Alvarez 2001", "Becker 2003", "Chen 2005", "Dubois 2006",
           "M\u00e9nard 2008", "Okafor 2010", "Petrov 2012", "Silva 2015"),
  year = c(2001, 2003, 2005, 2006, 2008, 2010, 2012, 2015),
  stringsAsFactors = FALSE)

g <- function(x) sprintf("%.6g", x)

dich <- function(study, e1, n1, e2, n2, subgroup = NA)
  data.frame(study, e1, n1, e2, n2, subgroup, stringsAsFactors = FALSE)
cont <- function(study, m1, s1, n1, m2, s2, n2)
  data.frame(study, m1, s1, n1, m2, s2, n2, stringsAsFactors = FALSE)

# The pooled attributes of one outcome or subgroup.
pooled <- function(d, kind, measure, method, random) {
  if (kind == "DICH") {
    es <- escalc(measure = if (measure == "PETO_OR") "PETO" else measure,
                 ai = d$e1, n1i = d$n1, ci = d$e2, n2i = d$n2)
  } else {
    es <- escalc(measure = measure, m1i = d$m1, sd1i = d$s1, n1i = d$n1,
                 m2i = d$m2, sd2i = d$s2, n2i = d$n2)
  }
  k <- nrow(d)
  tau2 <- NA
  if (method == "MH") {
    mh <- rma.mh(measure = measure, ai = d$e1, n1i = d$n1, ci = d$e2, n2i = d$n2)
    q <- mh$QE
    if (random) {
      w <- 1 / es$vi
      tau2 <- max(0, (q - (k - 1)) / (sum(w) - sum(w^2) / sum(w)))
      fit <- rma(es$yi, es$vi, tau2 = tau2)
      est <- fit$b[1]; lo <- fit$ci.lb; hi <- fit$ci.ub; z <- fit$zval; p <- fit$pval
    } else {
      est <- mh$b[1]; lo <- mh$ci.lb; hi <- mh$ci.ub; z <- mh$zval; p <- mh$pval
    }
  } else if (method == "PETO") {
    fit <- rma.peto(ai = d$e1, n1i = d$n1, ci = d$e2, n2i = d$n2)
    q <- fit$QE
    est <- fit$b[1]; lo <- fit$ci.lb; hi <- fit$ci.ub; z <- fit$zval; p <- fit$pval
  } else {
    fit <- rma(es$yi, es$vi, method = if (random) "DL" else "FE")
    q <- fit$QE
    if (random) tau2 <- fit$tau2
    est <- fit$b[1]; lo <- fit$ci.lb; hi <- fit$ci.ub; z <- fit$zval; p <- fit$pval
  }
  ratio <- measure %in% c("OR", "RR", "PETO_OR")
  back <- if (ratio) exp else identity
  df <- k - 1
  a <- c(EFFECT_SIZE = g(back(est)), CI_START = g(back(lo)), CI_END = g(back(hi)),
         CHI2 = g(q), DF = g(df), P_CHI2 = g(pchisq(q, df, lower.tail = FALSE)),
         I2 = g(if (q > 0) 100 * max(0, (q - df) / q) else 0),
         Z = g(abs(z)), P_Z = g(p), STUDIES = g(k))
  if (!is.na(tau2)) a <- c(a, TAU2 = g(tau2))
  a
}

attrs <- function(a) paste(sprintf('%s="%s"', names(a), a), collapse = " ")

data_rows <- function(d, kind) {
  sapply(seq_len(nrow(d)), function(i) {
    r <- d[i, ]
    if (kind == "DICH")
      sprintf('<DICH_DATA EVENTS_1="%d" EVENTS_2="%d" STUDY_ID="%s" TOTAL_1="%d" TOTAL_2="%d"/>',
              r$e1, r$e2, r$study, r$n1, r$n2)
    else
      sprintf(paste0('<CONT_DATA MEAN_1="%s" MEAN_2="%s" SD_1="%s" SD_2="%s" STUDY_ID="%s" ',
                     'TOTAL_1="%d" TOTAL_2="%d"/>'),
              g(r$m1), g(r$m2), g(r$s1), g(r$s2), r$study, r$n1, r$n2)
  })
}

outcome <- function(cmp, no, name, kind, measure, method, random, d, labels) {
  top <- pooled(d, kind, measure, method, random)
  subgroups <- if (kind == "DICH") unique(na.omit(d$subgroup)) else character(0)
  head <- sprintf('<%s_OUTCOME EFFECT_MEASURE="%s" ID="CMP-%03d.%02d" METHOD="%s" NO="%d" RANDOM="%s" SUBGROUPS="%s" %s>',
                  kind, measure, cmp, no, method, no, if (random) "YES" else "NO",
                  if (length(subgroups) > 0) "YES" else "NO", attrs(top))
  body <- c(sprintf("<NAME>%s</NAME>", name),
            sprintf("<GROUP_LABEL_1>%s</GROUP_LABEL_1>", labels[1]),
            sprintf("<GROUP_LABEL_2>%s</GROUP_LABEL_2>", labels[2]),
            sprintf("<GRAPH_LABEL_1>%s</GRAPH_LABEL_1>", labels[3]),
            sprintf("<GRAPH_LABEL_2>%s</GRAPH_LABEL_2>", labels[4]))
  if (length(subgroups) > 0) {
    for (s in seq_along(subgroups)) {
      ds <- d[!is.na(d$subgroup) & d$subgroup == subgroups[s], ]
      body <- c(body,
                sprintf('<%s_SUBGROUP ID="CMP-%03d.%02d.%02d" NO="%d" %s>', kind, cmp, no, s, s,
                        attrs(pooled(ds, kind, measure, method, random))),
                sprintf("<NAME>%s</NAME>", subgroups[s]), data_rows(ds, kind),
                sprintf("</%s_SUBGROUP>", kind))
    }
  } else {
    body <- c(body, data_rows(d, kind))
  }
  c(head, body, sprintf("</%s_OUTCOME>", kind))
}

placebo <- c("Drug A", "Placebo", "Favours drug A", "Favours placebo")
interferon <- c("Drug A", "Interferon alfa", "Favours drug A", "Favours interferon alfa")

c1 <- c('<COMPARISON ID="CMP-001" NO="1">', "<NAME>Drug A versus placebo</NAME>",
  outcome(1, 1, "Death at 12 months", "DICH", "RR", "MH", FALSE, rbind(
    dich("STD-Alvarez-2001", 4, 60, 9, 58), dich("STD-Becker-2003", 7, 112, 12, 110),
    dich("STD-Chen-2005", 2, 45, 5, 47), dich("STD-Dubois-2006", 10, 150, 16, 148),
    dich("STD-Menard-2008", 3, 80, 6, 79), dich("STD-Okafor-2010", 5, 95, 8, 97)), placebo),
  outcome(1, 2, "Treatment failure", "DICH", "OR", "MH", TRUE, rbind(
    dich("STD-Alvarez-2001", 18, 60, 25, 58, "Low dose"),
    dich("STD-Becker-2003", 30, 112, 41, 110, "Low dose"),
    dich("STD-Chen-2005", 25, 45, 12, 47, "Low dose"),
    dich("STD-Dubois-2006", 35, 150, 58, 148, "High dose"),
    dich("STD-Menard-2008", 20, 80, 33, 79, "High dose"),
    dich("STD-Okafor-2010", 10, 95, 45, 97, "High dose")), placebo),
  outcome(1, 3, "ALT at 24 weeks (U/L)", "CONT", "MD", "IV", TRUE, rbind(
    cont("STD-Alvarez-2001", 42.1, 15.3, 58, 51.7, 17.9, 56),
    cont("STD-Chen-2005", 39.5, 12.8, 44, 47.2, 14.1, 45),
    cont("STD-Dubois-2006", 45.8, 18.2, 146, 49.9, 19.5, 144),
    cont("STD-Petrov-2012", 40.2, 11.7, 70, 52.6, 16.3, 71),
    cont("STD-Silva-2015", 44.0, 14.9, 88, 46.1, 15.2, 90)), placebo),
  "</COMPARISON>")

c2 <- c('<COMPARISON ID="CMP-002" NO="2">', "<NAME>Drug A versus interferon alfa</NAME>",
  outcome(2, 1, "Relapse after treatment", "DICH", "RR", "IV", FALSE, rbind(
    dich("STD-Becker-2003", 14, 56, 19, 55), dich("STD-Menard-2008", 9, 40, 11, 39),
    dich("STD-Okafor-2010", 16, 48, 15, 49), dich("STD-Petrov-2012", 12, 70, 20, 71),
    dich("STD-Silva-2015", 18, 88, 24, 90)), interferon),
  outcome(2, 2, "Serious adverse events", "DICH", "PETO_OR", "PETO", FALSE, rbind(
    dich("STD-Becker-2003", 1, 56, 3, 55), dich("STD-Menard-2008", 0, 40, 2, 39),
    dich("STD-Okafor-2010", 2, 48, 1, 49), dich("STD-Silva-2015", 1, 88, 4, 90)), interferon),
  "</COMPARISON>")

study_rows <- sprintf('<STUDY DATA_SOURCE="PUB" ID="%s" NAME="%s" YEAR="%d"></STUDY>',
                      studies$id, studies$name, studies$year)

lines <- c('<?xml version="1.0" encoding="ISO-8859-1"?>',
  '<COCHRANE_REVIEW REVMAN_SUB_VERSION="5.4" REVMAN_VERSION="5" STAGE="R" TYPE="INTERVENTION">',
  "<COVER_SHEET>",
  "<TITLE>Drug A for chronic hepatitis B (a fictional example review: invented studies and numbers)</TITLE>",
  "</COVER_SHEET>",
  "<STUDIES_AND_REFERENCES>", "<STUDIES>", "<INCLUDED_STUDIES>", study_rows,
  "</INCLUDED_STUDIES>", "</STUDIES>", "</STUDIES_AND_REFERENCES>",
  '<ANALYSES_AND_DATA CALCULATED="YES">', c1, c2, "</ANALYSES_AND_DATA>",
  "</COCHRANE_REVIEW>")

here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
out <- file(file.path(here, "drug-a-review.rm5"), "wb")
writeBin(iconv(paste0(paste(lines, collapse = "\n"), "\n"), from = "UTF-8", to = "latin1",
               toRaw = TRUE)[[1]], out)
close(out)
