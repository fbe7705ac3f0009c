package chatshare.model;

import java.util.List;

/**
 * market.initialChoice = logit: every user draws one choice from the logit over its initial
 * choice set, with no social term and no habit (tenure 0), before tick 0.
 */
final class InitialChoice {
    private InitialChoice() {
    }

    static void draw(Offers offers, List<Firm> firms, List<Platform> platforms, double[][] noShares, Population users,
            BlockRunner runner, Streams streams) {
        offers.update(firms, platforms, noShares, 0);
        runner.forEachBlock(block -> {
            var rng = streams.stream(Streams.CHOICE, -1, block.index);
            for (int i = block.start; i < block.end; i++) {
                int n = offers.utilities(users, i, 0, null, 0, block.utilities, block.alts);
                users.choice[i] = block.alts[ChoiceModel.sample(block.utilities, n, rng.nextDouble(), block.cumulative)];
            }
        });
    }
}
