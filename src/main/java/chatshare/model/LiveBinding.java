package chatshare.model;

/**
 * Where live changes bind to a running market, in one place: live parameters (the GUI's
 * inspectors and setParameter events; which paths are live is config.ParameterPolicy's rule) and
 * strategy switches (the GUI and setStrategy events). A change is written to the run's config and
 * to the model's live copy where it keeps one, and kept for later restarts.
 */
public final class LiveBinding implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
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
        String problem = chatshare.config.LiveParameters.problem(m.config, path, value);
        if (problem == null) {
            chatshare.config.LiveParameters.set(m.original, path, value);
            if (m.firms != null) {
                apply(path, value);
            } else {
                chatshare.config.LiveParameters.set(m.config, path, value);
            }
        }
        return problem;
    }

    /**
     * Switches a firm's pricing and/or filtering rule (empty = keep) from its next decision, as a
     * setStrategy event does, and keeps the switch for later starts, as setParameter keeps edits.
     */
    public void switchStrategy(String firmId, String pricingRule, String filteringRule) {
        for (chatshare.config.ExperimentConfig c : java.util.List.of(m.original, m.config)) {
            chatshare.config.StrategyConfig s = c.firms.get(firmId).strategy;
            s.pricing = pricingRule.isEmpty() ? s.pricing : pricingRule;
            s.filtering = filteringRule.isEmpty() ? s.filtering : filteringRule;
        }
        if (m.firms != null) {
            m.firm(firmId).setStrategy(pricingRule, filteringRule);
        }
    }

    /** The firm's pricing (or filtering) rule in use, or the configured one before the first start. */
    public String strategyRule(String firmId, boolean pricing) {
        if (m.firms != null) {
            return pricing ? m.firm(firmId).pricingRule() : m.firm(firmId).filteringRule();
        }
        chatshare.config.StrategyConfig s = m.config.firms.get(firmId).strategy;
        return pricing ? s.pricing : s.filtering;
    }

    /**
     * setParameter: changes the config value, then the live copy of it where the model keeps one
     * (firm, regulator and platform fields of the same name; the per-segment utility tables).
     * Everything else (market.*, controversy.*, firm finance, investment and strategy keys) is
     * read from the config as it is used.
     */
    void apply(String path, double value) {
        chatshare.config.LiveParameters.set(m.config, path, value);
        String[] keys = path.split("\\.");
        java.lang.reflect.Field live = liveField(keys);
        if (live != null) {
            try {
                if (live.getType() == int.class) {
                    live.setInt(liveOwner(keys), (int) Math.round(value));
                } else {
                    live.setDouble(liveOwner(keys), value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        if (keys[0].equals("firms") && keys.length == 3 && keys[2].equals("reputation")) {
            m.firm(keys[1]).baseReputation = value;
        } else if (keys[0].equals("users")) {
            m.offers = new Offers(m.types, m.firms.size(), m.config.users.segments.inOrder(), m.config.users.lockInTicks,
                    m.config.market.social.equals("meanField"));
        }
    }

    /** The current value of a live parameter: the model's live copy where it keeps one, else the config's. */
    public double value(String path) {
        String[] keys = path.split("\\.");
        java.lang.reflect.Field live = liveField(keys);
        try {
            Object value = live != null ? live.get(liveOwner(keys))
                    : chatshare.config.LiveParameters.describe(m.config, path).value();
            return ((Number) value).doubleValue();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object holding the live copy of a parameter (the rule in use may be a copy after setStrategy). */
    private Object liveOwner(String[] keys) {
        if (m.firms == null) {
            return null; // not started: only the config exists
        }
        return switch (keys[0]) {
            case "firms" -> keys.length == 3 ? m.firm(keys[1])
                    : keys.length == 4 && keys[2].equals("strategy") ? m.firm(keys[1]).strategy : null;
            case "regulators" -> m.regulators[m.regionIds.indexOf(keys[1])];
            case "platforms" -> m.platform(keys[1]);
            default -> null;
        };
    }

    /** The numeric field of the live copy, or null when the model reads this key from the config. */
    private java.lang.reflect.Field liveField(String[] keys) {
        Object owner = liveOwner(keys);
        if (owner == null) {
            return null;
        }
        try {
            java.lang.reflect.Field f = owner.getClass().getField(keys[keys.length - 1]);
            return f.getType() == int.class || f.getType() == double.class ? f : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
