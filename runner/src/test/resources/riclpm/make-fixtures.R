# Reference fixtures for RiClpmTest: simulates bivariate panels with known random intercepts and
# lags, fits the RI-CLPM (wave-invariant and free lags) and the classic CLPM with lavaan, and
# writes each panel (panel-K.csv: person, wave, x, y) and lavaan's estimates
# (lavaan-K.csv: model, parameter, estimate, se, std).
# Run from this folder:  Rscript make-fixtures.R   (needs R with lavaan; Debian: r-cran-lavaan)
# The Java test reads the committed CSV files and needs no R.
suppressPackageStartupMessages(library(lavaan))
set.seed(20251201)

simulate <- function(n, waves, ri_sd, a, b_xy, b_yx) {
  ri <- matrix(rnorm(2 * n), n, 2) %*% chol(matrix(c(ri_sd[1]^2, 0.3 * ri_sd[1] * ri_sd[2],
                                                     0.3 * ri_sd[1] * ri_sd[2], ri_sd[2]^2), 2))
  B <- matrix(c(a[1], b_yx, b_xy, a[2]), 2)  # rows: x, y; columns: lagged x, y
  w <- matrix(rnorm(2 * n), n, 2)
  x <- y <- matrix(0, n, waves)
  for (t in 1:waves) {
    if (t > 1) {
      e <- matrix(rnorm(2 * n), n, 2) %*% chol(matrix(c(1, 0.2, 0.2, 1), 2))
      w <- w %*% t(B) + e
    }
    x[, t] <- 2 + ri[, 1] + w[, 1]
    y[, t] <- 1 + ri[, 2] + w[, 2]
  }
  list(x = x, y = y)
}

model_text <- function(waves, random_intercepts, invariant) {
  xs <- paste0("x", 1:waves); ys <- paste0("y", 1:waves)
  lines <- c()
  if (random_intercepts) {
    lines <- c(lines, paste0("RIx =~ ", paste0("1*", xs, collapse = " + ")),
               paste0("RIy =~ ", paste0("1*", ys, collapse = " + ")),
               "RIx ~~ RIx", "RIy ~~ RIy", "RIx ~~ RIy")
  }
  for (t in 1:waves) {
    lines <- c(lines, paste0("wx", t, " =~ 1*x", t), paste0("wy", t, " =~ 1*y", t),
               paste0("x", t, " ~~ 0*x", t), paste0("y", t, " ~~ 0*y", t))
  }
  for (t in 2:waves) {
    lab <- if (invariant) c("ax", "bxy", "byx", "ay") else paste0(c("ax", "bxy", "byx", "ay"), ".", t)
    lines <- c(lines,
      paste0("wx", t, " ~ ", lab[1], "*wx", t - 1, " + ", lab[2], "*wy", t - 1),
      paste0("wy", t, " ~ ", lab[3], "*wx", t - 1, " + ", lab[4], "*wy", t - 1),
      paste0("wx", t, " ~~ wy", t), paste0("wx", t, " ~~ wx", t), paste0("wy", t, " ~~ wy", t))
  }
  lines <- c(lines, "wx1 ~~ wy1", "wx1 ~~ wx1", "wy1 ~~ wy1")
  if (random_intercepts) {
    lines <- c(lines, "RIx + RIy ~~ 0*wx1 + 0*wy1")
  }
  paste(lines, collapse = "\n")
}

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
