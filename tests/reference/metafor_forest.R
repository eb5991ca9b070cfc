# SPDX-License-Identifier: MIT
# metafor's forest() of the bundled numbers, to compare with export-forest by eye (README
# "Figures"). Run: Rscript tests/reference/metafor_forest.R OUT_DIR
library(metafor)
out <- commandArgs(trailingOnly = TRUE)[1]

# HCC after resection: the two hazard ratios as the source prints them (95% CIs).
hr <- data.frame(outcome = c("Overall survival", "Recurrence-free survival"),
                 est = c(0.308, 0.381), lo = c(0.175, 0.229), hi = c(0.541, 0.633))
hr$yi <- log(hr$est)
hr$sei <- (log(hr$hi) - log(hr$lo)) / (2 * qnorm(0.975))
png(file.path(out, "metafor-hcc.png"), width = 1600, height = 600, res = 200)
forest(hr$yi, sei = hr$sei, slab = hr$outcome, atransf = exp, refline = 0,
       xlab = "Hazard ratio (log scale)", header = c("Outcome", "HR [95% CI]"))
dev.off()

# Chronic hepatitis B, complete response at the end of treatment: Yang 2008's OR as
# published, and You 2006's OR from its counts (escalc's conventions).
you <- escalc("OR", ai = 9, n1i = 29, ci = 15, n2i = 33)
yi <- c(log(0.54), you$yi)
sei <- c((log(0.97) - log(0.30)) / (2 * qnorm(0.975)), sqrt(you$vi))
png(file.path(out, "metafor-hbv-complete-eot.png"), width = 1600, height = 600, res = 200)
forest(yi, sei = sei, slab = c("Yang 2008 (meta-analysis)", "You 2006 (9/29 vs 15/33)"),
       atransf = exp, refline = 0, xlab = "Odds ratio (log scale)",
       header = c("Study", "OR [95% CI]"))
dev.off()
print(exp(c(you$yi, you$yi - qnorm(0.975) * sqrt(you$vi), you$yi + qnorm(0.975) * sqrt(you$vi))))
