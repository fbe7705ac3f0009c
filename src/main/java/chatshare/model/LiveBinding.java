package chatshare.model;

import chatshare.config.ExperimentConfig;
import chatshare.config.LiveParameters;
import chatshare.config.StrategyConfig;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Where live changes bind to a running market, in one place: live parameters (the GUI's
 * inspectors and setParameter events; which paths are live is config.ParameterPolicy's rule) and
 * strategy switches (the GUI and setStrategy events). A change is written to the run's config and
 * to the model's own state where the model keeps one, and kept for later restarts.
 *
 * <p>Every live path is bound explicitly, by one of three rules: the model keeps it as state
 * (the table of slots below: a firm's offer, quality, reputation, money and capacity, a
 * regulator's floor and hazard), the model derives tables from it (users.*: the segments'
 * parameters are read again), or the model reads it from the run's config where it is used (the
 * patterns below). A path under none of them is an error, so a new or renamed config key cannot
 * be dropped silently; LiveBindingTest walks every live path of the schema.
 */
public final class LiveBinding implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** How to read and write the model's own copy of a live parameter on its owner. */
    private record Slot<O>(ToDoubleFunction<O> get, ObjDoubleConsumer<O> set) {
    }

    /** firms.ID.KEY kept as the firm's state. */
    private static final Map<String, Slot<Firm>> FIRM_STATE = Map.of(
            "price", new Slot<>(f -> f.offer().price(), (f, v) -> f.setOffer(f.offer().with(PriceLever.PAID, v))),
            "apiPrice", new Slot<>(f -> f.offer().apiPrice(), (f, v) -> f.setOffer(f.offer().with(PriceLever.API, v))),
            "filtering", new Slot<>(f -> f.offer().filtering(), (f, v) -> f.setOffer(f.offer().withFiltering(v))),
            "quality", new Slot<>(f -> f.quality().level(), (f, v) -> f.quality().set(v)),
            // The new level is also the one controversies decay back to.
            "reputation", new Slot<>(f -> f.reputation().value(), (f, v) -> f.reputation().reset(v)),
            "cash", new Slot<>(f -> f.accounts().cash(), (f, v) -> f.accounts().setCash(v)),
            "debt", new Slot<>(f -> f.accounts().debt(), (f, v) -> f.accounts().setDebt(v)),
            "capacity", new Slot<>(f -> f.compute().capacity(), (f, v) -> f.compute().set(v)));

    /** regulators.REGION.KEY kept as the regulator's state (regulation events move them too). */
    private static final Map<String, Slot<Regulator>> REGULATOR_STATE = Map.of(
            "fMin", new Slot<>(Regulator::fMin, Regulator::setFloor),
            "hazard", new Slot<>(Regulator::hazard, Regulator::setHazard));

    /** Live paths the model reads from the run's config each time it uses them. */
    private static final List<Pattern> READ_FROM_CONFIG = List.of(
            Pattern.compile("market\\..*"),
            Pattern.compile("controversy\\..*"),
            Pattern.compile("outputs\\..*"),
            Pattern.compile("firms\\.[^.]+\\.(freeQuality|awarenessRate|wordOfMouth|interestRate|weeklyBurn"
                    + "|costPerUserWeek|marketingWeek|congestionPenalty|exposure)"),
            Pattern.compile("firms\\.[^.]+\\.(reach|finance|investment|strategy)\\..*"),
            Pattern.compile("platforms\\.[^.]+\\.(drift|adRevenueWeek|subscriptionPrice|subscriptionTakeUp)"),
            Pattern.compile("regulators\\.[^.]+\\.(fineRate|strikes)"));

    /** How the model follows a live path. */
    enum Rule { STATE, SEGMENT_TABLES, CONFIG }

    private final Market m;

    LiveBinding(Market market) {
        this.m = market;
    }

    /**
     * Changes a live parameter between steps (the GUI's inspectors), as a setParameter event
     * would, and keeps it for later restarts (like a MASON model property); returns why it was
     * refused, or null when applied. Before the first start it only sets the config.
     */
    public String set(String path, double value) {
        String problem = LiveParameters.problem(m.config(), path, value);
        if (problem == null) {
            LiveParameters.set(m.original, path, value);
            if (m.started()) {
                apply(path, value);
            } else {
                LiveParameters.set(m.config(), path, value);
            }
        }
        return problem;
    }

    /**
     * Switches a firm's pricing and/or filtering rule (empty = keep) from its next decision, as a
     * setStrategy event does, and keeps the switch for later starts, as setParameter keeps edits.
     */
    public void switchStrategy(String firmId, String pricingRule, String filteringRule) {
        for (ExperimentConfig c : List.of(m.original, m.config())) {
            StrategyConfig s = c.firms.get(firmId).strategy;
            s.pricing = pricingRule.isEmpty() ? s.pricing : pricingRule;
            s.filtering = filteringRule.isEmpty() ? s.filtering : filteringRule;
        }
        if (m.started()) {
            m.firm(firmId).strategies().switchTo(pricingRule, filteringRule);
        }
    }

    /** The firm's pricing (or filtering) rule in use, or the configured one before the first start. */
    public String strategyRule(String firmId, boolean pricing) {
        StrategyConfig s = m.config().firms.get(firmId).strategy; // the rules in use switch these keys too
        return pricing ? s.pricing : s.filtering;
    }

    /** setParameter on a started market: changes the config value, then the model's state where it keeps one. */
    void apply(String path, double value) {
        LiveParameters.set(m.config(), path, value);
        String[] keys = path.split("\\.");
        switch (rule(path)) {
            case STATE -> {
                if (keys[0].equals("firms")) {
                    FIRM_STATE.get(keys[2]).set().accept(m.firm(keys[1]), value);
                } else {
                    REGULATOR_STATE.get(keys[2]).set().accept(regulator(keys[1]), value);
                }
            }
            case SEGMENT_TABLES -> m.segments().refresh(m.config().users);
            case CONFIG -> {
                // read where it is used
            }
        }
    }

    /** The current value of a live parameter: the model's state where it keeps one, else the config's. */
    public double value(String path) {
        String[] keys = path.split("\\.");
        if (m.started() && rule(path) == Rule.STATE) {
            return keys[0].equals("firms") ? FIRM_STATE.get(keys[2]).get().applyAsDouble(m.firm(keys[1]))
                    : REGULATOR_STATE.get(keys[2]).get().applyAsDouble(regulator(keys[1]));
        }
        return ((Number) LiveParameters.describe(m.config(), path).value()).doubleValue();
    }

    /** Which rule binds the live path; a path no rule names is a programming error (a new key left unbound). */
    static Rule rule(String path) {
        String[] keys = path.split("\\.");
        if (keys.length == 3 && (keys[0].equals("firms") && FIRM_STATE.containsKey(keys[2])
                || keys[0].equals("regulators") && REGULATOR_STATE.containsKey(keys[2]))) {
            return Rule.STATE;
        }
        if (keys[0].equals("users")) {
            return Rule.SEGMENT_TABLES;
        }
        if (READ_FROM_CONFIG.stream().anyMatch(p -> p.matcher(path).matches())) {
            return Rule.CONFIG;
        }
        throw new IllegalStateException("live parameter '" + path + "' has no binding in LiveBinding");
    }

    /** The keys kept as state, as "firms.KEY" and "regulators.KEY" (for the test that walks every live path). */
    static java.util.Set<String> stateKeys() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        FIRM_STATE.keySet().forEach(k -> keys.add("firms." + k));
        REGULATOR_STATE.keySet().forEach(k -> keys.add("regulators." + k));
        return keys;
    }

    private Regulator regulator(String region) {
        return m.regulators()[m.regionIds.indexOf(region)];
    }
}
