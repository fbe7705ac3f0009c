package chatshare.output;

import chatshare.model.Firm;
import chatshare.model.Market;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** wide.csv (optional): one row per tick, one share column per firm plus the outside option. */
final class WideTable implements TickTable {
    @Override
    public String fileName() {
        return "wide.csv";
    }

    @Override
    public List<String> header(Market market) {
        List<String> header = new ArrayList<>(List.of("tick", "date"));
        market.firms().forEach(f -> header.add(f.id));
        header.add(chatshare.config.Ids.NO_FIRM);
        return header;
    }

    @Override
    public int write(Market m, RunLabel label, CSVPrinter out) throws IOException {
        int tick = m.tick();
        List<Object> row = new ArrayList<>(List.of(tick, m.date(tick)));
        for (Firm f : m.firms()) {
            row.add(CsvFormat.number(m.metrics.share(f)));
        }
        row.add(CsvFormat.number(m.metrics.outsideShare()));
        CsvFormat.record(out, row.toArray());
        return 1;
    }
}
