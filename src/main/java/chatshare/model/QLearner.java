package chatshare.model;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Tabular Q-learning with epsilon-greedy exploration (Watkins; as used by Calvano et al., AER
 * 2020): Q(s,a) <- (1 - alpha) Q(s,a) + alpha (reward + delta max_a' Q(s',a')). Keeps the greedy
 * action of every state up to date, so max_a' Q(s',a') is O(1) and convergence (no greedy action
 * changed for a number of updates) is tracked without scanning the table. No allocation per update.
 */
public final class QLearner {
    private final int actions;
    private final double alpha;
    private final double delta;
    private final double[] q;
    private final int[] greedy;
    private long updates;
    /** Update count at which some state's greedy action last changed. */
    private long lastChange;

    /** initial[s * actions + a] is Q0; the array is used as the table (not copied). */
    public QLearner(int states, int actions, double alpha, double delta, double[] initial) {
        if (initial.length != (long) states * actions) {
            throw new IllegalArgumentException("initial table has " + initial.length + " entries, expected "
                    + (long) states * actions);
        }
        this.actions = actions;
        this.alpha = alpha;
        this.delta = delta;
        this.q = initial;
        this.greedy = new int[states];
        for (int s = 0; s < states; s++) {
            greedy[s] = argmax(s);
        }
    }

    public int actions() {
        return actions;
    }

    public int states() {
        return greedy.length;
    }

    public double value(int state, int action) {
        return q[state * actions + action];
    }

    /** The greedy action in a state (ties keep the action that was greedy first). */
    public int greedy(int state) {
        return greedy[state];
    }

    /** Explores (a uniform action) with probability epsilon, else plays greedy. */
    public int choose(int state, double epsilon, UniformRandomProvider rng) {
        return rng.nextDouble() < epsilon ? rng.nextInt(actions) : greedy[state];
    }

    /** One Q update after playing action in state, earning reward and moving to next. */
    public void update(int state, int action, double reward, int next) {
        int k = state * actions + action;
        double target = reward + delta * q[next * actions + greedy[next]];
        q[k] += alpha * (target - q[k]);
        int before = greedy[state];
        int after = action == before ? argmax(state) : q[k] > q[state * actions + before] ? action : before;
        updates++;
        if (after != before) {
            greedy[state] = after;
            lastChange = updates;
        }
    }

    /** Updates since the last change of any greedy action. */
    public long stableFor() {
        return updates - lastChange;
    }

    public long updates() {
        return updates;
    }

    private int argmax(int state) {
        int base = state * actions;
        int best = 0;
        for (int a = 1; a < actions; a++) {
            if (q[base + a] > q[base + best]) {
                best = a;
            }
        }
        return best;
    }
}
