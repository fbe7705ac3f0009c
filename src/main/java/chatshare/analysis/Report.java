package chatshare.analysis;

import chatshare.config.SweepConfig;
import chatshare.output.AtomicOutput;
import chatshare.output.CsvFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * DIR/report.md: what a result folder says, with its charts (DIR/plots/) and tables: final
 * shares with CIs, trajectories of the first points (and how to draw the others), a heat map for a two-parameter grid,
 * sensitivity indices for morris and saltelli designs, and how many rows miss a precision.
 */
public final class Report {
    private static final int TRAJECTORY_POINTS = 4;
    private static final int TABLE_ROWS = 60;

    private Report() {
    }

    /** Writes summary.csv, convergence.csv, the charts and report.md; sweep is null for a single run. */
    public static Path write(ResultFolder folder, SweepConfig sweep, List<Map<String, Double>> designPoints,
            double precision) throws IOException {
        Path dir = folder.dir;
        SummaryTable summary = SummaryTable.of(folder);
        summary.write(dir.resolve("summary.csv"), folder.params);
        Convergence.write(dir.resolve("convergence.csv"), folder.params, summary);
        List<String> firms = List.copyOf(summary.outcomes().values().iterator().next().keySet());
        StringBuilder md = new StringBuilder();
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        int points = summary.outcomes().size();
        md.append("# ").append(name).append("\n\n");
        md.append(sweep == null ? "A single run.\n\n" : String.format("A %s sweep: %d completed runs over %d points of %s.%n%n",
                sweep.design, folder.runs.size(), points, String.join(", ", folder.params)));

        md.append("## Final shares\n\nMean over replicates with its 95% confidence interval (Student t); all columns "
                + "in [summary.csv](summary.csv).\n\n");
        table(md, dir.resolve("summary.csv"), folder.params);

        md.append("\n## Trajectories\n\n");
        List<Integer> all = List.copyOf(summary.outcomes().keySet());
        List<Integer> shown = all.stream().limit(TRAJECTORY_POINTS).toList();
        if (sweep != null) {
            md.append(shown.size() == all.size() ? "Every design point" : String.format(
                    "The first %d of the %d design points (points %d–%d)", shown.size(), all.size(), shown.get(0),
                    shown.get(shown.size() - 1))).append(":\n\n");
        }
        for (int point : shown) {
            for (String what : List.of("shares", "prices", "filtering", "cash")) {
                Path png = Plots.defaultFile(dir, what, null, point, sweep != null);
                Charts.save(Plots.trajectories(List.of(folder), what, point, null), png);
                md.append("![").append(what).append(" at point ").append(point).append("](")
                        .append(dir.relativize(png)).append(")\n");
            }
            md.append('\n');
        }
        if (points > shown.size()) {
            List<Integer> rest = all.subList(shown.size(), all.size());
            String folderWord = chatshare.output.ShellWords.word(dir.toString());
            md.append(String.format("The other points (%s; their parameter values are in [summary.csv](summary.csv) and "
                    + "[points.csv](points.csv)): `./chatshare plot %s --point P --what shares` (or prices, filtering, "
                    + "cash), e.g. all of them:%n%n```bash%nfor p in %s; do ./chatshare plot %s --point $p; done%n```%n",
                    rest.size() <= 8 ? rest.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                            : rest.get(0) + "–" + rest.get(rest.size() - 1),
                    folderWord, rest.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")),
                    folderWord));
        }

        if (sweep != null && sweep.design.equals("grid") && folder.params.size() == 2) {
            md.append("\n## Final share over the grid\n\n");
            for (String firm : firms) {
                Path png = Plots.defaultFile(dir, "heatmap", firm, 0, true);
                Charts.save(Plots.heatMap(folder, firm), png);
                md.append("![").append(firm).append("](").append(dir.relativize(png)).append(")\n");
            }
        }
        if (sweep != null && (sweep.design.equals("morris") || sweep.design.equals("saltelli"))) {
            md.append("\n## Sensitivity of each firm's final share\n\nIndices in [report-sensitivity.csv](report-sensitivity.csv)")
                    .append(sweep.design.equals("saltelli") ? " with bootstrap 95% CIs" : "").append(".\n\n");
            List<RunOutput> outputs = firms.stream().map(f -> RunOutput.parse("firms.share", f, false)).toList();
            Path csv = dir.resolve("report-sensitivity.csv"); // sensitivity.csv stays the sensitivity command's
            Sensitivity.write(folder, sweep, designPoints, outputs, csv);
            for (String firm : firms) {
                Path png = Plots.defaultFile(dir, "sensitivity", firm, 0, true);
                Charts.save(Plots.sensitivity(csv, firm), png);
                md.append("![").append(firm).append("](").append(dir.relativize(png)).append(")\n");
                if (sweep.design.equals("morris")) {
                    Path plane = Plots.defaultFile(dir, "morris", firm, 0, true);
                    Charts.save(Plots.morris(csv, firm), plane);
                    md.append("![").append(firm).append(" mu*-sigma](").append(dir.relativize(plane)).append(")\n");
                }
            }
        }

        List<String> shortfalls = Convergence.shortfalls(summary, precision);
        md.append("\n## Replicates\n\n").append(shortfalls.isEmpty()
                ? "Every final share's 95% CI half-width is within " + precision + ".\n"
                : shortfalls.size() + " point x firm rows have a final-share 95% CI half-width above " + precision
                        + " (how it shrinks with replicates: [convergence.csv](convergence.csv)), e.g.:\n\n"
                        + String.join("\n", shortfalls.stream().limit(5).map(s -> "- " + s).toList()) + "\n");
        Path report = dir.resolve("report.md");
        try (AtomicOutput out = new AtomicOutput(report.toAbsolutePath())) {
            out.writer().write(md.toString());
            out.commit();
        }
        return report;
    }

    /** The first rows of summary.csv as a Markdown table. */
    private static void table(StringBuilder md, Path summaryCsv, List<String> params) throws IOException {
        List<String> head = new ArrayList<>(List.of("point"));
        head.addAll(params);
        head.addAll(List.of("firm", "replicates", "final share", "95% CI", "exit probability"));
        md.append("| ").append(String.join(" | ", head)).append(" |\n|").append("---|".repeat(head.size())).append('\n');
        int rows = 0;
        try (Reader reader = Files.newBufferedReader(summaryCsv); CSVParser parser = ResultFolder.IN.parse(reader)) {
            for (CSVRecord r : parser) {
                if (rows++ == TABLE_ROWS) {
                    md.append("\n(first ").append(TABLE_ROWS).append(" rows)\n");
                    break;
                }
                List<String> cells = new ArrayList<>(List.of(r.get("point")));
                params.forEach(p -> cells.add(r.get(p)));
                cells.addAll(List.of(r.get("firm"), r.get("replicates"), round(r.get("finalShare_mean")),
                        r.get("finalShare_ci95_low").isEmpty() ? "" : "[" + round(r.get("finalShare_ci95_low")) + ", "
                                + round(r.get("finalShare_ci95_high")) + "]",
                        round(r.get("exit_probability"))));
                md.append("| ").append(String.join(" | ", cells)).append(" |\n");
            }
        }
    }

    private static String round(String number) {
        return round(CsvFormat.parse(number));
    }

    /** A number for a Markdown table: 4 decimals, empty when it does not exist. */
    static String round(double x) {
        return Double.isNaN(x) ? "" : CsvFormat.number(Math.round(x * 1e4) / 1e4);
    }
}
