package chatshare.model;

/** An acquisition event's effect: the acquirer takes over the target's users, awareness, cash, debt and quality. */
final class Acquisition {
    private Acquisition() {
    }

    /**
     * The acquirer takes over the target: its users move to the acquirer's corresponding plan
     * (free users to the free plan if there is one, else to the paid plan), users who knew the
     * target now know the acquirer, cash and debt are added, the better quality is kept, and
     * the target leaves. Users in regions where the acquirer is not available re-choose.
     */
    static void acquire(Population users, Tally tally, AwareCounts aware, EventLog log, double agentWeight, int tick,
            Firm acquirer, Firm target) {
        if (!acquirer.active() || target.exitTick() >= 0) {
            log.record(new EventRecord("acquisitionSkipped", acquirer.id, "", "", Double.NaN,
                    (!acquirer.active() ? acquirer.id : target.id) + " is not in the market"));
            return;
        }
        int targetBit = 1 << target.index;
        int acquirerBit = 1 << acquirer.index;
        int free = acquirer.freePlan() ? Firm.freeAlt(acquirer.index) : Firm.paidAlt(acquirer.index);
        long moved = 0;
        for (int i = 0; i < users.size; i++) {
            int c = users.choice[i];
            if (c != 0 && Firm.firmOf(c) == target.index) {
                int to = c == Firm.freeAlt(target.index) ? free : Firm.paidAlt(acquirer.index);
                tally.moveChoice(users.type[i], c, to);
                users.choice[i] = (byte) to;
                moved++;
            }
            if ((users.aware[i] & targetBit) != 0 && (users.aware[i] & acquirerBit) == 0) {
                users.aware[i] |= acquirerBit;
                aware.add(acquirer.index, 1);
            }
        }
        acquirer.accounts().absorb(target.accounts());
        acquirer.quality().atLeast(target.quality().level());
        target.exit(tick, "acquired by " + acquirer.id, log);
        log.record(new EventRecord("acquisition", acquirer.id, "", "", moved * agentWeight, "absorbed " + target.id));
    }
}
