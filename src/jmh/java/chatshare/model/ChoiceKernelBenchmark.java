package chatshare.model;

import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-review kernel on a BC1-like market (5 firms x 2 plans + outside option): utility
 * assembly alone, utilities plus the exact logit draw (generic scalar route), and the same draws
 * through the SIMD kernel (VectorLogit, one batch of reviewers per call; the time is per review). Run: mvn -P bench package && java -jar target/benchmarks.jar
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ChoiceKernelBenchmark {
    private Market market;
    private double[] v;
    private double[] cumulative;
    private byte[] alts;
    private UniformRandomProvider rng;
    private int next;
    private LogitKernel kernel;
    private ReviewerBatch batch;

    @Setup(Level.Trial)
    public void setUp() {
        ExperimentConfig c = new ExperimentConfig();
        c.users.agents = 1 << 20;
        c.users.regions.clear();
        c.users.regions.put("ALL", new chatshare.config.RegionConfig(1));
        c.users.segments.consumer.share = 1;
        c.users.segments.power.share = 0;
        c.users.segments.enterprise.share = 0;
        double[] q = {3.0, 3.5, 3.3, 3.2, 2.8};
        double[] p = {30, 20, 20, 20, 5};
        double[] f = {0.2, 0.6, 0.8, 0.6, 0.4};
        for (int j = 0; j < 5; j++) {
            FirmConfig firm = new FirmConfig();
            firm.quality = q[j];
            firm.price = p[j];
            firm.filtering = f[j];
            firm.initialAwareness = 1;
            c.firms.put("f" + j, firm);
        }
        market = new Market(c, 1, 1);
        market.start();
        market.offers.update(market.firms, market.platforms, market.regionFirmShare(), 0);
        v = new double[market.offers.alternatives()];
        cumulative = new double[v.length];
        alts = new byte[v.length];
        rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        kernel = LogitKernel.create(market.offers);
        kernel.refresh(market.offers);
        batch = new ReviewerBatch(v.length);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        market.finish();
    }

    private int nextUser() {
        next = (next + 7) & (market.agents() - 1);
        return next;
    }

    @Benchmark
    public double utilities() {
        int n = market.offers.utilities(market.users, nextUser(), 10, null, 0, v, alts);
        return v[n - 1];
    }

    @Benchmark
    public int utilitiesAndLogitDraw() {
        int n = market.offers.utilities(market.users, nextUser(), 10, null, 0, v, alts);
        return alts[ChoiceModel.sample(v, n, rng.nextDouble(), cumulative)];
    }

    /** Time per review: a batch of ReviewerBatch.MAX reviewers per call. */
    @Benchmark
    @OperationsPerInvocation(ReviewerBatch.MAX)
    public int vectorLogitDraw() {
        for (int lane = 0; lane < ReviewerBatch.MAX; lane++) {
            batch.user[lane] = nextUser();
            batch.u[lane] = rng.nextDouble();
        }
        batch.size = ReviewerBatch.MAX;
        kernel.draw(market.users, 10, batch);
        return batch.chosen[0] + batch.chosen[ReviewerBatch.MAX - 1];
    }
}
