package chatshare.config;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The event types of MODEL.md 7.8, each with what the config checks need to know about it: the
 * fields it uses (any other field given is an error, so typos cannot hide) and how its value is
 * bounded. What each type does to a market is model.EventEffects', whose switch over this enum
 * must cover every type.
 */
public enum EventType {
    SET_PRICE("setPrice", "price", false, "firm", "value"),
    SET_API_PRICE("setApiPrice", "apiPrice", false, "firm", "value"),
    SET_FILTERING("setFiltering", null, true, "firm", "value"),
    SET_QUALITY("setQuality", "quality", false, "firm", "value"),
    EXIT_FIRM("exitFirm", null, false, "firm"),
    FUNDING("funding", null, false, "firm", "amount", "kind"),
    BUNDLE("bundle", null, false, "firm", "platform", "bonus", "price", "discount"),
    UNBUNDLE("unbundle", null, false, "firm", "platform"),
    PLATFORM_PROMOTION("platformPromotion", null, false, "firm", "platform"),
    PLATFORM_SHOCK("platformShock", null, false, "platform", "region", "value"),
    REGULATION("regulation", null, true, "region", "value", "hazard"),
    CONTROVERSY("controversy", null, false, "firm"),
    ACQUISITION("acquisition", null, false, "firm", "target"),
    LAUNCH_FIRM("launchFirm", null, false, "firm"),
    SET_STRATEGY("setStrategy", null, false, "firm", "pricing", "filtering"),
    PLATFORM_MERGER("platformMerger", null, false, "firm", "platform"),
    SET_PARAMETER("setParameter", null, false, "parameter", "value");

    /** Fields every type takes: its type, its timing and its optional id. */
    static final Set<String> COMMON = Set.of("id", "type", "tick", "date");

    /** Fields that may be left out (the others are required by the types that use them). */
    static final Set<String> OPTIONAL = Set.of("kind", "bonus", "price", "discount", "region", "hazard", "pricing",
            "filtering");

    /** The type as a config writes it. */
    public final String key;
    /** The fields this type uses besides the common ones. */
    public final List<String> fields;
    /** The firm key whose range bounds the value (setPrice's value is a price), or null. */
    final String firmKey;
    /** The value is a share in [0, 1] (a filtering level). */
    final boolean unitValue;

    EventType(String key, String firmKey, boolean unitValue, String... fields) {
        this.key = key;
        this.firmKey = firmKey;
        this.unitValue = unitValue;
        this.fields = List.of(fields);
    }

    /** The type a config names (checked on load, so an unknown key is a programming error here). */
    public static EventType of(String key) {
        for (EventType t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type '" + key + "'");
    }

    /** Every type's key, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(t -> t.key).toList();
    }
}
