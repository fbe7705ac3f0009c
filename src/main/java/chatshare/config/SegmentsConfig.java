package chatshare.config;

import java.util.List;

/** The three fixed user segments. */
public class SegmentsConfig {
    @Doc("Everyday chat users")
    public SegmentConfig consumer = SegmentConfig.consumer();

    @Doc("Heavy users who pay for quality")
    public SegmentConfig power = SegmentConfig.power();

    @Doc("API / developer buyers: they choose a firm's API, paying apiPrice x tokensPerMonth")
    public SegmentConfig enterprise = SegmentConfig.enterprise();

    /** Segments in index order (0 consumer, 1 power, 2 enterprise). */
    public List<SegmentConfig> inOrder() {
        return List.of(consumer, power, enterprise);
    }

    public static final List<String> NAMES = List.of("consumer", "power", "enterprise");
    public static final int CONSUMER = 0;
    public static final int ENTERPRISE = 2;
}
