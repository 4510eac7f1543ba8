# Reference fixtures for the full panel output (RiClpmTest): a 2,000-person, five-wave panel in which
# a tenth of those still taking part leave at each wave after the first (the lonelier more often, so
# the data are missing at random, not completely at random), fitted with lavaan by full-information
# maximum likelihood (missing = "ml") and on the complete cases (missing = "listwise"), and the
# complete panel 1 of make-fixtures.R. Writes the panel (panel-attrition.csv: person, wave, x, y; a
# row per wave a person took part in), every free parameter with its estimate, standard error, z, p
# and std.all (full-K.csv), and the fit measures (fit-K.csv).
# Run from this folder:  Rscript make-fiml-fixtures.R   (needs R with lavaan; Debian: r-cran-lavaan)
# The Java test reads the committed CSV files and needs no R.
suppressPackageStartupMessages(library(lavaan))
source("riclpm-functions.R")
set.seed(20261206)

parameter_name <- function(op, lhs, rhs) {
  if (op == "~") {
    to <- substr(lhs, 2, 2); from <- substr(rhs, 2, 2)
    return(if (to == from) paste0("a", toupper(to)) else paste0("b", toupper(to), toupper(from)))
  }
  if (startsWith(lhs, "RI")) {
    return(if (lhs == rhs) paste0("riVar", toupper(substr(lhs, 3, 3))) else "riCov")
  }
  wave <- as.integer(sub("^w[xy]", "", lhs))
  kind <- if (lhs == rhs) paste0("Var", toupper(substr(lhs, 2, 2))) else "Cov"
  if (wave == 1) paste0("w1", kind) else paste0("res", kind, ".", wave)
}

write_fits <- function(wide, waves, k, missing_modes) {
  rows <- NULL
  fits <- NULL
  for (m in list(c("RI-CLPM", TRUE), c("CLPM", FALSE))) {
    for (missing in missing_modes) {
      fit <- lavaan(model_text(waves, as.logical(m[2]), TRUE), data = wide, meanstructure = TRUE,
                    int.ov.free = TRUE, int.lv.free = FALSE, auto.var = FALSE, estimator = "ML",
                    missing = missing)
      pe <- parameterEstimates(fit, standardized = TRUE)
      pe <- pe[pe$op %in% c("~", "~~") & !is.na(pe$z), ]
      for (i in seq_len(nrow(pe))) {
        wave <- if (pe$op[i] == "~") as.integer(sub("^w[xy]", "", pe$lhs[i])) else 0
        rows <- rbind(rows, data.frame(model = m[1], missing = missing,
                                       parameter = parameter_name(pe$op[i], pe$lhs[i], pe$rhs[i]), wave = wave,
                                       estimate = pe$est[i], se = pe$se[i], z = pe$z[i], pvalue = pe$pvalue[i],
                                       std = pe$std.all[i]))
      }
      measures <- c("ntotal", "logl", "unrestricted.logl", "chisq", "df", "pvalue", "baseline.chisq",
                    "baseline.df", "cfi", "rmsea", "srmr")
      fm <- fitMeasures(fit, measures)
      fits <- rbind(fits, data.frame(model = m[1], missing = missing, measure = measures, value = as.numeric(fm)))
    }
  }
  write.csv(rows, sprintf("full-%s.csv", k), row.names = FALSE)
  write.csv(fits, sprintf("fit-%s.csv", k), row.names = FALSE)
}

n <- 2000; waves <- 5
d <- simulate(n, waves, c(1.0, 0.8), c(0.4, 0.3), 0.10, 0.20)
x <- round(d$x, 6); y <- round(d$y, 6)
present <- rep(TRUE, n)
for (t in 2:waves) {
  leave <- runif(n) < plogis(qlogis(0.1) + 0.5 * as.vector(scale(y[, t - 1])))
  # a tenth of those still present on average; the lonelier leave more often
  present <- present & !leave
  x[!present, t] <- NA; y[!present, t] <- NA
}
long <- data.frame(person = rep(1:n, times = waves), wave = rep(1:waves, each = n), x = as.vector(x),
                   y = as.vector(y))
long <- long[!is.na(long$x), ]
write.csv(long[order(long$person, long$wave), ], "panel-attrition.csv", row.names = FALSE)
wide <- data.frame(x, y)
names(wide) <- c(paste0("x", 1:waves), paste0("y", 1:waves))
write_fits(wide, waves, "attrition", c("ml", "listwise"))

one <- read.csv("panel-1.csv")
wide1 <- data.frame(matrix(one$x, ncol = 5, byrow = TRUE), matrix(one$y, ncol = 5, byrow = TRUE))
names(wide1) <- c(paste0("x", 1:5), paste0("y", 1:5))
write_fits(wide1, 5, "1", c("listwise"))
cat("lavaan", as.character(packageVersion("lavaan")), "\n")
