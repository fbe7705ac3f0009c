package chatshare.output;

import chatshare.model.Firm;
import chatshare.model.Market;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** firms.csv: one row per tick and firm (MODEL.md 8), counts and money scaled to the population. */
final class FirmsTable implements TickTable {
    @Override
    public String fileName() {
        return "firms.csv";
    }

    @Override
    public List<String> header(Market market) {
        return Columns.FIRMS.header();
    }

    @Override
    public int write(Market m, RunLabel label, CSVPrinter out) throws IOException {
        int tick = m.tick();
        double adopters = m.metrics.adopters() * m.agentWeight();
        for (Firm f : m.firms()) {
            CsvFormat.record(out, label.run(), label.replicate(), CsvFormat.seed(label.seed()), tick, m.date(tick), f.id,
                    CsvFormat.number(f.week().users()), CsvFormat.number(m.metrics.share(f)),
                    CsvFormat.number(adopters > 0 ? f.week().users() / adopters : Double.NaN),
                    CsvFormat.number(f.week().paidUsers()), CsvFormat.number(f.week().freeUsers()), CsvFormat.number(f.week().apiUsers()),
                    CsvFormat.money(f.offer().price()), CsvFormat.money(f.offer().apiPrice()), CsvFormat.number(f.offer().filtering()),
                    CsvFormat.number(f.quality().level()), CsvFormat.number(f.reputation().value()),
                    CsvFormat.money(f.week().revenue()), CsvFormat.money(f.week().apiRevenue()),
                    CsvFormat.money(f.week().adRevenue()), CsvFormat.money(f.week().costs()), CsvFormat.money(f.accounts().cash()),
                    CsvFormat.money(f.accounts().debt()), CsvFormat.number(f.runwayMonths()), CsvFormat.money(f.accounts().valuation()),
                    CsvFormat.number(f.capacityUse()),
                    f.presence().totalStrikes(), f.active(), availableRegions(m, f));
        }
        return m.firms().size();
    }

    private static String availableRegions(Market m, Firm f) {
        List<String> regions = new ArrayList<>();
        for (int r = 0; r < m.regionIds.size(); r++) {
            if (f.active() && f.presence().availableIn(r)) {
                regions.add(m.regionIds.get(r));
            }
        }
        return String.join(";", regions);
    }
}
