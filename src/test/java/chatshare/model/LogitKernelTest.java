package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import chatshare.config.RegionConfig;
import java.util.Arrays;
import java.util.SplittableRandom;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vector kernel is an exact shortcut: for every user and uniform it picks the alternative
 * that Offers.utilities + ChoiceModel.sample pick, so whole runs are identical with and without
 * the Vector API module. The tests run with --add-modules jdk.incubator.vector (pom.xml).
 */
class LogitKernelTest {
    /**
     * Heterogeneous users in two regions and three segments (so prices, constants and filtering
     * weights differ by type within one vector), habit and social terms on, a firm some users do
     * not know, a firm without a free plan.
     */
    private static ExperimentConfig market(String social) {
        ExperimentConfig c = TestMarkets.pureLogit(40_000);
        c.market.ticks = 6;
        c.market.social = social;
        TestMarkets.fullDynamics(c, 0.3, 4);
        c.users.regions.clear();
        c.users.regions.put("US", new RegionConfig(0.6));
        c.users.regions.put("EU", new RegionConfig(0.4));
        c.firms.put("a", TestMarkets.firm(3, 20, 0.2));
        c.firms.put("b", TestMarkets.firm(3.5, 25, 0.7));
        c.firms.put("c", TestMarkets.firm(2.8, 5, 0.5));
        c.firms.get("b").freePlan = false;
        c.firms.get("c").initialAwareness = 0.4;
        c.users.segments.consumer.share = 0.6;
        c.users.segments.power.share = 0.3;
        c.users.segments.enterprise.share = 0.1;
        c.users.segments.power.filteringWeight = 2;
        return c;
    }

    @Test
    void theTestJvmHasTheVectorKernel() {
        Market m = new Market(market("meanField"), 1, 1);
        m.start();
        assertNotNull(m.world().kernel(), "tests must run with --add-modules jdk.incubator.vector");
        m.finish();
        // pom.xml runs this class again at 128 and 256 bits: the width asked for is the width used.
        int bits = Integer.getInteger("chatshare.vectorBits", 512);
        assertEquals(Math.min(bits, DoubleVector.SPECIES_PREFERRED.vectorBitSize()), VectorLogit.S.vectorBitSize());
    }

    @ParameterizedTest
    @ValueSource(strings = {"meanField", "network"})
    void drawsTheSameAlternativeAsTheGenericRoute(String mode) {
        Market m = new Market(market(mode), 3, 1);
        m.start();
        for (int t = 0; t < 4; t++) {
            m.schedule.step(m); // users now differ in choice and tenure
        }
        int tick = m.tick();
        m.offers().update(m.firms(), m.platforms(), m.regionFirmShare(), tick);
        m.world().kernel().refresh(m.offers());
        boolean network = mode.equals("network");
        int firms = m.firms().size();
        double invDegree = 1.0 / 8;
        ReviewerBatch batch = new ReviewerBatch(m.offers().alternatives());
        int[][] friends = new int[ReviewerBatch.MAX][firms];
        SplittableRandom rng = new SplittableRandom(7);
        int checked = 0;
        for (int i = 0; i < m.agents();) {
            // Batches of every size, so partly filled vectors are drawn too; users of several types per vector.
            int size = 1 + rng.nextInt(ReviewerBatch.MAX);
            for (batch.size = 0; batch.size < size && i < m.agents(); batch.size++, i += 1 + rng.nextInt(5)) {
                int lane = batch.size;
                batch.user[lane] = i;
                batch.u[lane] = rng.nextDouble();
                if (network) {
                    double sigma = m.offers().socialWeight(m.users().type[i]);
                    for (int j = 0; j < firms; j++) {
                        friends[lane][j] = rng.nextInt(9);
                        double s = sigma * friends[lane][j] * invDegree;
                        batch.social[Firm.freeAlt(j) * ReviewerBatch.MAX + lane] = s;
                        batch.social[Firm.paidAlt(j) * ReviewerBatch.MAX + lane] = s;
                    }
                }
            }
            m.world().kernel().draw(m.users(), tick, batch);
            for (int lane = 0; lane < batch.size; lane++) {
                int expected = genericDraw(m, batch.user[lane], tick, network ? friends[lane] : null, invDegree, batch.u[lane]);
                assertEquals(expected, batch.chosen[lane], "user " + batch.user[lane] + ", lane " + lane);
                checked++;
            }
        }
        assertTrue(checked > m.agents() / 4, "checked " + checked);
        m.finish();
    }

    /** Offers.utilities and ChoiceModel.sample: the route the kernel must agree with. */
    private static int genericDraw(Market m, int i, int tick, int[] friends, double invDegree, double u) {
        int alts = m.offers().alternatives();
        double[] v = new double[alts];
        byte[] alt = new byte[alts];
        int n = m.offers().utilities(m.users(), i, tick, friends, invDegree, v, alt);
        return alt[ChoiceModel.sample(v, n, u, new double[alts])];
    }

    /** Draws users [from, from + count) with uniform u through the kernel. */
    private static ReviewerBatch drawn(Market m, int from, int count, double u) {
        ReviewerBatch batch = new ReviewerBatch(m.offers().alternatives());
        batch.size = count;
        for (int lane = 0; lane < count; lane++) {
            batch.user[lane] = from + lane;
            batch.u[lane] = u;
        }
        m.world().kernel().draw(m.users(), m.tick(), batch);
        return batch;
    }

    @Test
    void uniformsAtTheEdgesPickTheFirstAndTheLastAvailableAlternative() {
        Market m = new Market(market("meanField"), 4, 1);
        m.start();
        m.offers().update(m.firms(), m.platforms(), m.regionFirmShare(), 0);
        m.world().kernel().refresh(m.offers());
        for (int from = 0; from < 2000; from += ReviewerBatch.MAX) {
            // u = 1 never comes from a generator, but both routes then pick the last available alternative.
            for (double u : new double[] {0.0, Math.nextDown(1.0), 1.0}) {
                ReviewerBatch batch = drawn(m, from, ReviewerBatch.MAX, u);
                for (int lane = 0; lane < batch.size; lane++) {
                    assertEquals(genericDraw(m, from + lane, 0, null, 0, u), batch.chosen[lane]);
                }
            }
        }
        m.finish();
    }

    /** The generic route's cumulative weights of user i: cumulative[q] for its q-th choosable alternative alt[q]. */
    private static int genericCumulative(Market m, int i, double[] cumulative, byte[] alt) {
        double[] v = new double[alt.length];
        int n = m.offers().utilities(m.users(), i, m.tick(), null, 0, v, alt);
        double total = 0;
        for (int q = 0; q < n; q++) {
            total += Exp.exp(v[q] - v[0]);
            cumulative[q] = total;
        }
        return n;
    }

    /** A market after a few ticks, so users differ in choice and tenure, with the kernel's tables current. */
    private static Market stepped(long seed) {
        Market m = new Market(market("meanField"), seed, 1);
        m.start();
        for (int t = 0; t < 3; t++) {
            m.schedule.step(m);
        }
        m.offers().update(m.firms(), m.platforms(), m.regionFirmShare(), m.tick());
        m.world().kernel().refresh(m.offers());
        return m;
    }

    @Test
    void sumsTheGenericRoutesWeightsBitForBit() {
        // A wrong last bit rarely changes a choice, so the sums themselves are compared: with one
        // vector's worth of reviewers, batch.cumulative holds that vector's sums by [alt * L + lane].
        Market m = stepped(6);
        int lanes = VectorLogit.S.length();
        int alts = m.offers().alternatives();
        double[] cumulative = new double[alts];
        byte[] alt = new byte[alts];
        int compared = 0;
        for (int from = 0; from + lanes <= 4000; from += lanes) {
            ReviewerBatch batch = drawn(m, from, lanes, 0.5);
            for (int lane = 0; lane < lanes; lane++) {
                if (batch.chosen[lane] < 0) {
                    continue;
                }
                int n = genericCumulative(m, from + lane, cumulative, alt);
                for (int q = 0; q < n; q++) {
                    assertEquals(Double.doubleToRawLongBits(cumulative[q]),
                            Double.doubleToRawLongBits(batch.cumulative[alt[q] * lanes + lane]), "user " + (from + lane));
                    compared++;
                }
            }
        }
        assertTrue(compared > 4000, "compared " + compared);
        m.finish();
    }

    @Test
    void aUniformLandingExactlyOnACumulativeSumPicksLikeTheGenericRoute() {
        // ChoiceModel.sample picks the first alternative whose cumulative weight exceeds u * total;
        // at equality the next one. Each uniform here makes u * total equal a cumulative sum.
        Market m = stepped(7);
        int alts = m.offers().alternatives();
        double[] cumulative = new double[alts];
        byte[] alt = new byte[alts];
        int ties = 0;
        for (int i = 0; i < 4000; i++) {
            int n = genericCumulative(m, i, cumulative, alt);
            double total = cumulative[n - 1];
            for (int q = 0; q < n - 1; q++) {
                double u = cumulative[q] / total;
                for (int step = 0; step < 4 && u * total != cumulative[q]; step++) {
                    u = u * total < cumulative[q] ? Math.nextUp(u) : Math.nextDown(u);
                }
                if (u * total != cumulative[q] || u >= 1) {
                    continue;
                }
                ties++;
                assertEquals(genericDraw(m, i, m.tick(), null, 0, u), drawn(m, i, 1, u).chosen[0], "user " + i + ", u = " + u);
            }
        }
        assertTrue(ties > 1000, "ties " + ties);
        m.finish();
    }

    @Test
    void leavesUtilityGapsBeyondThePolynomialsRangeToTheGenericRoute() {
        ExperimentConfig c = market("meanField");
        c.firms.get("a").price = 1e5; // -alpha * price reaches far below -700 (for consumers; API users pay by token)
        c.users.segments.consumer.share = 1;
        c.users.segments.power.share = 0;
        c.users.segments.enterprise.share = 0;
        Market m = new Market(c, 5, 1);
        m.start();
        m.offers().update(m.firms(), m.platforms(), m.regionFirmShare(), 0);
        m.world().kernel().refresh(m.offers());
        int fallbacks = 0;
        for (int from = 0; from < 1024; from += ReviewerBatch.MAX) {
            ReviewerBatch batch = drawn(m, from, ReviewerBatch.MAX, 0.5);
            for (int lane = 0; lane < batch.size; lane++) {
                fallbacks += batch.chosen[lane] < 0 ? 1 : 0;
            }
        }
        assertEquals(1024, fallbacks);
        m.finish();
    }

    @ParameterizedTest
    @ValueSource(strings = {"meanField", "network"})
    void wholeRunsAreIdenticalWithoutTheKernel(String social) {
        byte[] withKernel = finalChoices(market(social), true);
        byte[] without = finalChoices(market(social), false);
        assertArrayEquals(without, withKernel);
    }

    private static byte[] finalChoices(ExperimentConfig c, boolean kernel) {
        Market m = new Market(c, 11, 2);
        if (!kernel) {
            System.setProperty("chatshare.scalar", "true"); // the scalar route, as without the Vector API module
        }
        try {
            m.start();
        } finally {
            System.clearProperty("chatshare.scalar");
        }
        for (int t = 0; t < c.market.ticks; t++) {
            m.schedule.step(m);
        }
        m.finish();
        return Arrays.copyOf(m.users().choice, m.agents());
    }

    @Test
    void theLanewiseExpHasTheScalarBitsAtEveryVectorWidth() {
        // The kernel's width is a speed choice (VectorLogit.S); every width must give Exp.exp's bits.
        SplittableRandom rng = new SplittableRandom(18);
        for (VectorShape shape : VectorShape.values()) {
            VectorSpecies<Double> species = VectorSpecies.of(double.class, shape);
            if (shape == VectorShape.S_Max_BIT || species.vectorBitSize() > DoubleVector.SPECIES_MAX.vectorBitSize()) {
                continue;
            }
            double[] x = new double[species.length()];
            double[] lanes = new double[species.length()];
            for (int n = 0; n < 20_000; n++) {
                for (int k = 0; k < x.length; k++) {
                    x[k] = -Exp.LIMIT + 2 * Exp.LIMIT * rng.nextDouble() * (n % 2 == 0 ? 1 : 0.05);
                }
                VectorLogit.exp(DoubleVector.fromArray(species, x, 0)).intoArray(lanes, 0);
                for (int k = 0; k < x.length; k++) {
                    assertEquals(Double.doubleToRawLongBits(Exp.exp(x[k])), Double.doubleToRawLongBits(lanes[k]),
                            shape + ", x = " + x[k]);
                }
            }
        }
    }
}
