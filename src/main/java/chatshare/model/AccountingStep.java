package chatshare.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Step 6 of MODEL.md §3: weekly revenue, costs, cash; exit when cash runs out (§7.4). */
final class AccountingStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Market market;

    AccountingStep(Market market) {
        this.market = market;
    }

    @Override
    public void step(SimState state) {
        Accounting.book(market);
    }
}
