package chatshare.model;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * Reviews and choices of one tick (MODEL.md 7.1-7.2). Reviewers are found by geometric skips at
 * the largest segment review probability and thinned to their own segment's probability, so only
 * reviewing users cost work. Users whose choice is no longer offered are always reviewed.
 * Choices are read from the previous tick's buffer and written to the next one, so reviewers
 * are independent: they are queued with their uniforms (drawn in the same order as one by one)
 * and drawn a batch at a time by the vector kernel.
 */
final class Choices {
    private final Population users;
    private final UserTypes types;
    private final Offers offers;
    private final LogitKernel kernel;
    private final boolean stranded;
    /** Review probability and social weight by user type (UserTypes.segment divides, too slow per review). */
    private final double[] reviewProb;
    private final double[] socialWeight;
    private final double pMax;
    /** Every type reviews at pMax, so no candidate is thinned. */
    private final boolean unthinned;
    private final double invDegree;
    /**
     * Users ahead of the reviewer up to which every neighbour list is read (about 3 reviewers at
     * BC1's review probability 0.1; 0, 32, 64 and 128 measured in docs/PERFORMANCE.md).
     */
    private static final int TOUCH_AHEAD = Integer.getInteger("chatshare.touchAhead", 32);
    /** Ints per 64-byte cache line. */
    private static final int INTS_PER_LINE = 16;

    /** stranded: some user's choice is no longer offered, so every user is checked. kernel may be null. */
    Choices(Population users, UserTypes types, Offers offers, LogitKernel kernel, boolean stranded) {
        Segments segments = offers.segments();
        this.users = users;
        this.types = types;
        this.offers = offers;
        this.kernel = kernel;
        this.stranded = stranded;
        this.reviewProb = new double[types.count];
        this.socialWeight = new double[types.count];
        for (int t = 0; t < types.count; t++) {
            reviewProb[t] = segments.reviewProb(types.segment(t));
            socialWeight[t] = offers.socialWeight(t);
        }
        // Segments without users must not raise the candidate rate of the skip sampler.
        double largest = 0;
        boolean equal = true;
        for (int s = 0; s < segments.count(); s++) {
            if (segments.populated(s)) {
                largest = Math.max(largest, segments.reviewProb(s));
            }
        }
        for (int s = 0; s < segments.count(); s++) {
            equal &= !segments.populated(s) || segments.reviewProb(s) >= largest;
        }
        this.pMax = largest;
        this.unthinned = equal;
        this.invDegree = users.neighbours == null ? 0 : 1.0 / users.degree;
    }

    void review(Block block, UniformRandomProvider rng, int tick) {
        block.startChoices();
        System.arraycopy(users.choice, block.start, users.nextChoice, block.start, block.end - block.start);
        SharedStateDiscreteSampler skip = pMax > 0 ? GeometricSampler.of(rng, pMax) : null;
        long next = skip != null ? block.start + (long) skip.sample() : Long.MAX_VALUE;
        if (!stranded) {
            int touched = block.start;
            for (long k = next; k < block.end; k += 1L + skip.sample()) {
                int i = (int) k;
                if (invDegree > 0) {
                    touched = touchNeighbours(block, touched, Math.min(block.end, i + TOUCH_AHEAD));
                }
                if (accepted(i, rng)) {
                    queue(block, i, rng, tick);
                }
            }
            drawQueued(block, tick);
            return;
        }
        for (int i = block.start; i < block.end; i++) {
            boolean sampled = i == next;
            if (sampled) {
                next = i + 1L + skip.sample();
            }
            int c = users.choice[i];
            boolean forced = c != 0 && !offers.offers(users.type[i], c);
            if (forced || sampled && accepted(i, rng)) {
                queue(block, i, rng, tick);
            }
        }
        drawQueued(block, tick);
    }

    /**
     * Reads one int of every cache line of the neighbour lists of users [from, to). The reviewers'
     * irregular skips (every 10th user on average) defeat the hardware prefetcher, and at 10^6
     * users the lists (32 MB) miss every cache; reading every line makes the stream dense, which
     * the prefetcher follows. Pure reads, so results do not change. Returns the new frontier.
     */
    private int touchNeighbours(Block block, int from, int to) {
        int degree = users.degree;
        int[] links = users.neighbours;
        int sum = 0;
        for (int k = from * degree, end = to * degree; k < end; k += INTS_PER_LINE) {
            sum += links[k];
        }
        // Stored so that the JIT cannot drop the reads.
        block.touched += sum;
        return Math.max(from, to);
    }

    /** Thinning: a candidate drawn at pMax reviews with its segment's probability. */
    private boolean accepted(int i, UniformRandomProvider rng) {
        if (unthinned) {
            return true;
        }
        double p = reviewProb[users.type[i]];
        return p >= pMax || rng.nextDouble() * pMax < p;
    }

    /** Queues reviewer i with its uniform and, for the kernel in network mode, its social terms. */
    private void queue(Block block, int i, UniformRandomProvider rng, int tick) {
        ReviewerBatch batch = block.batch;
        if (invDegree > 0 && kernel != null) {
            socialLanes(i, friends(block, i), batch.social, batch.size);
        }
        block.reviews++;
        batch.user[batch.size] = i;
        batch.u[batch.size] = rng.nextDouble();
        if (++batch.size == ReviewerBatch.MAX) {
            drawQueued(block, tick);
        }
    }

    /**
     * Draws the queued reviewers (through the kernel; by the generic route without it or where
     * it declines) and applies their choices.
     */
    private void drawQueued(Block block, int tick) {
        ReviewerBatch batch = block.batch;
        if (batch.size == 0) {
            return;
        }
        if (kernel != null) {
            kernel.draw(users, tick, batch);
        }
        for (int lane = 0; lane < batch.size; lane++) {
            int i = batch.user[lane];
            int to = kernel != null ? batch.chosen[lane] : -1;
            if (to < 0) {
                // Rare with the kernel, so the neighbours are counted again rather than kept per lane.
                int[] friends = invDegree > 0 ? friends(block, i) : null;
                int n = offers.utilities(users, i, tick, friends, invDegree, block.utilities, block.alts);
                to = block.alts[ChoiceModel.sample(block.utilities, n, batch.u[lane], block.cumulative)];
            }
            apply(block, i, to, tick);
        }
        batch.size = 0;
    }

    /** Neighbours of user i using each firm (last tick's choices), counted into block.friends. */
    private int[] friends(Block block, int i) {
        int[] friends = block.friends;
        Arrays.fill(friends, 0);
        for (int k = i * users.degree, end = k + users.degree; k < end; k++) {
            int c = users.choice[users.neighbours[k]];
            if (c != 0) {
                friends[Firm.firmOf(c)]++;
            }
        }
        return friends;
    }

    private void apply(Block block, int i, int to, int tick) {
        int from = users.choice[i];
        if (to != from) {
            users.nextChoice[i] = (byte) to;
            // Tenure counts from the start of the next tick: a user who switched in t has tenure 0 in t+1.
            users.since[i] = tick + 1;
            block.logChange(Tally.change(users.type[i], from, to));
            block.switches++;
            // Churn is leaving the firm (MODEL.md 8): a move between a firm's own plans is not churn.
            if (from != 0 && (to == 0 || Firm.firmOf(from) != Firm.firmOf(to))) {
                block.churned++;
            }
        }
    }

    /**
     * The network social term of each firm's alternatives for the reviewer in lane, as
     * {@link Offers#utilities} computes it.
     */
    private void socialLanes(int i, int[] friends, double[] social, int lane) {
        double sigma = socialWeight[users.type[i]];
        for (int j = 0; j < friends.length; j++) {
            double s = sigma * friends[j] * invDegree;
            social[Firm.freeAlt(j) * ReviewerBatch.MAX + lane] = s;
            social[Firm.paidAlt(j) * ReviewerBatch.MAX + lane] = s;
        }
    }
}
