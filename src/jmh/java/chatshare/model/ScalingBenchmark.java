package chatshare.model;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Do the machine's two vCPUs behave like two cores? A compute-bound loop (exp on an L1-resident
 * array) and a memory-bound one (dependent random reads in 256 MB) run with -t 1 and -t 2: on two
 * real cores both keep their per-thread time; on SMT siblings of one core the compute-bound loop
 * slows down per thread while the latency-bound one does not.
 * A third loop streams eight arrays of 10^6 users per thread (about 26 MB, the arrays a
 * mean-field review reads), so it is bound by memory bandwidth: if its per-thread time rises at
 * -t 2 while the other two stay flat, the two threads share the bandwidth.
 * Run: java -jar target/benchmarks.jar Scaling -t 1 and then -t 2.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ScalingBenchmark {
    static final int SMALL = 1 << 10;

    @State(Scope.Thread)
    public static class Compute {
        final double[] x = new double[SMALL];
        final double[] y = new double[SMALL];

        @Setup
        public void setUp() {
            SplittableRandom rng = new SplittableRandom(1);
            for (int k = 0; k < SMALL; k++) {
                x[k] = -30 + 35 * rng.nextDouble();
            }
        }
    }

    /** One random cycle through 2^26 ints (256 MB), shared read-only by the threads. */
    @State(Scope.Benchmark)
    public static class Memory {
        static final int SIZE = 1 << 26;
        final int[] next = new int[SIZE];

        @Setup
        public void setUp() {
            int[] order = new int[SIZE];
            for (int k = 0; k < SIZE; k++) {
                order[k] = k;
            }
            SplittableRandom rng = new SplittableRandom(2);
            for (int k = SIZE - 1; k > 0; k--) {
                int j = rng.nextInt(k + 1);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
            for (int k = 0; k < SIZE; k++) {
                next[order[k]] = order[(k + 1) % SIZE];
            }
        }
    }

    /** Each thread's own struct of arrays for 10^6 users: the layout `Population` streams. */
    @State(Scope.Thread)
    public static class Stream {
        static final int USERS = 1_000_000;
        final float[] ideal = new float[USERS];
        final float[] tolerance = new float[USERS];
        final float[] alpha = new float[USERS];
        final float[] beta = new float[USERS];
        final int[] since = new int[USERS];
        final int[] aware = new int[USERS];
        final short[] type = new short[USERS];
        final byte[] choice = new byte[USERS];

        @Setup
        public void setUp() {
            SplittableRandom rng = new SplittableRandom(3);
            for (int k = 0; k < USERS; k++) {
                ideal[k] = (float) rng.nextDouble();
                tolerance[k] = (float) rng.nextDouble();
                alpha[k] = (float) rng.nextDouble();
                beta[k] = (float) rng.nextDouble();
                since[k] = rng.nextInt(100);
                aware[k] = rng.nextInt();
                type[k] = (short) rng.nextInt(64);
                choice[k] = (byte) rng.nextInt(11);
            }
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int at = (int) Thread.currentThread().getId() * 7919;
    }

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public double[] computeBoundExp(Compute c) {
        for (int k = 0; k < SMALL; k++) {
            c.y[k] = Math.exp(c.x[k]);
        }
        return c.y;
    }

    /** Reads every user's eight fields once, in order: ns per user. */
    @Benchmark
    @OperationsPerInvocation(Stream.USERS)
    public double bandwidthBoundStream(Stream u) {
        double sum = 0;
        for (int k = 0; k < Stream.USERS; k++) {
            sum += u.ideal[k] + u.tolerance[k] + u.alpha[k] + u.beta[k] + u.since[k] + (u.aware[k] & 7) + u.type[k]
                    + u.choice[k];
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(1024)
    public int memoryBoundRandomRead(Memory m, Cursor c) {
        int at = c.at & (Memory.SIZE - 1);
        for (int k = 0; k < 1024; k++) {
            at = m.next[at];
        }
        c.at = at;
        return at;
    }
}
