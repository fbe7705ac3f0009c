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
        double adopters = m.metrics.adopters() * m.agentWeight;
        for (Firm f : m.firms) {
            CsvFormat.record(out, label.run(), label.replicate(), CsvFormat.seed(label.seed()), tick, m.date(tick), f.id,
                    CsvFormat.number(f.users), CsvFormat.number(m.metrics.share(f)),
                    CsvFormat.number(adopters > 0 ? f.users / adopters : Double.NaN),
                    CsvFormat.number(f.paidUsers), CsvFormat.number(f.freeUsers), CsvFormat.number(f.apiUsers),
                    CsvFormat.money(f.price), CsvFormat.money(f.apiPrice), CsvFormat.number(f.filtering),
                    CsvFormat.number(f.quality), CsvFormat.number(f.reputation),
                    CsvFormat.money(f.revenueWeek), CsvFormat.money(f.apiRevenueWeek),
                    CsvFormat.money(f.adRevenueWeek), CsvFormat.money(f.costsWeek), CsvFormat.money(f.cash),
                    CsvFormat.money(f.debt), CsvFormat.number(f.runwayMonths()), CsvFormat.money(f.valuation),
                    CsvFormat.number(f.capacityUse()),
                    f.totalStrikes(), f.active, availableRegions(m, f));
        }
        return m.firms.size();
    }

    private static String availableRegions(Market m, Firm f) {
        List<String> regions = new ArrayList<>();
        for (int r = 0; r < f.availableIn.length; r++) {
            if (f.active && f.availableIn[r]) {
                regions.add(m.regionIds.get(r));
            }
        }
        return String.join(";", regions);
    }
}
