package chatshare.model;

import chatshare.config.ExperimentConfig;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 7 of MODEL.md §3: every financeEvery ticks firms review financing and investment; every
 * firmDecisionEvery ticks they revise prices and filtering, from market.firmsAdaptFrom on. The two
 * cadences are separate so that weekly pricing leaves the finance and investment dynamics
 * (calibrated on 4 weeks) unchanged.
 */
final class DecisionStep implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ExperimentConfig config;
    private final List<Firm> firms;
    private final FirmDecisions decisions;
    /** First tick on which strategies decide (market.firmsAdaptFrom; a string, so fixed for the run). */
    private final int adaptFrom;

    DecisionStep(ExperimentConfig config, List<Firm> firms, FirmDecisions decisions, java.time.LocalDate start) {
        this.config = config;
        this.firms = firms;
        this.decisions = decisions;
        String from = config.market.firmsAdaptFrom;
        this.adaptFrom = from.isEmpty() ? Integer.MIN_VALUE : Timeline.tickOf(from, start);
    }

    @Override
    public void step(SimState state) {
        int tick = (int) state.schedule.getTime();
        int periodEnd = tick + 1;
        if (periodEnd % config.market.financeEvery == 0) {
            decisions.review(tick);
        }
        if (periodEnd % config.market.firmDecisionEvery == 0) {
            decisions.decide(tick, tick >= adaptFrom);
        }
        AccountingStep.requireFinite(firms, tick); // financing and decisions may have overflowed the accounts
    }
}
