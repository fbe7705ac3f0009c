package chatshare.gui;

import chatshare.config.OneOf;
import chatshare.config.StrategyConfig;

/** The strategy rules a firm can switch to, read from the config's allowed values so they never drift apart. */
final class StrategyRules {
    static final String[] PRICING = allowed("pricing");
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
