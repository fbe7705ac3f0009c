package chatshare.model;

/**
 * A user's type packs region, segment and platform memberships into one short, so that every
 * per-type table (prices after bundles, constants of utility, tallies) is one array lookup.
 */
public final class UserTypes {
    public static final int SEGMENTS = 3;

    public final int regions;
    public final int platforms;
    public final int masks;
    public final int count;

    public UserTypes(int regions, int platforms) {
        this.regions = regions;
        this.platforms = platforms;
        this.masks = 1 << platforms;
        this.count = regions * SEGMENTS * masks;
    }

    public int of(int region, int segment, int platformMask) {
        return (region * SEGMENTS + segment) * masks + platformMask;
    }

    public int region(int type) {
        return type / (SEGMENTS * masks);
    }

    public int segment(int type) {
        return (type / masks) % SEGMENTS;
    }

    public int platformMask(int type) {
        return type % masks;
    }
}
