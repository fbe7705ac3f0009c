package chatshare.gui;

import chatshare.config.OneOf;
import chatshare.config.StrategyConfig;

/**
 * The strategy rules a firm can switch to, read from the config's allowed values so they never
 * drift apart; qLearning is left out: learners must learn from the start (docs/MODEL.md), as a
 * setStrategy event must not switch to it either.
 */
final class StrategyRules {
    static final String[] PRICING = java.util.Arrays.stream(allowed("pricing"))
            .filter(rule -> !rule.equals("qLearning")).toArray(String[]::new);
    static final String[] FILTERING = allowed("filtering");

    private StrategyRules() {
    }

    private static String[] allowed(String field) {
        try {
            return StrategyConfig.class.getField(field).getAnnotation(OneOf.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
