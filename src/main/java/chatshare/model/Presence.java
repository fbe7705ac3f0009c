package chatshare.model;

import java.util.List;

/**
 * Where a firm operates and can be chosen, by region (MODEL.md 7.7): the regions it chose
 * (FirmConfig.regions, less those it left because of a filtering floor), regulators' strikes and
 * bans. Changed by the regulation step and the floor policy of decisions.
 */
public final class Presence {
    private final boolean[] configured;
    private final boolean[] banned;
    private final int[] strikes;

    Presence(List<String> regions, List<String> regionIds) {
        configured = new boolean[regionIds.size()];
        banned = new boolean[regionIds.size()];
        strikes = new int[regionIds.size()];
        for (int r = 0; r < configured.length; r++) {
            configured[r] = regions.isEmpty() || regions.contains(regionIds.get(r));
        }
    }

    /** Where the firm chose to operate. */
    public boolean operatesIn(int region) {
        return configured[region];
    }

    /** Where the firm can be chosen now (operates and is not banned). */
    public boolean availableIn(int region) {
        return configured[region] && !banned[region];
    }

    public boolean bannedIn(int region) {
        return banned[region];
    }

    public int strikes(int region) {
        return strikes[region];
    }

    public int totalStrikes() {
        int total = 0;
        for (int s : strikes) {
            total += s;
        }
        return total;
    }

    /** A regulator's strike; returns the region's strike count. */
    int strike(int region) {
        return ++strikes[region];
    }

    void ban(int region) {
        banned[region] = true;
    }

    /** Back above the floor: the ban and the strikes are lifted. */
    void unban(int region) {
        banned[region] = false;
        strikes[region] = 0;
    }

    /** The firm leaves the region for good (a floor above its filtering, floorPolicy leave). */
    void leave(int region) {
        configured[region] = false;
    }
}
