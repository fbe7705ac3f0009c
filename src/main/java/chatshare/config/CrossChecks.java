package chatshare.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Constraints between keys, checked on the bound config; errors name the file and JSON path. */
final class CrossChecks {
    static final int MAX_FIRMS = 31;
    static final int MAX_PLATFORMS = 8;
    static final int MAX_REGIONS = 16;
    /** market.start's range: any date a calendar of weekly ticks (at most 100 000) can run from and print. */
    static final LocalDate FIRST_START = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_START = LocalDate.of(2200, 12, 31);

    private final String source;
    private final ExperimentConfig c;
    /** Where each event was written (file and path). */
    private final List<EventEdits.Origin> eventOrigins;

    private CrossChecks(ExperimentConfig c, String source, List<EventEdits.Origin> eventOrigins) {
        this.c = c;
        this.source = source;
        this.eventOrigins = eventOrigins;
    }

    static void check(ExperimentConfig config, String source, List<EventEdits.Origin> eventOrigins) {
        new CrossChecks(config, source, eventOrigins).all();
    }

    private void all() {
        if (!c.name.isEmpty() && Ids.nameProblem(c.name) != null) {
            fail("name", Ids.nameProblem(c.name));
        }
        ids();
        count("firms", c.firms.size(), 1, MAX_FIRMS);
        count("platforms", c.platforms.size(), 0, MAX_PLATFORMS);
        count("users.regions", c.users.regions.size(), 1, MAX_REGIONS);
        LocalDate start = null;
        try {
            start = LocalDate.parse(c.market.start);
        } catch (DateTimeParseException e) {
            fail("market.start", "expected an ISO date yyyy-mm-dd from " + FIRST_START + " to " + LAST_START + ", got '"
                    + c.market.start + "'");
        }
        if (start.isBefore(FIRST_START) || start.isAfter(LAST_START)) {
            fail("market.start", "expected an ISO date yyyy-mm-dd from " + FIRST_START + " to " + LAST_START + ", got '"
                    + c.market.start + "'");
        }
        for (Map.Entry<String, FirmConfig> f : c.firms.entrySet()) {
            StrategyConfig s = f.getValue().strategy;
            String at = "firms." + f.getKey() + ".strategy.";
            notAbove(at + "minPrice", s.minPrice, "maxPrice", s.maxPrice);
            notAbove(at + "minApiPrice", s.minApiPrice, "maxApiPrice", s.maxApiPrice);
        }
        if (!c.market.firmsAdaptFrom.isEmpty()) {
            LocalDate from = null;
            try {
                from = LocalDate.parse(c.market.firmsAdaptFrom);
            } catch (DateTimeParseException e) {
                // reported below
            }
            // same calendar as market.start, so the date always maps to a tick
            if (from == null || from.isBefore(FIRST_START) || from.isAfter(LAST_START)) {
                fail("market.firmsAdaptFrom", "expected an ISO date yyyy-mm-dd from " + FIRST_START + " to " + LAST_START
                        + ", or empty, got '" + c.market.firmsAdaptFrom + "'");
            }
        }
        sumsToOne("users.regions", c.users.regions.values().stream().mapToDouble(r -> r.share).sum());
        sumsToOne("users.segments", c.users.segments.inOrder().stream().mapToDouble(s -> s.share).sum());
        if (c.users.filtering.mixture.stream().mapToDouble(b -> b.weight).sum() <= 0) {
            fail("users.filtering.mixture", "needs at least one component with positive weight");
        }
        notAbove("users.filtering.toleranceMin", c.users.filtering.toleranceMin, "toleranceMax",
                c.users.filtering.toleranceMax);
        List<SegmentConfig> segments = c.users.segments.inOrder();
        for (int s = 0; s < segments.size(); s++) {
            String at = "users.segments." + SegmentsConfig.NAMES.get(s) + ".";
            notAbove(at + "qualityTasteMin", segments.get(s).qualityTasteMin, "qualityTasteMax",
                    segments.get(s).qualityTasteMax);
        }
        if (c.market.social.equals("network") && c.users.agents <= c.market.networkDegree) {
            fail("users.agents", "network mode needs more agents than market.networkDegree ("
                    + c.market.networkDegree + ")");
        }
        events();
        replicates();
        learning();
        Set<String> regions = c.users.regions.keySet();
        for (String r : c.regulators.keySet()) {
            known("regulators." + r, r, regions, "region");
        }
        for (Map.Entry<String, FirmConfig> f : c.firms.entrySet()) {
            List<String> available = f.getValue().regions;
            for (int k = 0; k < available.size(); k++) {
                known("firms." + f.getKey() + ".regions[" + k + "]", available.get(k), regions, "region");
            }
        }
        for (Map.Entry<String, PlatformConfig> p : c.platforms.entrySet()) {
            String path = "platforms." + p.getKey();
            for (Map.Entry<String, Double> m : p.getValue().members.entrySet()) {
                known(path + ".members." + m.getKey(), m.getKey(), regions, "region");
            }
            List<BundleConfig> bundles = p.getValue().bundles;
            for (int k = 0; k < bundles.size(); k++) {
                BundleConfig b = bundles.get(k);
                known(path + ".bundles[" + k + "].firm", b.firm, c.firms.keySet(), "firm");
                if (b.endTick >= 0 && b.endTick <= b.startTick) {
                    fail(path + ".bundles[" + k + "].endTick", "must be -1 (never) or after startTick " + b.startTick);
                }
            }
        }
    }

    /** Largest Q-table (states x prices) of a qLearning firm: 2^24 doubles, 128 MB. */
    static final long MAX_Q_ENTRIES = 1L << 24;

    /** The Q-table has qPrices^(learners x qMemory) states; expected demand has no agents to network. */
    private void learning() {
        long learners = c.firms.values().stream().filter(f -> f.strategy.pricing.equals("qLearning")).count();
        for (Map.Entry<String, FirmConfig> f : c.firms.entrySet()) {
            StrategyConfig s = f.getValue().strategy;
            if (s.pricing.equals("qLearning")
                    && Math.pow(s.qPrices, learners * s.qMemory + 1) > MAX_Q_ENTRIES) {
                fail("firms." + f.getKey() + ".strategy.qPrices", "a Q-table of qPrices^(" + learners
                        + " learning firms x qMemory " + s.qMemory + " + 1) entries exceeds " + MAX_Q_ENTRIES
                        + "; use fewer prices, memory or learning firms");
            }
        }
        if (c.market.demand.equals("expected") && c.market.social.equals("network")) {
            fail("market.demand", "expected demand needs market.social meanField (allowed with network: agents)");
        }
    }

    private void events() {
        LocalDate start = LocalDate.parse(c.market.start);
        EventConfig defaults = new EventConfig();
        for (int k = 0; k < c.events.size(); k++) {
            try {
                event(k, start, defaults);
            } catch (ConfigException x) {
                throw atOrigin(x, k);
            }
        }
    }

    /** An error about events[k] of the resolved list, renamed to the file and path the event was written at. */
    private ConfigException atOrigin(ConfigException x, int k) {
        String resolved = source + ": events[" + k + "]";
        if (!x.getMessage().startsWith(resolved)) {
            return x;
        }
        EventEdits.Origin o = eventOrigins.get(k);
        return new ConfigException(o.source() + ": " + o.path() + x.getMessage().substring(resolved.length()));
    }

    private void event(int k, LocalDate start, EventConfig defaults) {
        EventConfig e = c.events.get(k);
        String path = "events[" + k + "]";
        if (e.type.isEmpty()) {
            fail(path + ".type", "missing; allowed: " + String.join(", ", EventType.keys()));
        }
        EventType type = EventType.of(e.type);
        List<String> uses = type.fields;
        for (Map.Entry<String, java.lang.reflect.Field> f : Schema.fields(EventConfig.class).entrySet()) {
            String name = f.getKey();
            boolean given = !java.util.Objects.equals(read(f.getValue(), e), read(f.getValue(), defaults));
            if (given && !uses.contains(name) && !EventType.COMMON.contains(name)) {
                fail(path + "." + name, "does not apply to " + e.type + "; it uses: " + String.join(", ", uses));
            }
            if (!given && uses.contains(name) && !EventType.OPTIONAL.contains(name)) {
                fail(path + "." + name, "required by " + e.type);
            }
        }
        if (type == EventType.REGULATION && e.region.isEmpty()) {
            fail(path + ".region", "required by regulation");
        }
        if (type == EventType.SET_PARAMETER && e.value != null) {
            String problem = LiveParameters.problem(c, e.parameter, e.value);
            if (problem != null) {
                fail(path + ".parameter", problem);
            }
        }
        if (type == EventType.SET_STRATEGY && e.pricing.isEmpty() && e.filtering.isEmpty()) {
            fail(path, "setStrategy needs pricing, filtering or both");
        }
        if (type == EventType.ACQUISITION) {
            known(path + ".target", e.target, c.firms.keySet(), "firm");
            if (e.target.equals(e.firm)) {
                fail(path + ".target", "a firm cannot acquire itself");
            }
        }
        if ((e.tick >= 0) == !e.date.isEmpty()) {
            fail(path, "give exactly one of tick and date");
        }
        if (!e.date.isEmpty()) {
            try {
                if (LocalDate.parse(e.date).isBefore(start)) {
                    fail(path + ".date", "is before market.start " + start);
                }
            } catch (DateTimeParseException x) {
                fail(path + ".date", "expected an ISO date yyyy-mm-dd, got '" + e.date + "'");
            }
        }
        if (uses.contains("firm")) {
            known(path + ".firm", e.firm, c.firms.keySet(), "firm");
        }
        if (uses.contains("platform")) {
            known(path + ".platform", e.platform, c.platforms.keySet(), "platform");
        }
        if (!e.region.isEmpty()) {
            known(path + ".region", e.region, c.users.regions.keySet(), "region");
        }
        String firmKey = type.firmKey;
        if (firmKey != null && e.value != null) {
            Range r = rangeOf(FirmConfig.class, firmKey);
            if (e.value < r.min() || e.value > r.max()) {
                fail(path + ".value", "expected a number in " + Schema.range(r) + " (like firms.<firm>." + firmKey + "), got "
                        + Schema.bound(e.value));
            }
        }
        boolean unit = type.unitValue;
        boolean ranged = type != EventType.SET_PARAMETER; // setParameter values follow their parameter's range
        if (ranged && e.value != null && (e.value < 0 || unit && e.value > 1)) {
            fail(path + ".value", "expected a number in " + Schema.range(0, unit ? 1 : Double.POSITIVE_INFINITY)
                    + ", got " + e.value);
        }
    }

    /** Adaptive replicates: min <= max and a target firm of this config. */
    private void replicates() {
        ReplicatesConfig r = c.sweep.replicates;
        if (r == null) {
            fail("sweep.replicates", "expected an integer in [1, 100000] or an object with keys min, max, target, got null");
        }
        if (r.min > r.max) {
            fail("sweep.replicates.max", "must be at least min (" + r.min + "), got " + r.max);
        }
        if (!r.adaptive()) {
            if (r.min != r.max) {
                fail("sweep.replicates.target", "required when replicates is an object: {\"output\": \"finalShare\" or"
                        + " \"meanShare\", \"firm\": one of " + String.join(", ", c.firms.keySet())
                        + ", \"ciHalfWidth\": number}; or give replicates as an integer");
            }
            return;
        }
        if (r.target.firm.isEmpty()) {
            fail("sweep.replicates.target.firm", "required; known: " + String.join(", ", c.firms.keySet()));
        }
        known("sweep.replicates.target.firm", r.target.firm, c.firms.keySet(), "firm");
    }

    private static Range rangeOf(Class<?> section, String key) {
        return Schema.fields(section).get(key).getAnnotation(Range.class);
    }

    private static Object read(java.lang.reflect.Field f, Object owner) {
        try {
            return f.get(owner);
        } catch (IllegalAccessException x) {
            throw new IllegalStateException(x);
        }
    }

    /** Every id of the config (map keys and event ids) is spelled as {@link Ids} allows; firms avoid wide.csv's other columns. */
    private void ids() {
        wellFormed("firms", c.firms.keySet());
        wellFormed("platforms", c.platforms.keySet());
        wellFormed("users.regions", c.users.regions.keySet());
        for (String id : c.firms.keySet()) {
            if (Ids.NOT_FIRMS.contains(id)) {
                fail("firms." + id, "firm id '" + id + "' is reserved (a column of wide.csv); reserved: "
                        + String.join(", ", new java.util.TreeSet<>(Ids.NOT_FIRMS)));
            }
        }
        for (int k = 0; k < c.events.size(); k++) {
            String id = c.events.get(k).id;
            if (!id.isEmpty() && Ids.problem(id) != null) {
                throw atOrigin(ConfigException.at(source, "events[" + k + "].id", Ids.problem(id)), k);
            }
        }
    }

    private void wellFormed(String path, Set<String> ids) {
        for (String id : ids) {
            if (Ids.problem(id) != null) {
                fail(TreeValidator.join(path, id), Ids.problem(id));
            }
        }
    }

    /** A lower bound that must not exceed its sibling upper bound maxKey. */
    private void notAbove(String minPath, double min, String maxKey, double max) {
        if (min > max) {
            fail(minPath, "must not exceed " + maxKey + " (" + Schema.bound(max) + "), got " + Schema.bound(min));
        }
    }

    private void count(String path, int n, int min, int max) {
        if (n < min || n > max) {
            fail(path, "expected " + min + " to " + max + " entries, got " + n);
        }
    }

    private void sumsToOne(String path, double sum) {
        if (Math.abs(sum - 1) > 1e-6) {
            fail(path, "shares must sum to 1, got " + sum);
        }
    }

    private void known(String path, String id, Set<String> ids, String what) {
        if (!ids.contains(id)) {
            fail(path, "unknown " + what + " '" + id + "'" + Suggest.didYouMean(id, ids) + "; known: "
                    + String.join(", ", ids));
        }
    }

    private void fail(String path, String problem) {
        throw ConfigException.at(source, path, problem);
    }
}
