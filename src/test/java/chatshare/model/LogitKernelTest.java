package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
    /** Heterogeneous users in two regions, habit and social terms on, a firm some users do not know. */
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
        return c;
    }

    @Test
    void theTestJvmHasTheVectorKernel() {
        Market m = new Market(market("meanField"), 1, 1);
        m.start();
        assertNotNull(m.logitKernel, "tests must run with --add-modules jdk.incubator.vector");
        m.finish();
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
        m.offers.update(m.firms, m.platforms, m.regionFirmShare(), tick);
        LogitKernel kernel = m.logitKernel;
        kernel.refresh(m.offers);
        int alts = m.offers.alternatives();
        int firms = m.firms.size();
        double[] v = new double[alts];
        double[] cumulative = new double[alts];
        byte[] alt = new byte[alts];
        double[] weights = new double[LogitKernel.MAX_LANES];
        double[] social = new double[LogitKernel.MAX_LANES];
        int[] friends = new int[firms];
        double invDegree = 1.0 / 8;
        SplittableRandom rng = new SplittableRandom(7);
        int checked = 0;
        for (int i = 0; i < m.agents(); i += 3) {
            boolean network = mode.equals("network");
            if (network) {
                double sigma = m.offers.socialWeight(m.users.type[i]);
                for (int j = 0; j < firms; j++) {
                    friends[j] = rng.nextInt(9);
                    social[Firm.freeAlt(j)] = sigma * friends[j] * invDegree;
                    social[Firm.paidAlt(j)] = social[Firm.freeAlt(j)];
                }
            }
            double u = rng.nextDouble();
            int n = m.offers.utilities(m.users, i, tick, network ? friends : null, invDegree, v, alt);
            int expected = alt[ChoiceModel.sample(v, n, u, cumulative)];
            assertEquals(expected, kernel.draw(m.users, i, tick, social, u, weights), "user " + i);
            checked++;
        }
        assertEquals((m.agents() + 2) / 3, checked);
        m.finish();
    }

    @Test
    void uniformsAtTheEdgesPickTheFirstAndTheLastAvailableAlternative() {
        Market m = new Market(market("meanField"), 4, 1);
        m.start();
        m.offers.update(m.firms, m.platforms, m.regionFirmShare(), 0);
        m.logitKernel.refresh(m.offers);
        double[] weights = new double[LogitKernel.MAX_LANES];
        double[] social = new double[LogitKernel.MAX_LANES];
        int alts = m.offers.alternatives();
        double[] v = new double[alts];
        double[] cumulative = new double[alts];
        byte[] alt = new byte[alts];
        for (int i = 0; i < 2000; i++) {
            for (double u : new double[] {0.0, Math.nextDown(1.0)}) {
                int n = m.offers.utilities(m.users, i, 0, null, 0, v, alt);
                int expected = alt[ChoiceModel.sample(v, n, u, cumulative)];
                assertEquals(expected, m.logitKernel.draw(m.users, i, 0, social, u, weights));
            }
        }
        m.finish();
    }

    @Test
    void leavesUtilityGapsBeyondThePolynomialsRangeToTheGenericRoute() {
        ExperimentConfig c = market("meanField");
        c.firms.get("a").price = 1e5; // -alpha * price reaches far below -700
        Market m = new Market(c, 5, 1);
        m.start();
        m.offers.update(m.firms, m.platforms, m.regionFirmShare(), 0);
        m.logitKernel.refresh(m.offers);
        double[] scratch = new double[LogitKernel.MAX_LANES];
        int fallbacks = 0;
        for (int i = 0; i < 1000; i++) {
            fallbacks += m.logitKernel.draw(m.users, i, 0, new double[LogitKernel.MAX_LANES], 0.5, scratch) < 0 ? 1 : 0;
        }
        assertEquals(1000, fallbacks);
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
        m.start();
        if (!kernel) {
            m.logitKernel = null;
        }
        for (int t = 0; t < c.market.ticks; t++) {
            m.schedule.step(m);
        }
        m.finish();
        return Arrays.copyOf(m.users.choice, m.agents());
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
