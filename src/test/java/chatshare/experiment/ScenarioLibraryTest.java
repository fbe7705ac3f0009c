package chatshare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.cli.Main;
import chatshare.config.ConfigLoader;
import chatshare.config.EventConfig;
import chatshare.config.ExperimentConfig;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario library (issue 7): the history scenario and every counterfactual in
 * experiments/scenarios validate; the history's scheduled events land on the weeks of their
 * dates; the scenarios inherit the history's events and add (or remove) theirs by extraEvents
 * and removeEvents, without copying the history; the no-debt-round scenario has no October 2025
 * debt round.
 */
class ScenarioLibraryTest {
    private static final Path HISTORY = Path.of("experiments", "history-2023-2025.json");
    /** The history with calibrated behaviour (docs/CALIBRATION.md), which the scenarios extend. */
    private static final Path CALIBRATED = Path.of("experiments", "history-calibrated.json");
    private static final Path SCENARIOS = Path.of("experiments", "scenarios");

    @TempDir
    Path tmp;

    static Stream<Path> libraryFiles() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            List<Path> all = new ArrayList<>(List.of(HISTORY, CALIBRATED));
            all.addAll(files.filter(f -> f.toString().endsWith(".json")).sorted().toList());
            return all.stream();
        }
    }

    static Stream<Path> scenarioFiles() throws IOException {
        return libraryFiles().filter(f -> !f.equals(HISTORY) && !f.equals(CALIBRATED));
    }

    private record Result(int exit, String err) {
    }

    private static Result cli(String... args) {
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(err, true), args);
        return new Result(exit, err.toString());
    }

    @Test
    void theLibraryHasTheHistoryAndItsCounterfactuals() throws IOException {
        List<String> names = scenarioFiles().map(f -> f.getFileName().toString()).toList();
        for (String expected : List.of("openai-bid-accepted.json", "eu-filtering-floor.json",
                "rivals-imitate-low-filtering.json", "x-decline.json", "tesla-integration.json",
                "open-source-price-war.json", "no-debt-round.json")) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
    }

    @ParameterizedTest
    @MethodSource("libraryFiles")
    void everyFileValidatesAndEndsInTheLastWeekOfItsYear(Path file) {
        Result r = cli("validate", file.toString());
        assertEquals(0, r.exit(), r.err());
        ExperimentConfig c = ConfigLoader.load(file, List.of()).config();
        LocalDate start = LocalDate.parse(c.market.start);
        assertEquals(java.time.DayOfWeek.MONDAY, start.getDayOfWeek(), "weekly ticks start on a Monday");
        LocalDate lastWeek = start.plusWeeks(c.market.ticks - 1);
        int year = file.equals(HISTORY) || file.equals(CALIBRATED) ? 2025 : 2028;
        LocalDate newYearsEve = LocalDate.of(year, 12, 31);
        assertTrue(!lastWeek.isAfter(newYearsEve) && lastWeek.plusDays(7).isAfter(newYearsEve),
                file + ": the last tick (week of " + lastWeek + ") contains " + newYearsEve);
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void scenariosExtendTheHistoryEventsWithoutCopyingThem(Path file) throws IOException {
        var raw = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertFalse(raw.has("events"), file + " adds to the history's events (extraEvents, removeEvents), never copies them");
        assertEquals("../history-calibrated.json", raw.get("extends").getAsString(), "scenarios project the calibrated history");
        JsonArray history = resolvedEvents(HISTORY);
        JsonArray own = resolvedEvents(file);
        JsonArray expected = history.deepCopy();
        if (file.getFileName().toString().equals("no-debt-round.json")) {
            for (int k = expected.size() - 1; k >= 0; k--) {
                if (isOctober2025Debt(expected.get(k))) {
                    expected.remove(k);
                }
            }
            assertEquals(history.size() - 1, expected.size(), "the history has exactly one October 2025 debt round");
        }
        JsonArray extra = raw.has("extraEvents") ? raw.getAsJsonArray("extraEvents") : new JsonArray();
        assertEquals(expected.size() + extra.size(), own.size(), file + ": the history's events, then its own");
        for (int k = 0; k < expected.size(); k++) {
            assertEquals(expected.get(k), own.get(k), file + ": event " + k + " differs from the history's");
        }
        for (int k = 0; k < extra.size(); k++) {
            assertEquals(extra.get(k).getAsJsonObject().get("id"), own.get(expected.size() + k).getAsJsonObject().get("id"),
                    file + ": extraEvents[" + k + "] comes after the history's events");
        }
    }

    @Test
    void noDebtRoundHasNoOctober2025DebtFunding() throws IOException {
        Path file = SCENARIOS.resolve("no-debt-round.json");
        for (EventConfig e : ConfigLoader.load(file, List.of()).config().events) {
            assertFalse(e.type.equals("funding") && e.kind.equals("debt") && e.date.startsWith("2025-10"),
                    "no October 2025 debt funding in the config");
        }
        Path out = tmp.resolve("no-debt");
        Result r = cli("run", file.toString(), "--out", out.toString(), "--quiet", "--ticks", "113",
                "--set", "users.agents=5000");
        assertEquals(0, r.exit(), r.err());
        for (CSVRecord row : csv(out.resolve("events.csv"))) {
            assertFalse(row.get("event").equals("funding") && row.get("detail").equals("debt")
                    && row.get("date").startsWith("2025-10"), "no October 2025 debt funding row: " + row);
        }
        assertTrue(csv(out.resolve("events.csv")).stream().anyMatch(row -> row.get("event").equals("funding")
                && row.get("detail").equals("equity") && row.get("date").startsWith("2025-10")),
                "the October 2025 equity tranche stays");
    }

    @Test
    void historyEventsLandOnTheWeeksOfTheirDates() throws IOException {
        ExperimentConfig c = ConfigLoader.load(HISTORY, List.of()).config();
        LocalDate start = LocalDate.parse(c.market.start);
        Path out = tmp.resolve("history");
        Result r = cli("run", HISTORY.toString(), "--out", out.toString(), "--quiet", "--set", "users.agents=5000");
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> rows = new ArrayList<>(csv(out.resolve("events.csv")));
        int inRun = 0;
        for (EventConfig e : c.events) {
            assertFalse(e.date.isEmpty(), "history events are dated: " + e.type);
            LocalDate date = LocalDate.parse(e.date);
            int tick = (int) Math.floorDiv(ChronoUnit.DAYS.between(start, date), 7);
            if (tick >= c.market.ticks) {
                continue; // a projection assumption (applies in the scenarios that run on)
            }
            inRun++;
            CSVRecord match = rows.stream().filter(row -> matches(row, e, tick)).findFirst().orElse(null);
            assertTrue(match != null, e.type + " of " + e.date + " (tick " + tick + ") not in events.csv: " + rows);
            LocalDate week = LocalDate.parse(match.get("date"));
            assertEquals(start.plusWeeks(tick), week);
            assertTrue(!date.isBefore(week) && date.isBefore(week.plusDays(7)),
                    e.type + " dated " + date + " is in the week of " + week);
            rows.remove(match); // two events of a kind in one week match two rows
        }
        assertTrue(inRun >= 20, "the history schedules its events within the run: " + inRun);
        assertTrue(rows.stream().noneMatch(row -> row.get("event").equals("exit")), "no firm runs out of money: " + rows);
    }

    /** Whether an events.csv row records the scheduled event e at the given tick. */
    private static boolean matches(CSVRecord row, EventConfig e, int tick) {
        if (Integer.parseInt(row.get("tick")) != tick || !row.get("event").equals(e.type)) {
            return false;
        }
        boolean usesFirm = !e.type.equals("setParameter") && !e.type.equals("platformShock")
                && !e.type.equals("regulation");
        if (usesFirm && !row.get("firm").equals(e.firm)
                || !row.get("platform").equals(e.platform) || !row.get("region").equals(e.region)) {
            return false;
        }
        return switch (e.type) {
            case "funding" -> Double.parseDouble(row.get("amount")) == e.amount && row.get("detail").equals(e.kind);
            case "setParameter" -> row.get("detail").equals(e.parameter)
                    && Double.parseDouble(row.get("amount")) == e.value;
            case "setPrice", "setApiPrice", "setFiltering", "setQuality", "platformShock", "regulation" ->
                    Double.parseDouble(row.get("amount")) == e.value;
            case "controversy" -> row.get("detail").equals("event");
            default -> true;
        };
    }

    private static boolean isOctober2025Debt(JsonElement event) {
        var o = event.getAsJsonObject();
        return o.get("type").getAsString().equals("funding") && o.has("kind")
                && o.get("kind").getAsString().matches("debt|gpuDebt") && o.get("date").getAsString().startsWith("2025-10");
    }

    private static JsonArray resolvedEvents(Path file) {
        return ConfigLoader.load(file, List.of()).resolved().getAsJsonArray("events");
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }
}
