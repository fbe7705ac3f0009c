package chatshare.gui;

import chatshare.model.Firm;
import chatshare.model.Market;
import java.util.ArrayList;
import java.util.List;
import sim.util.Properties;
import sim.util.Propertied;

/** One user of the network sample, inspectable: who they are and what they use now. */
final class UserView implements Propertied {
    final int index;
    private final LiveProperties properties;

    UserView(Market m, int index) {
        this.index = index;
        var u = m.users();
        properties = new LiveProperties(m)
                .reading("user", Integer.class, () -> index)
                .reading("region", String.class, () -> m.regionIds.get(m.types().region(u.type[index])))
                .reading("segment", String.class, () -> chatshare.config.SegmentsConfig.NAMES.get(m.types().segment(u.type[index])))
                .reading("uses", String.class, () -> u.choice[index] == 0 ? "none" : m.firms().get(Firm.firmOf(u.choice[index])).name)
                .reading("filteringIdeal", Double.class, () -> (double) u.filterIdeal[index])
                .reading("tolerance", Double.class, () -> (double) u.tolerance[index])
                .reading("priceSensitivity", Double.class, () -> (double) u.priceSensitivity[index])
                .reading("knows", String.class, () -> known(m, u.aware[index]));
    }

    private static String known(Market m, int aware) {
        List<String> names = new ArrayList<>();
        for (Firm f : m.firms()) {
            if ((aware >>> f.index & 1) != 0) {
                names.add(f.name);
            }
        }
        return String.join(", ", names);
    }

    @Override
    public Properties properties() {
        return properties;
    }

    @Override
    public String toString() {
        return "user " + index;
    }
}
