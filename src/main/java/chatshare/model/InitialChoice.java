package chatshare.model;

/**
 * market.initialChoice = logit: every user draws one choice from the logit over its initial
 * choice set, with no social term and no habit (tenure 0), before tick 0.
 */
final class InitialChoice {
    private InitialChoice() {
    }

    static void draw(Market m) {
        m.offers.update(m.firms, m.platforms, m.regionFirmShare, 0);
        Population users = m.users;
        m.runner.forEachBlock(b -> {
            Block block = m.blocks[b];
            var rng = m.streams.stream(Streams.CHOICE, -1, b);
            for (int i = block.start; i < block.end; i++) {
                int n = m.offers.utilities(users, i, 0, null, 0, block.utilities, block.alts);
                users.choice[i] = block.alts[ChoiceModel.sample(block.utilities, n, rng.nextDouble(), block.cumulative)];
            }
        });
    }
}
