package chatshare.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Watts-Strogatz small world with a fixed out-degree: user i links to its ring neighbours
 * i+-1..i+-degree/2, and each link is rewired to a uniformly random other user with the
 * rewiring probability. Links are directed (each user owns its list), so the degree stays fixed.
 */
public final class SmallWorld {
    private SmallWorld() {
    }

    public static void link(int[] neighbours, int degree, int users, double rewiring,
            int start, int end, UniformRandomProvider rng) {
        int half = degree / 2;
        for (int i = start; i < end; i++) {
            int base = i * degree;
            for (int k = 0; k < degree; k++) {
                int offset = k < half ? k + 1 : -(k - half + 1);
                int j = Math.floorMod(i + offset, users);
                if (rng.nextDouble() < rewiring) {
                    j = rng.nextInt(users - 1);
                    if (j >= i) {
                        j++;
                    }
                }
                neighbours[base + k] = j;
            }
        }
    }
}
