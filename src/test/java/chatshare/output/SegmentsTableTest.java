package chatshare.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chatshare.config.ConfigLoader;
import chatshare.config.ExperimentConfig;
import chatshare.model.Market;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * segments.csv adds up: for every platform, members and non-members together are all users
 * (each firm's users as in firms.csv, firmUsers the same on every row of a segment x region),
 * and the shares of a row's cell sum to 1.
 */
class SegmentsTableTest {
    @Test
    void membersAndNonMembersOfEveryPlatformAddUpToTheFirmsTable() {
        ExperimentConfig c = ConfigLoader.load(Path.of("experiments", "baseline.json"),
                List.of("users.agents=4000", "market.ticks=3")).config();
        TablesInMemory tables = new TablesInMemory(new RunLabel("t", 0, 1), true);
        Market m = new Market(c, 1, 1);
        m.addObserver(tables);
        m.start();
        for (int t = 0; t < c.market.ticks; t++) {
            m.schedule.step(m);
        }
        m.finish();
        Map<String, Double> firmUsers = new HashMap<>();
        for (CSVRecord r : tables.rows("firms")) {
            firmUsers.put(r.get("tick") + "/" + r.get("firm"), Double.parseDouble(r.get("users")));
        }
        Map<String, Double> byPlatform = new HashMap<>();
        Map<String, Double> cellShare = new HashMap<>();
        Map<String, Double> memberSplit = new HashMap<>();
        List<CSVRecord> rows = tables.rows("segments");
        assertEquals(c.market.ticks * 3 * c.users.regions.size() * c.platforms.size() * 2 * (c.firms.size() + 1), rows.size());
        for (CSVRecord r : rows) {
            String cell = r.get("tick") + "/" + r.get("segment") + "/" + r.get("region") + "/" + r.get("platform") + "/"
                    + r.get("member");
            if (!r.get("share").isEmpty()) {
                cellShare.merge(cell, Double.parseDouble(r.get("share")), Double::sum);
            }
            if (r.get("firm").equals("none")) {
                continue;
            }
            double users = Double.parseDouble(r.get("users"));
            byPlatform.merge(r.get("tick") + "/" + r.get("firm") + "/" + r.get("platform"), users, Double::sum);
            String split = r.get("tick") + "/" + r.get("segment") + "/" + r.get("region") + "/" + r.get("platform") + "/"
                    + r.get("firm");
            memberSplit.merge(split, users, Double::sum);
            memberSplit.put(split + "/firmUsers", Double.parseDouble(r.get("firmUsers")));
        }
        byPlatform.forEach((key, users) -> {
            String[] k = key.split("/");
            assertEquals(firmUsers.get(k[0] + "/" + k[1]), users, 1e-6 * (1 + users), key);
        });
        cellShare.forEach((cell, sum) -> assertEquals(1, sum, 1e-9, cell));
        memberSplit.forEach((key, users) -> {
            if (!key.endsWith("/firmUsers")) {
                assertEquals(memberSplit.get(key + "/firmUsers"), users, 1e-6 * (1 + users), key);
            }
        });
    }
}
