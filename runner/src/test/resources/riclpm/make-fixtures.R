# Reference fixtures for RiClpmTest: simulates bivariate panels with known random intercepts and
# lags, fits the RI-CLPM (wave-invariant and free lags) and the classic CLPM with lavaan, and
# writes each panel (panel-K.csv: person, wave, x, y) and lavaan's estimates
# (lavaan-K.csv: model, parameter, estimate, se, std).
# Run from this folder:  Rscript make-fixtures.R   (needs R with lavaan; Debian: r-cran-lavaan)
# The Java test reads the committed CSV files and needs no R.
suppressPackageStartupMessages(library(lavaan))
set.seed(20251201)

source("riclpm-functions.R")

fixtures <- list(
  list(n = 1500, waves = 5, ri_sd = c(1.0, 0.8), a = c(0.4, 0.3), b_xy = 0.10, b_yx = 0.20),
  list(n = 800, waves = 4, ri_sd = c(0.5, 1.2), a = c(0.2, 0.5), b_xy = -0.15, b_yx = 0.00),
  list(n = 3000, waves = 9, ri_sd = c(1.0, 1.0), a = c(0.3, 0.4), b_xy = 0.05, b_yx = 0.05)
)
for (k in seq_along(fixtures)) {
  f <- fixtures[[k]]
  d <- simulate(f$n, f$waves, f$ri_sd, f$a, f$b_xy, f$b_yx)
  long <- data.frame(person = rep(1:f$n, times = f$waves), wave = rep(1:f$waves, each = f$n),
                     x = round(as.vector(d$x), 6), y = round(as.vector(d$y), 6))
  write.csv(long[order(long$person, long$wave), ], sprintf("panel-%d.csv", k), row.names = FALSE)
  wide <- data.frame(round(d$x, 6), round(d$y, 6))
  names(wide) <- c(paste0("x", 1:f$waves), paste0("y", 1:f$waves))
  out <- NULL
  for (m in list(c("RI-CLPM", TRUE, TRUE), c("RI-CLPM (free lags)", TRUE, FALSE), c("CLPM", FALSE, TRUE))) {
    fit <- lavaan(model_text(f$waves, as.logical(m[2]), as.logical(m[3])), data = wide, meanstructure = TRUE,
                  int.ov.free = TRUE, int.lv.free = FALSE, auto.var = FALSE, estimator = "ML")
    pe <- parameterEstimates(fit, standardized = TRUE)
    reg <- pe[pe$op == "~", ]
    for (i in seq_len(nrow(reg))) {
      wave <- as.integer(sub("^w[xy]", "", reg$lhs[i]))
      to <- substr(reg$lhs[i], 2, 2); from <- substr(reg$rhs[i], 2, 2)
      name <- if (to == from) paste0("a", toupper(to)) else paste0("b", toupper(to), toupper(from))
      out <- rbind(out, data.frame(model = m[1], parameter = name, wave = wave, estimate = reg$est[i],
                                   se = reg$se[i], std = reg$std.all[i]))
    }
    if (as.logical(m[2])) {
      ri <- pe[pe$op == "~~" & pe$lhs %in% c("RIx", "RIy") & pe$rhs %in% c("RIx", "RIy"), ]
      for (i in seq_len(nrow(ri))) {
        name <- if (ri$lhs[i] == ri$rhs[i]) paste0("riVar", toupper(substr(ri$lhs[i], 3, 3))) else "riCov"
        out <- rbind(out, data.frame(model = m[1], parameter = name, wave = 0, estimate = ri$est[i],
                                     se = ri$se[i], std = NA))
      }
    }
    out <- rbind(out, data.frame(model = m[1], parameter = "chiSquare", wave = 0,
                                 estimate = fitMeasures(fit, "chisq"), se = NA, std = NA))
  }
  write.csv(out, sprintf("lavaan-%d.csv", k), row.names = FALSE)
}
cat("lavaan", as.character(packageVersion("lavaan")), "\n")
