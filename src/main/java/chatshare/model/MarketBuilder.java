package chatshare.model;

import chatshare.config.FirmConfig;
import chatshare.config.PlatformConfig;
import chatshare.config.SegmentConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a market's state from its config at every start: firms, platforms, regulators, the
 * per-tick tables, the blocks, the users drawn block by block with their own streams, the social
 * network and the initial tallies. Market keeps the schedule; this is everything before tick 0.
 */
final class MarketBuilder {
    private MarketBuilder() {
    }

    /** Builds the market's state for a start: fresh config copy, firms, platforms, users, network, tallies. */
    static void build(Market m) {
        if (m.runner != null) {
            m.runner.close();
        }
        m.config = Market.copy(m.original);
        int agents = m.config.users.agents;
        m.streams = new Streams(m.seed());
        m.reviews = 0;
        m.agentWeight = m.config.users.population / agents;
        m.regionShares = m.config.users.regions.values().stream().mapToDouble(r -> r.share).toArray();
        m.firms = new ArrayList<>();
        for (Map.Entry<String, FirmConfig> e : m.config.firms.entrySet()) {
            m.firms.add(new Firm(e.getKey(), m.firms.size(), e.getValue(), m.regionIds));
        }
        List<String> firmIds = List.copyOf(m.config.firms.keySet());
        m.platforms = new ArrayList<>();
        for (Map.Entry<String, PlatformConfig> e : m.config.platforms.entrySet()) {
            PlatformConfig p = e.getValue();
            double[] members = m.regionIds.stream().mapToDouble(r -> p.members.getOrDefault(r, 0.0)).toArray();
            List<Bundle> bundles = p.bundles.stream().map(b -> Bundle.of(b, firmIds.indexOf(b.firm))).toList();
            Platform platform = new Platform(e.getKey(), p.name.isEmpty() ? e.getKey() : p.name, members, bundles,
                    p.drift, p.adRevenueWeek);
            platform.subscriptionPrice = p.subscriptionPrice;
            platform.subscriptionTakeUp = p.subscriptionTakeUp;
            m.platforms.add(platform);
        }
        m.timeline = new Timeline(m.config.events, m.startDate);
        m.samples = new java.util.HashMap<>();
        m.learningBenchmarks = null;
        m.events.clear();
        m.regulators = m.regionIds.stream().map(r -> new Regulator(
                m.config.regulators.getOrDefault(r, new chatshare.config.RegulatorConfig()))).toArray(Regulator[]::new);
        m.types = new UserTypes(m.regionIds.size(), m.platforms.size());
        List<SegmentConfig> segments = m.config.users.segments.inOrder();
        boolean meanField = m.config.market.social.equals("meanField");
        m.offers = new Offers(m.types, m.firms.size(), segments, m.config.users.lockInTicks, meanField);
        m.logitKernel = LogitKernel.create(m.offers);
        m.tally = new Tally(m.types, m.offers.alternatives());
        m.expected = m.config.market.demand.equals("expected") ? new ExpectedDemand(m.types, m.offers.alternatives()) : null;
        m.runner = new BlockRunner(agents, m.threads);
        m.blocks = new Block[m.runner.blocks()];
        for (int b = 0; b < m.blocks.length; b++) {
            m.blocks[b] = new Block(b, agents, m.offers.alternatives(), m.firms.size());
        }
        m.users = new Population(agents);
        drawUsers(m);
        Awareness.limitInitialReach(m);
        if (!meanField) {
            linkNetwork(m);
        }
        m.regionFirmShare = new double[m.regionIds.size()][m.firms.size()];
        if (m.config.market.initialChoice.equals("logit")) {
            InitialChoice.draw(m);
        }
        countInitialState(m);
    }

    private static void drawUsers(Market m) {
        double[][] memberships = m.platforms.stream().map(p -> p.members).toArray(double[][]::new);
        double[] initialAwareness = m.config.firms.values().stream().mapToDouble(f -> f.initialAwareness).toArray();
        m.runner.forEachBlock(b -> m.users.draw(m.blocks[b].start, m.blocks[b].end, m.streams.stream(Streams.INIT, 0, b),
                m.config.users, m.types, m.regionShares, memberships, initialAwareness));
    }

    private static void linkNetwork(Market m) {
        int degree = m.config.market.networkDegree;
        m.users.degree = degree;
        m.users.neighbours = new int[Math.multiplyExact(m.users.size, degree)];
        m.runner.forEachBlock(b -> SmallWorld.link(m.users.neighbours, degree, m.users.size, m.config.market.rewiring,
                m.blocks[b].start, m.blocks[b].end, m.streams.stream(Streams.NETWORK, 0, b)));
    }

    private static void countInitialState(Market m) {
        m.awareCount = new long[m.firms.size()];
        for (int i = 0; i < m.users.size; i++) {
            m.tally.add(m.users.type[i], m.users.choice[i], 1);
            for (int known = m.users.aware[i]; known != 0; known &= known - 1) {
                m.awareCount[Integer.numberOfTrailingZeros(known)]++;
            }
        }
        System.arraycopy(m.users.choice, 0, m.users.nextChoice, 0, m.users.size);
        m.regionFirmShare = m.tally.regionFirmShare(m.firms.size());
        m.previousAdopters = m.metrics.adopters();
    }
}
