#!/usr/bin/env Rscript
# Load ChatShare results in base R (docs/R.md): a run, a sweep with its parameter columns, the
# summary with CIs, and one plot. Usage: Rscript scripts/R/chatshare_results.R RUN_DIR SWEEP_DIR OUT.png

read_chatshare <- function(file) {
  # seeds are 0x-hexadecimal text (64 bits: a double would lose digits); empty cells are missing
  t <- read.csv(file, colClasses = c(seed = "character", run = "character"),
                na.strings = "", check.names = FALSE, stringsAsFactors = FALSE)
  if ("date" %in% names(t)) t$date <- as.Date(t$date)
  if ("active" %in% names(t)) t$active <- as.logical(t$active)
  t
}

args <- commandArgs(trailingOnly = TRUE)
run_dir <- args[1]; dir <- args[2]; out <- args[3]

firms  <- read_chatshare(file.path(run_dir, "firms.csv"))
market <- read_chatshare(file.path(run_dir, "market.csv"))
stopifnot(inherits(firms$date, "Date"), is.logical(firms$active), all(startsWith(firms$seed, "0x")))
total <- tapply(firms$share, firms$tick, sum) + market$outsideShare[order(market$tick)]
stopifnot(max(abs(total - 1)) < 1e-9)

runs <- read_chatshare(file.path(dir, "runs.csv"))
parameters <- names(runs)[(match("seed", names(runs)) + 1):(match("status", names(runs)) - 1)]
sweep_firms <- read_chatshare(file.path(dir, "firms.csv"))
stopifnot(all(parameters %in% names(sweep_firms)))
summary <- read.csv(file.path(dir, "summary.csv"), check.names = FALSE, na.strings = "")

p <- parameters[1]
s <- summary
for (q in parameters[-1]) s <- s[s[[q]] == s[[q]][1], ]
png(out, width = 900, height = 600, res = 150)
plot(range(s[[p]]), c(0, max(s$finalShare_ci95_high, na.rm = TRUE)), type = "n",
     xlab = p, ylab = "finalShare (share 0-1), mean and 95% CI")
names_f <- unique(s$firm)
for (k in seq_along(names_f)) {
  f <- s[s$firm == names_f[k], ]; f <- f[order(f[[p]]), ]
  polygon(c(f[[p]], rev(f[[p]])), c(pmax(f$finalShare_ci95_low, 0), rev(pmin(f$finalShare_ci95_high, 1))),
          col = adjustcolor(k, 0.2), border = NA)
  lines(f[[p]], f$finalShare_mean, col = k, type = "o", pch = 19)
}
legend("topright", legend = names_f, col = seq_along(names_f), lty = 1, pch = 19, bty = "n")
invisible(dev.off())
cat(sprintf("R: run %s (%d firm-weeks), sweep %s (%d runs, parameters %s), wrote %s\n", run_dir, nrow(firms),
            dir, nrow(runs), paste(parameters, collapse = ", "), out), file = stderr())
