# The panels and models the fixture scripts share: a bivariate panel with random intercepts and
# lagged within-person parts, and lavaan's text of the RI-CLPM (Hamaker et al. 2015) or the CLPM.
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
