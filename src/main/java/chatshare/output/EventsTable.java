package chatshare.output;

import chatshare.model.EventRecord;
import chatshare.model.Market;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** events.csv: every event applied, scheduled (timeline) or endogenous (exit), with its tick and date. */
final class EventsTable implements TickTable {
    @Override
    public String fileName() {
        return "events.csv";
    }

    @Override
    public List<String> header(Market market) {
        return Columns.EVENTS.header();
    }

    @Override
    public int write(Market m, RunLabel label, CSVPrinter out) throws IOException {
        int tick = m.tick();
        for (EventRecord e : m.events()) {
            CsvFormat.record(out, label.run(), label.replicate(), CsvFormat.seed(label.seed()), tick, m.date(tick), e.type(), e.firm(),
                    e.platform(), e.region(), CsvFormat.number(e.amount()), e.detail());
        }
        return m.events().size();
    }
}
