package chatshare.model;

import java.util.Arrays;

/** A fixed range of users with its own scratch space and change log (no allocation per user). */
final class Block {
    /** The block's index: it names the block's random streams. */
    final int index;
    final int start;
    final int end;
    final double[] utilities;
    final double[] cumulative;
    final byte[] alts;
    final int[] friends;
    final int[] newlyAware;
    /** Reviewers waiting to be drawn together. */
    final ReviewerBatch batch;
    int[] log = new int[64];
    int logSize;
    int switches;
    int churned;
    int reviews;
    /** Sum of the neighbour-list reads Choices makes ahead of the reviewers (a sink; never used). */
    int touched;

    Block(int index, int users, int alternatives, int firms) {
        this.index = index;
        start = BlockRunner.start(index);
        end = BlockRunner.end(index, users);
        utilities = new double[alternatives];
        cumulative = new double[alternatives];
        alts = new byte[alternatives];
        friends = new int[firms];
        newlyAware = new int[firms];
        batch = new ReviewerBatch(alternatives);
    }

    void startChoices() {
        logSize = 0;
        switches = 0;
        churned = 0;
        reviews = 0;
    }

    void logChange(int change) {
        if (logSize == log.length) {
            log = Arrays.copyOf(log, log.length * 2);
        }
        log[logSize++] = change;
    }
}
