package chatshare.model;

import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import chatshare.config.RegionConfig;
import chatshare.config.RegulatorConfig;
import chatshare.config.SegmentConfig;
import java.util.LinkedHashMap;
import java.util.function.ObjIntConsumer;

/** Small configs built in code for model tests, and a loop that steps a market. */
final class TestMarkets {
    private TestMarkets() {
    }

    /**
     * One region, consumers only, everybody aware of every firm from the start, no habit, no
     * social term, no filtering penalty, identical users: the pure logit setting of MODEL.md 9.
     */
    static ExperimentConfig pureLogit(int agents) {
        ExperimentConfig c = new ExperimentConfig();
        c.market.ticks = 10;
        c.users.agents = agents;
        c.users.population = agents;
        c.users.regions = new LinkedHashMap<>();
        c.users.regions.put("ALL", new RegionConfig(1));
        c.users.segments.consumer.share = 1;
        c.users.segments.power.share = 0;
        c.users.segments.enterprise.share = 0;
        SegmentConfig s = c.users.segments.consumer;
        s.reviewProb = 1;
        s.outsideUtility = 0.5;
        s.priceSensitivity = 0.1;
        s.priceSensitivitySpread = 0;
        s.qualityTasteMin = 1;
        s.qualityTasteMax = 1;
        s.reputationWeight = 0;
        s.habitWeight = 0;
        s.socialWeight = 0;
        s.filteringWeight = 0;
        return c;
    }

    /** Users differ: log-normal price sensitivity, uniform quality taste, filtering bands weighted wF. */
    static void heterogeneousUsers(ExperimentConfig c, double filteringWeight) {
        SegmentConfig s = c.users.segments.consumer;
        s.priceSensitivitySpread = 0.5;
        s.qualityTasteMin = 0.5;
        s.qualityTasteMax = 1.5;
        s.filteringWeight = filteringWeight;
    }

    /** Heterogeneous users who review with the given probability, with habit and social influence on. */
    static void fullDynamics(ExperimentConfig c, double reviewProb, double filteringWeight) {
        heterogeneousUsers(c, filteringWeight);
        SegmentConfig s = c.users.segments.consumer;
        s.reviewProb = reviewProb;
        s.habitWeight = 1;
        s.socialWeight = 1;
    }

    /** Two equal regions, US (index 0) and EU (index 1), and an EU regulator with floor fMin. */
    static ExperimentConfig usAndEuWithFloor(int agents, double fMin) {
        ExperimentConfig c = pureLogit(agents);
        c.market.ticks = 8;
        c.users.regions.clear();
        c.users.regions.put("US", new RegionConfig(0.5));
        c.users.regions.put("EU", new RegionConfig(0.5));
        RegulatorConfig eu = new RegulatorConfig();
        eu.fMin = fMin;
        c.regulators.put("EU", eu);
        return c;
    }

    static FirmConfig firm(double quality, double price, double filtering) {
        FirmConfig f = new FirmConfig();
        f.quality = quality;
        f.price = price;
        f.filtering = filtering;
        f.initialAwareness = 1;
        f.awarenessRate = 0;
        f.wordOfMouth = 0;
        f.cash = 1e15;
        f.costPerUserWeek = 0;
        return f;
    }

    /** Steps the market for its configured ticks, calling afterTick(market, t) after each tick. */
    static Market run(ExperimentConfig c, long seed, int threads, ObjIntConsumer<Market> afterTick) {
        Market m = new Market(c, seed, threads);
        m.start();
        for (int t = 0; t < c.market.ticks; t++) {
            m.schedule.step(m);
            afterTick.accept(m, t);
        }
        m.finish();
        return m;
    }

    /** Share of all agents using firm j (any plan) from the tallies. */
    static double share(Market m, int firm) {
        long n = 0;
        for (int t = 0; t < m.types().count; t++) {
            n += m.tally().count(t, Firm.freeAlt(firm)) + m.tally().count(t, Firm.paidAlt(firm));
        }
        return (double) n / m.agents();
    }
}
