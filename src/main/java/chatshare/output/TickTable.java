package chatshare.output;

import chatshare.model.Market;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** One per-tick CSV output: its header and the rows it adds at the end of each tick. */
interface TickTable {
    String fileName();

    List<String> header(Market market);

    /** Writes this tick's rows; returns how many. */
    int write(Market market, RunLabel label, CSVPrinter out) throws IOException;
}
