package chatshare.output;

import chatshare.config.Ids;
import chatshare.config.SegmentsConfig;
import chatshare.model.Firm;
import chatshare.model.Market;
import chatshare.model.UserTypes;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * segments.csv (optional, MODEL.md 8): each week, the choices of the users of every segment x
 * region, split by membership of each platform (members and non-members), from the tallies in
 * O(types x alternatives). firmUsers repeats the firm's users of the segment x region whatever
 * the membership, so that a ratio of totals (users over firmUsers on the member rows) is the
 * share of a firm's users who are members of a platform; adopters repeats the users of any firm of
 * the segment x region, so that firmUsers over adopters is a firm's share of adopters in a segment.
 */
final class SegmentsTable implements TickTable {
    @Override
    public String fileName() {
        return Columns.SEGMENTS.file();
    }

    @Override
    public List<String> header(Market market) {
        return Columns.SEGMENTS.header();
    }

    @Override
    public int write(Market m, RunLabel label, CSVPrinter out) throws IOException {
        UserTypes types = m.types();
        int firms = m.firms().size();
        int tick = m.tick();
        int rows = 0;
        for (int s = 0; s < UserTypes.SEGMENTS; s++) {
            for (int r = 0; r < types.regions; r++) {
                double[] all = choices(m, s, r, -1, false);
                double adopters = all[firms + 1] - all[firms];
                for (int p = 0; p < m.platforms().size(); p++) {
                    for (boolean member : new boolean[] {true, false}) {
                        double[] cell = choices(m, s, r, p, member);
                        double[] paid = paidChoices(m, s, r, p, member);
                        double total = cell[firms + 1];
                        for (int j = 0; j <= firms; j++) {
                            boolean none = j == firms;
                            CsvFormat.record(out, label.run(), label.replicate(), CsvFormat.seed(label.seed()), tick, m.date(tick),
                                    SegmentsConfig.NAMES.get(s), m.regionIds.get(r), m.platforms().get(p).id, member,
                                    none ? Ids.NO_FIRM : m.firms().get(j).id, CsvFormat.number(cell[j] * m.agentWeight()),
                                    none ? "" : CsvFormat.number(paid[j] * m.agentWeight()),
                                    CsvFormat.number(total > 0 ? cell[j] / total : Double.NaN),
                                    CsvFormat.number(all[j] * m.agentWeight()), CsvFormat.number(adopters * m.agentWeight()));
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    /** Agents of segment s and region r (platform p's members or non-members; p = -1: all) by firm, then none, then the total. */
    private static double[] choices(Market m, int s, int r, int p, boolean member) {
        int firms = m.firms().size();
        double[] n = new double[firms + 2];
        for (int mask = 0; mask < m.types().masks; mask++) {
            if (p >= 0 && ((mask >> p & 1) == 1) != member) {
                continue;
            }
            int t = m.types().of(r, s, mask);
            for (int j = 0; j < firms; j++) {
                n[j] += m.tally().count(t, Firm.freeAlt(j)) + m.tally().count(t, Firm.paidAlt(j));
            }
            n[firms] += m.tally().count(t, 0);
        }
        for (int j = 0; j <= firms; j++) {
            n[firms + 1] += n[j];
        }
        return n;
    }

    /** As {@link #choices} for the paid plans (the API for enterprise users). */
    private static double[] paidChoices(Market m, int s, int r, int p, boolean member) {
        double[] n = new double[m.firms().size()];
        for (int mask = 0; mask < m.types().masks; mask++) {
            if (((mask >> p & 1) == 1) == member) {
                int t = m.types().of(r, s, mask);
                for (int j = 0; j < n.length; j++) {
                    n[j] += m.tally().count(t, Firm.paidAlt(j));
                }
            }
        }
        return n;
    }
}
