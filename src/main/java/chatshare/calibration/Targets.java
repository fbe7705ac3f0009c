package chatshare.calibration;

import chatshare.config.ConfigException;
import chatshare.config.ConfigLoader;
import chatshare.config.ParameterPolicy;
import chatshare.config.Suggest;
import chatshare.output.TablesInMemory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A targets file checked against the config it calibrates: firm ids, columns, dates inside the
 * run, parameter paths and values that --set accepts. Errors are one line naming the targets
 * file and JSON path.
 */
public final class Targets {
    public final Path file;
    public final List<Moment> moments;
    /** Calibrated parameters and their ranges, in file order. */
    public final Map<String, ParameterRangeConfig> parameters;

    /** The config (with the --set overrides) the targets were checked against: loaded once, read by the commands. */
    public final ConfigLoader.LoadedConfig base;

    private Targets(Path file, ConfigLoader.LoadedConfig base, List<Moment> moments,
            Map<String, ParameterRangeConfig> parameters) {
        this.file = file;
        this.base = base;
        this.moments = moments;
        this.parameters = parameters;
    }

    /** Reads and checks a targets file against the config (loaded with the given --set overrides). */
    public static Targets load(Path file, Path config, List<String> sets) {
        return load(file, config, sets, true);
    }

    /** As {@link #load(Path, Path, List)}; without parameter checks for measuring moments only. */
    public static Targets load(Path file, Path config, List<String> sets, boolean checkParameters) {
        TargetsConfig t = TargetsLoader.load(file);
        ConfigLoader.LoadedConfig loaded = ConfigLoader.load(config, sets);
        Targets checked = new Targets(file, loaded, new ArrayList<>(), t.parameters);
        for (int k = 0; k < t.moments.size(); k++) {
            checked.moments.add(checked.moment(t.moments.get(k), "moments[" + k + "]", loaded));
        }
        if (checkParameters) {
            t.parameters.forEach((path, range) -> checked.parameter(path, range, config, sets));
        }
        return checked;
    }

    private Moment moment(MomentConfig m, String path, ConfigLoader.LoadedConfig loaded) {
        Set<String> firms = loaded.config().firms.keySet();
        if (!m.firm.isEmpty() && !firms.contains(m.firm)) {
            throw fail(path + ".firm", "unknown firm '" + m.firm + "'" + Suggest.didYouMean(m.firm, firms) + "; known: "
                    + String.join(", ", firms));
        }
        Set<String> platforms = loaded.config().platforms.keySet();
        if (!m.platform.isEmpty() && !platforms.contains(m.platform)) {
            throw fail(path + ".platform", "unknown platform '" + m.platform + "'" + Suggest.didYouMean(m.platform, platforms)
                    + "; known: " + String.join(", ", platforms));
        }
        column(m.table, m.column, path + ".column");
        column(m.table, m.minus, path + ".minus");
        column(m.table, m.over, path + ".over");
        Moment moment = new Moment(m);
        LocalDate start = LocalDate.parse(loaded.config().market.start);
        LocalDate end = start.plusWeeks(loaded.config().market.ticks).minusDays(1);
        boolean value = m.statistic.equals("value") || moment.probesMarket(); // both read the week of a date
        LocalDate first = value ? LocalDate.parse(m.date) : moment.from();
        LocalDate last = moment.to();
        if (first.isBefore(start) || last.isAfter(end)) {
            throw fail(path + (value ? ".date" : first.isBefore(start) ? ".from" : ".to"), (value ? m.date : m.from + " to "
                    + m.to) + " is not inside the run (" + start + " to " + end + ")");
        }
        // Rows are dated by the first day of their week: a window must contain one.
        long weeksToFirst = Math.floorDiv(java.time.temporal.ChronoUnit.DAYS.between(start, first) + 6, 7);
        if (!value && start.plusWeeks(weeksToFirst).isAfter(last)) {
            throw fail(path + ".from", m.from + " to " + m.to + " contains no week start (weeks start on " + start.getDayOfWeek()
                    + "s from " + start + ")");
        }
        return moment;
    }

    private void column(String table, String column, String path) {
        List<String> columns = TablesInMemory.columns(table).stream().filter(TablesInMemory::numeric).toList();
        if (!column.isEmpty() && !columns.contains(column)) {
            throw fail(path, "no numeric column '" + column + "' in " + table + ".csv" + Suggest.didYouMean(column, columns)
                    + "; columns: " + String.join(", ", columns));
        }
    }

    /** A parameter path must take both ends of its range as --set does, and hold a number. */
    private void parameter(String path, ParameterRangeConfig range, Path config, List<String> sets) {
        String where = "parameters." + path;
        if (!ParameterPolicy.allows(path, ParameterPolicy.Use.CALIBRATE)) {
            throw fail(where, "cannot be calibrated (fixed: "
                    + String.join(", ", ParameterPolicy.fixedKeys(ParameterPolicy.Use.CALIBRATE)) + "); calibrate a config key, "
                    + "e.g. users.segments.consumer.reviewProb");
        }
        // Both ends, and a point inside that is not a whole number: calibration moves keys continuously.
        for (double v : new double[] {range.from, range.to, range.from + (range.to - range.from) * 0.5003}) {
            List<String> with = new ArrayList<>(sets);
            with.add(path + "=" + v);
            ConfigLoader.LoadedConfig loaded;
            try {
                loaded = ConfigLoader.load(config, with);
            } catch (ConfigException e) {
                String why = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
                throw fail(where, why.startsWith(path + ": ") ? why.substring(path.length() + 2) : why);
            }
            var value = ConfigLoader.get(loaded.resolved(), path);
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                throw fail(where, "is not a number in the config (" + value + "); calibrate numeric keys");
            }
        }
    }

    private ConfigException fail(String path, String problem) {
        return ConfigException.at(file.toString(), path, problem);
    }
}
