package chatshare.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The fixed user samples on which firms evaluate offers, by sample size: drawn on first use from
 * their own stream, shared by the firms whose strategies use the same size (so the utilities are
 * computed once per tick).
 */
final class DemandSamples {
    private final Population users;
    private final UserTypes types;
    private final Offers shape;
    private final Segments segments;
    private final Streams streams;
    private final Map<Integer, DemandSample> bySize = new HashMap<>();

    DemandSamples(Population users, UserTypes types, Offers shape, Segments segments, Streams streams) {
        this.users = users;
        this.types = types;
        this.shape = shape;
        this.segments = segments;
        this.streams = streams;
    }

    DemandSample of(int size) {
        return bySize.computeIfAbsent(size, n -> new DemandSample(n, users, types, shape, segments,
                streams.stream(Streams.SAMPLES, 0, n)));
    }

    /** The market changed within the tick (decisions applied): cached utilities are stale. */
    void invalidate() {
        bySize.values().forEach(DemandSample::invalidate);
    }
}
