package chatshare.model;

import chatshare.config.ConfigLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Where a BC1 review's time goes, in CPU nanoseconds of this thread (a busy shared machine
 * distorts CPU time less than wall time). On a started BC1 market at 10^6 agents, reviewers are
 * visited as the model visits them (forward skips of 1 + Uniform{0..18}, mean 10) and each part
 * is timed alone; the best of several rounds is reported.
 * Run: mvn -P bench package -DskipTests &&
 * java --add-modules jdk.incubator.vector -cp target/benchmarks.jar chatshare.model.ReviewParts
 * [agents [config [rounds [part]]]]; part 3 alone (the vector kernel) with 30 rounds is the quick
 * A/B of kernel variants in docs/PERFORMANCE.md.
 */
public final class ReviewParts {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String[] PARTS = {"skip loop + reading the user", "utilities (generic)",
        "utilities + 11 exp + draw (generic)", "utilities + exp + draw (vector kernel, 64 reviewers a batch)"};

    private ReviewParts() {
    }

    public static void main(String[] args) throws Exception {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path config = Path.of(args.length > 1 ? args[1] : "experiments/bench/bc1.json");
        var loaded = ConfigLoader.load(config, List.of("users.agents=" + agents, "market.threads=1"));
        Market m = new Market(loaded.config(), loaded.config().market.seed, 1);
        m.start();
        for (int t = 0; t < 30; t++) {
            m.schedule.step(m); // choices and tenures spread out as in a running market
        }
        m.offers.update(m.firms, m.platforms, m.regionFirmShare(), m.tick());
        LogitKernel kernel = LogitKernel.create(m.offers);
        if (kernel == null) {
            throw new IllegalStateException("run with --add-modules jdk.incubator.vector");
        }
        kernel.refresh(m.offers);
        batch = new ReviewerBatch(m.offers.alternatives());
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        double[] best = new double[PARTS.length];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        long sink = 0;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int only = args.length > 3 ? Integer.parseInt(args[3]) : -1;
        for (int round = 0; round < rounds; round++) {
            for (int part = 0; part < PARTS.length; part++) {
                if (only >= 0 && part != only) {
                    continue;
                }
                long start = CPU.getCurrentThreadCpuTime();
                long reviews = 0;
                for (int sweep = 0; sweep < 10; sweep++) {
                    for (int i = rng.nextInt(19); i < agents; i += 1 + rng.nextInt(19)) {
                        if (part == 3) {
                            batch.user[batch.size] = i;
                            batch.u[batch.size++] = rng.nextDouble();
                            if (batch.size == ReviewerBatch.MAX) {
                                kernel.draw(m.users, m.tick(), batch);
                                sink += batch.chosen[0] + batch.chosen[batch.size - 1];
                                batch.size = 0;
                            }
                        } else {
                            sink += part(part, m, kernel, i, rng.nextDouble());
                        }
                        reviews++;
                    }
                }
                best[part] = Math.min(best[part], (CPU.getCurrentThreadCpuTime() - start) / (double) reviews);
            }
        }
        for (int part = 0; part < PARTS.length; part++) {
            if (only >= 0 && part != only) {
                continue;
            }
            System.out.printf("%-42s %6.1f ns/review%n", PARTS[part], best[part]);
        }
        System.err.println("(checksum " + sink + ")");
        m.finish();
    }

    private static final double[] V = new double[64];
    private static final double[] CUMULATIVE = new double[64];
    private static final byte[] ALTS = new byte[64];
    private static ReviewerBatch batch;

    private static long part(int part, Market m, LogitKernel kernel, int i, double u) {
        Population p = m.users;
        int tick = m.tick();
        switch (part) {
            case 0:
                return p.type[i] + p.choice[i] + p.since[i] + p.aware[i]
                        + (long) (u + p.priceSensitivity[i] + p.qualityTaste[i] + p.filterIdeal[i] + p.tolerance[i]);
            case 1:
                return m.offers.utilities(p, i, tick, null, 0, V, ALTS);
            default: {
                int n = m.offers.utilities(p, i, tick, null, 0, V, ALTS);
                return ALTS[ChoiceModel.sample(V, n, u, CUMULATIVE)];
            }
        }
    }
}
