package chatshare.cli;

import chatshare.config.ConfigLoader;
import chatshare.config.ExperimentConfig;
import chatshare.model.Equilibrium;
import chatshare.model.Market;
import chatshare.model.Timeline;
import chatshare.output.AtomicOutput;
import chatshare.output.CsvFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare equilibrium CONFIG: the static Nash prices of the market at one tick, and the gap to the simulated ones. */
@Command(name = "equilibrium", mixinStandardHelpOptions = true,
        description = "Simulate to a tick, then compute the static Nash equilibrium of prices (and optionally "
                + "filtering) by best-response iteration on the exact expected logit demand of each firm's user "
                + "sample; writes equilibrium.csv.")
final class EquilibriumCommand implements Callable<Integer> {
    static final String HEADER = "firm,priceNow,priceEquilibrium,shareNow,shareEquilibrium,profitNow,profitEquilibrium,"
            + "apiPriceNow,apiPriceEquilibrium,filteringNow,filteringEquilibrium,status";

    @Parameters(paramLabel = "CONFIG", description = "Experiment config (JSON)")
    Path config;

    @Option(names = "--at", paramLabel = "TICK|DATE",
            description = "Market state after this tick, or after the tick containing this ISO date (default: the last tick)")
    String at;

    @Option(names = "--filtering", description = "Firms also choose filtering levels (default: prices only)")
    boolean filtering;

    @Option(names = "--max-iterations", description = "Rounds of best responses before giving up (default: ${DEFAULT-VALUE})")
    int maxIterations = 100;

    @Option(names = "--tolerance",
            description = "Converged when a round moves no price by more than this fraction (default: ${DEFAULT-VALUE})")
    double tolerance = 0.002;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<config name>/)")
    Path out;

    @Mixin
    QuietOption quiet;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() throws IOException {
        ConfigLoader.LoadedConfig loaded = options.load(config);
        ExperimentConfig c = loaded.config();
        int tick = tick(c);
        if (maxIterations < 1 || !(tolerance > 0 && tolerance < 1)) {
            throw new BadInputException("--max-iterations must be at least 1 and --tolerance in (0, 1)");
        }
        Path dir = out != null ? out : Path.of("results", loaded.name());
        RunCommand.ensureWritable(dir);
        Market m = new Market(c, c.market.seed, c.market.threads);
        Equilibrium.Result result;
        try (Progress progress = Progress.start(quiet.on(), loaded.name(), tick + 1, "ticks")) {
            m.start();
            for (int t = 0; t <= tick; t++) {
                m.schedule.step(m);
                progress.stepTo(t + 1);
            }
            result = Equilibrium.compute(m, filtering, maxIterations, tolerance);
            progress.done(String.format("%s: equilibrium at tick %d (%s)", loaded.name(), tick, m.date(tick)));
        } finally {
            m.finish();
        }
        Path file = dir.resolve("equilibrium.csv");
        try (OutputLock lock = OutputLock.claim(dir); AtomicOutput csv = new AtomicOutput(file)) {
            write(csv.writer(), result);
            csv.commit();
        }
        // Not progress: a result the user must see even with --quiet.
        if (result.status() != Equilibrium.Status.CONVERGED) {
            System.err.printf("equilibrium: %s after %d rounds (last round moved offers by %.3g); the prices in %s "
                    + "are the last round's, not an equilibrium%n", result.status() == Equilibrium.Status.CYCLE
                    ? "best responses cycle" : "did not converge", result.iterations(), result.lastChange(), file);
        } else if (!quiet.on()) {
            System.err.printf("equilibrium: converged in %d round(s) -> %s%n", result.iterations(), file);
        }
        return Main.OK;
    }

    /** --at as a tick number or an ISO date within the run. */
    private int tick(ExperimentConfig c) {
        int last = c.market.ticks - 1;
        if (at == null) {
            return last;
        }
        int tick;
        if (at.matches("\\d+")) {
            tick = Integer.parseInt(at);
        } else {
            try {
                tick = Timeline.tickOf(at, LocalDate.parse(c.market.start));
            } catch (DateTimeParseException e) {
                throw new BadInputException("--at: expected a tick (0.." + last + ") or an ISO date, got '" + at + "'");
            }
        }
        if (tick < 0 || tick > last) {
            throw new BadInputException("--at " + at + ": outside the run (ticks 0.." + last + ", from " + c.market.start + ")");
        }
        return tick;
    }

    static void write(Writer w, Equilibrium.Result result) throws IOException {
        w.write(HEADER + "\n");
        String status = result.status().name().toLowerCase(java.util.Locale.ROOT);
        for (Equilibrium.Row r : result.rows()) {
            w.write(String.join(",", r.firm(), CsvFormat.number(round(r.priceNow())),
                    CsvFormat.number(round(r.priceEquilibrium())), CsvFormat.number(round(r.shareNow())),
                    CsvFormat.number(round(r.shareEquilibrium())), CsvFormat.money(r.profitNow()),
                    CsvFormat.money(r.profitEquilibrium()), CsvFormat.number(round(r.apiPriceNow())),
                    CsvFormat.number(round(r.apiPriceEquilibrium())), CsvFormat.number(round(r.filteringNow())),
                    CsvFormat.number(round(r.filteringEquilibrium())), status) + "\n");
        }
    }

    /** Six significant digits: more would only show the search tolerance. */
    private static double round(double x) {
        return Double.isFinite(x) && x != 0 ? new java.math.BigDecimal(x).round(new java.math.MathContext(6)).doubleValue() : x;
    }
}
