package chatshare.model;

import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import chatshare.config.PlatformConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds everything one start of a market needs, from its config: firms, platforms, regulators,
 * the per-tick tables, the blocks, the users drawn block by block with their own streams, the
 * social network and the initial tallies. Market keeps the schedule; this is everything before
 * tick 0, returned as one World.
 */
final class MarketBuilder {
    private MarketBuilder() {
    }

    /** A fresh world for a start: config is the run's own copy (the builder keeps and changes it). */
    static World build(ExperimentConfig config, long seed, int threads, List<String> regionIds, LocalDate start) {
        int agents = config.users.agents;
        Streams streams = new Streams(seed);
        double agentWeight = config.users.population / agents;
        double[] regionShares = config.users.regions.values().stream().mapToDouble(r -> r.share).toArray();
        List<Firm> firms = new ArrayList<>();
        for (Map.Entry<String, FirmConfig> e : config.firms.entrySet()) {
            firms.add(new Firm(e.getKey(), firms.size(), e.getValue(), regionIds));
        }
        List<String> firmIds = List.copyOf(config.firms.keySet());
        List<Platform> platforms = new ArrayList<>();
        for (Map.Entry<String, PlatformConfig> e : config.platforms.entrySet()) {
            PlatformConfig p = e.getValue();
            double[] members = regionIds.stream().mapToDouble(r -> p.members.getOrDefault(r, 0.0)).toArray();
            List<Bundle> bundles = p.bundles.stream().map(b -> Bundle.of(b, firmIds.indexOf(b.firm))).toList();
            platforms.add(new Platform(e.getKey(), p, members, bundles));
        }
        Regulator[] regulators = regionIds.stream().map(r -> new Regulator(
                config.regulators.getOrDefault(r, new chatshare.config.RegulatorConfig()))).toArray(Regulator[]::new);
        UserTypes types = new UserTypes(regionIds.size(), platforms.size());
        Segments segments = new Segments(config.users);
        boolean meanField = config.market.social.equals("meanField");
        Offers offers = new Offers(types, firms.size(), segments, meanField);
        Tally tally = new Tally(types, offers.alternatives());
        ExpectedDemand expected = config.market.demand.equals("expected")
                ? new ExpectedDemand(types, offers.alternatives()) : null;
        BlockRunner runner = new BlockRunner(agents, threads, offers.alternatives(), firms.size());
        Population users = new Population(agents, meanField ? 0 : config.market.networkDegree);
        double[][] memberships = platforms.stream().map(Platform::membersByRegion).toArray(double[][]::new);
        double[] initialAwareness = config.firms.values().stream().mapToDouble(f -> f.initialAwareness).toArray();
        runner.forEachBlock(b -> users.draw(b.start, b.end, streams.stream(Streams.INIT, 0, b.index),
                config.users, types, regionShares, memberships, initialAwareness));
        Awareness.limitInitialReach(config, firms, users, types, runner.blocks(), streams);
        if (!meanField) {
            runner.forEachBlock(b -> SmallWorld.link(users.neighbours, users.degree, users.size, config.market.rewiring,
                    b.start, b.end, streams.stream(Streams.NETWORK, 0, b.index)));
        }
        if (config.market.initialChoice.equals("logit")) {
            InitialChoice.draw(offers, firms, platforms, new double[regionIds.size()][firms.size()], users, runner,
                    streams);
        }
        AwareCounts aware = new AwareCounts(firms.size());
        for (int i = 0; i < users.size; i++) {
            tally.add(users.type[i], users.choice[i], 1);
            for (int known = users.aware[i]; known != 0; known &= known - 1) {
                aware.add(Integer.numberOfTrailingZeros(known), 1);
            }
        }
        System.arraycopy(users.choice, 0, users.nextChoice, 0, users.size);
        TickChoices choices = new TickChoices(tally.regionFirmShare(firms.size()),
                expected != null ? expected.adopters() : tally.adopters());
        DemandSamples samples = new DemandSamples(users, types, offers, segments, streams);
        return new World(config, streams, types, segments, users, firms, platforms, regulators, regionShares,
                agentWeight, offers, LogitKernel.create(offers), tally, expected, runner,
                new Timeline(config.events, start), aware, choices, new EventLog(), samples);
    }
}
