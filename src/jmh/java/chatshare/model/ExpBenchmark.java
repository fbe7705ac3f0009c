package chatshare.model;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
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
 * exp over 65 536 arguments in [-30, 5] (the range of BC1's utility gaps): Math.exp, the scalar
 * polynomial Exp.exp, and its Vector API twin. Scores are ns per exp.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ExpBenchmark {
    static final int N = 1 << 16;
    private final double[] x = new double[N];
    private final double[] y = new double[N];

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int k = 0; k < N; k++) {
            x[k] = -30 + 35 * rng.nextDouble();
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] mathExp() {
        for (int k = 0; k < N; k++) {
            y[k] = Math.exp(x[k]);
        }
        return y;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] scalarPolynomialExp() {
        for (int k = 0; k < N; k++) {
            y[k] = Exp.exp(x[k]);
        }
        return y;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] vectorPolynomialExp() {
        for (int k = 0; k < N; k += VectorLogit.S.length()) {
            VectorLogit.exp(DoubleVector.fromArray(VectorLogit.S, x, k)).intoArray(y, k);
        }
        return y;
    }
}
