package chatshare.cli;

import chatshare.analysis.Charts;
import chatshare.analysis.Plots;
import chatshare.analysis.ResultFolder;
import chatshare.calibration.Calibration;
import chatshare.calibration.Posterior;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jfree.ui.Drawable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare plot DIR...: a chart (PNG or SVG) from result folders. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Draw a chart from result folders: trajectories with 95%% replicate bands (shares, prices, filtering, "
                + "cash; several folders compare scenarios for one --firm), sensitivity bars, or a 2-parameter heat map.")
final class PlotCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Run or sweep folders (a calibrate folder for --what posterior)")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--what", defaultValue = "shares",
            description = "shares, prices, filtering, cash, sensitivity (bars, Sobol with CIs), morris (mu*-sigma plane), heatmap, "
                    + "or posterior (the pairwise plot of a calibrate folder, default DIR/posterior-pairs.png) "
                    + "(default: ${DEFAULT-VALUE})")
    String what;

    @Option(names = "--firm", paramLabel = "ID", description = "Firm to plot (needed to compare folders)")
    String firm;

    @Option(names = "--point", defaultValue = "0", description = "Design point of a sweep (default: ${DEFAULT-VALUE})")
    int point;

    @Option(names = "--where", paramLabel = "param=value",
            description = "Heat map of a sweep with more than 2 parameters: fix each other parameter to one of its values "
                    + "(repeatable)")
    List<String> where = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "PNG or SVG file (default: DIR/plots/WHAT[-FIRM][-pPOINT].png)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Plots.WHAT.contains(what)) {
            throw new BadInputException("--what '" + what + "': expected one of " + String.join(", ", Plots.WHAT));
        }
        if (out != null && !out.getFileName().toString().matches("(?i).*\\.(png|svg)")) {
            throw new BadInputException("--out " + out + ": the file name must end in .png or .svg");
        }
        if (what.equals("posterior")) { // a calibrate folder, not a run or sweep
            Path file = out != null ? out : dirs.get(0).resolve(Calibration.POSTERIOR_PLOT);
            if (out != null) { // the default goes into the calibrate folder, which must exist
                RunCommand.ensureWritable(file.toAbsolutePath().getParent());
            }
            try {
                Posterior.plot(dirs.get(0), file);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            spec.commandLine().getErr().println("plot: " + file);
            return Main.OK;
        }
        List<ResultFolder> folders = new ArrayList<>();
        for (Path dir : dirs) {
            folders.add(SummarizeCommand.open(dir));
        }
        if (!where.isEmpty() && !what.equals("heatmap")) {
            throw new BadInputException("--where slices a heat map: use it with --what heatmap");
        }
        Drawable chart;
        try {
            chart = Plots.isTrajectory(what) ? Plots.trajectories(folders, what, point, firm)
                    : what.equals("sensitivity") ? Plots.sensitivity(dirs.get(0).resolve("sensitivity.csv"), firm)
                    : what.equals("morris") ? Plots.morris(dirs.get(0).resolve("sensitivity.csv"), firm)
                    : Plots.heatMap(folders.get(0), firm, where());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Path file = out != null ? out : Plots.defaultFile(dirs.get(0), what, firm, point, !folders.get(0).params.isEmpty());
        if (out == null && !where.isEmpty()) { // one file per slice: heatmap-grok-firms.chatgpt.price=20.png
            file = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.png$", "")
                    + "-" + String.join("-", where) + ".png");
        }
        RunCommand.ensureWritable(file.toAbsolutePath().getParent()); // a bad output folder is bad input (exit 2)
        Charts.save(chart, file);
        spec.commandLine().getErr().println("plot: " + file);
        return Main.OK;
    }

    /** --where param=value pairs, in order. */
    private java.util.Map<String, Double> where() {
        java.util.Map<String, Double> fixed = new java.util.LinkedHashMap<>();
        for (String w : where) {
            int eq = w.indexOf('=');
            try {
                if (eq <= 0) {
                    throw new NumberFormatException();
                }
                fixed.put(w.substring(0, eq), Double.parseDouble(w.substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw new BadInputException("--where " + w + ": expected param=number, e.g. --where firms.grok.filtering=0.3");
            }
        }
        return fixed;
    }
}
