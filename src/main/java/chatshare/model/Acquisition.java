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
    static void acquire(Market m, Firm acquirer, Firm target) {
        if (!acquirer.active || target.exitTick >= 0) {
            m.record(new EventRecord("acquisitionSkipped", acquirer.id, "", "", Double.NaN,
                    (!acquirer.active ? acquirer.id : target.id) + " is not in the market"));
            return;
        }
        int targetBit = 1 << target.index;
        int acquirerBit = 1 << acquirer.index;
        int free = acquirer.freePlan ? Firm.freeAlt(acquirer.index) : Firm.paidAlt(acquirer.index);
        long moved = 0;
        for (int i = 0; i < m.users.size; i++) {
            int c = m.users.choice[i];
            if (c != 0 && Firm.firmOf(c) == target.index) {
                int to = c == Firm.freeAlt(target.index) ? free : Firm.paidAlt(acquirer.index);
                m.tally.add(m.users.type[i], c, -1);
                m.tally.add(m.users.type[i], to, 1);
                m.users.choice[i] = (byte) to;
                moved++;
            }
            if ((m.users.aware[i] & targetBit) != 0 && (m.users.aware[i] & acquirerBit) == 0) {
                m.users.aware[i] |= acquirerBit;
                m.awareCount[acquirer.index]++;
            }
        }
        acquirer.cash += target.cash;
        acquirer.debt += target.debt;
        acquirer.quality = Math.max(acquirer.quality, target.quality);
        target.cash = 0;
        target.debt = 0;
        m.exit(target, "acquired by " + acquirer.id);
        m.record(new EventRecord("acquisition", acquirer.id, "", "", moved * m.agentWeight, "absorbed " + target.id));
    }
}
