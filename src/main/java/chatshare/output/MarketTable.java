package chatshare.output;

import chatshare.model.Market;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * market.csv: one row per tick. hhi is the Herfindahl index of shares among adopters (0..1);
 * churn is the share of last tick's adopters who left their firm; switches counts every change;
 * events lists this tick's events (details in events.csv).
 */
final class MarketTable implements TickTable {
    @Override
    public String fileName() {
        return "market.csv";
    }

    @Override
    public List<String> header(Market market) {
        return Columns.MARKET.header();
    }

    @Override
    public int write(Market m, RunLabel label, CSVPrinter out) throws IOException {
        int tick = m.tick();
        double adopters = m.metrics.adopters();
        CsvFormat.record(out, label.run(), label.replicate(), CsvFormat.seed(label.seed()), tick, m.date(tick),
                CsvFormat.number(adopters * m.agentWeight()),
                CsvFormat.number(m.metrics.outsideShare()),
                CsvFormat.number(m.metrics.hhi()),
                CsvFormat.number(m.previousAdopters() > 0 ? m.churned() / m.previousAdopters() : 0),
                CsvFormat.number(m.switches() * m.agentWeight()),
                CsvFormat.number(m.metrics.awarenessMean()),
                m.events().stream().map(e -> e.type() + (e.firm().isEmpty() ? "" : " " + e.firm()))
                        .collect(Collectors.joining("; ")));
        return 1;
    }
}
