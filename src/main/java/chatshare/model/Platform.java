package chatshare.model;

import java.util.ArrayList;
import java.util.List;

/** A platform (X, Microsoft, Google, ...): membership share per region and its bundles. */
public final class Platform {
    public final String id;
    public final String name;
    public final double[] members;
    /** Bundles, mutable by bundle/unbundle events. */
    public final List<Bundle> bundles;

    public Platform(String id, String name, double[] members, List<Bundle> bundles) {
        this.id = id;
        this.name = name;
        this.members = members;
        this.bundles = new ArrayList<>(bundles);
    }
}
