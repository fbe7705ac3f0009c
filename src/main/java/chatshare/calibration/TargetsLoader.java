package chatshare.calibration;

import chatshare.config.ConfigException;
import chatshare.config.ConfigLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a calibration targets file as strictly as a config: standard JSON, known keys only (with
 * suggestions), types, ranges, allowed values, then the rules between keys. Checks that need the
 * experiment config (firm ids, columns, dates within the run, parameter paths) are the
 * calibration's; every error is one line naming the file and JSON path.
 */
public final class TargetsLoader {
    private final String source;

    private TargetsLoader(String source) {
        this.source = source;
    }

    public static TargetsConfig load(Path file) {
        TargetsConfig targets = ConfigLoader.bindStrict(file, TargetsConfig.class);
        new TargetsLoader(file.toString()).check(targets);
        return targets;
    }

    private void check(TargetsConfig t) {
        if (t.moments.isEmpty()) {
            throw ConfigException.at(source, "moments", "give at least one moment");
        }
        Map<String, Integer> names = new HashMap<>();
        for (int k = 0; k < t.moments.size(); k++) {
            MomentConfig m = t.moments.get(k);
            String path = "moments[" + k + "]";
            require(m.name, path + ".name");
            Integer first = names.putIfAbsent(m.name, k);
            if (first != null) {
                throw ConfigException.at(source, path + ".name", "duplicate name '" + m.name + "' (also moments[" + first
                        + "]); give each moment its own name");
            }
            require(m.column, path + ".column");
            moment(m, path);
        }
        for (Map.Entry<String, ParameterRangeConfig> p : t.parameters.entrySet()) {
            String path = "parameters." + p.getKey();
            ParameterRangeConfig r = p.getValue();
            if (r.from == null || r.to == null || !(r.from < r.to)) {
                throw ConfigException.at(source, path, "give from < to, e.g. { \"from\": 0.02, \"to\": 0.1 }");
            }
        }
    }

    private void moment(MomentConfig m, String path) {
        if (!m.platform.isEmpty() && !m.table.equals("segments")) {
            throw ConfigException.at(source, path + ".platform", "applies to the segments table only");
        }
        if (!m.segment.isEmpty() && !m.table.equals("segments")) {
            throw ConfigException.at(source, path + ".segment", "applies to the segments table only");
        }
        List<String> segments = chatshare.config.SegmentsConfig.NAMES;
        if (!m.segment.isEmpty() && !segments.contains(m.segment)) {
            throw ConfigException.at(source, path + ".segment", "expected one of " + String.join(", ", segments)
                    + ", got '" + m.segment + "'" + chatshare.config.Suggest.didYouMean(m.segment, segments));
        }
        if (m.table.equals("firms") || m.table.equals("segments")) {
            require(m.firm, path + ".firm");
        } else if (!m.firm.isEmpty() || !m.versus.equals("none")) {
            throw ConfigException.at(source, path + (m.firm.isEmpty() ? ".versus" : ".firm"),
                    "applies to the firms table only");
        }
        if (!m.over.isEmpty() && !m.versus.equals("none")) {
            throw ConfigException.at(source, path + ".versus", "give over or versus, not both");
        }
        if (m.table.equals("segments") && !m.versus.equals("none")) {
            throw ConfigException.at(source, path + ".versus", "applies to the firms table only");
        }
        if (m.statistic.equals("bestResponseGap")) {
            // Only the firm's own paid price has a best response; other columns would be ignored silently.
            if (!m.table.equals("firms") || !m.column.equals("price") || !m.minus.isEmpty() || !m.over.isEmpty()
                    || !m.versus.equals("none")) {
                throw ConfigException.at(source, path + ".statistic",
                        "bestResponseGap measures a firm's paid price: give table firms, column price, no minus, over or versus");
            }
        }
        if (m.statistic.equals("value") || m.statistic.equals("bestResponseGap")) {
            date(m.date, path + ".date");
            absent(m.from, path + ".from", "a value statistic takes a date, not a window");
            absent(m.to, path + ".to", "a value statistic takes a date, not a window");
        } else {
            absent(m.date, path + ".date", "a " + m.statistic + " takes a window (from, to), not a date");
            if (date(m.to, path + ".to").isBefore(date(m.from, path + ".from"))) {
                throw ConfigException.at(source, path + ".to", "is before from " + m.from);
            }
        }
        if (m.target == null) {
            throw ConfigException.at(source, path + ".target", "required");
        }
        if (m.scale == null ? m.target == 0 : !(m.scale > 0)) {
            throw ConfigException.at(source, path + ".scale", m.scale == null ? "required when the target is 0"
                    : "expected a positive number, got " + m.scale);
        }
    }

    private void require(String value, String path) {
        if (value.isEmpty()) {
            throw ConfigException.at(source, path, "required");
        }
    }

    private void absent(String value, String path, String why) {
        if (!value.isEmpty()) {
            throw ConfigException.at(source, path, why);
        }
    }

    private LocalDate date(String value, String path) {
        require(value, path);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ConfigException.at(source, path, "expected an ISO date yyyy-mm-dd, got '" + value + "'");
        }
    }
}
