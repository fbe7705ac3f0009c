package chatshare.cli;

import chatshare.analysis.ResultFolder;
import chatshare.analysis.ScenarioDifferences;
import chatshare.analysis.ScenarioReport;
import chatshare.experiment.Sweep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare scenarios CONFIG...: replicates of each scenario, then one Markdown page comparing them. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "Run each scenario config with replicates (same seeds for all: common random numbers) into "
                + "OUT/<scenario>/ and write a Markdown page with trajectories and outcome tables; with --posterior N, "
                + "over N draws of a calibration's posterior x replicates, splitting the uncertainty into parameters and runs.")
final class ScenariosCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CONFIG", arity = "1..*", description = "Scenario configs (JSON)")
    List<Path> configs = new ArrayList<>();

    @Option(names = "--replicates", defaultValue = "20", description = "Replicates per scenario (default: ${DEFAULT-VALUE})")
    int replicates;

    @Option(names = "--seed", defaultValue = "2025", description = "Master seed of the replicates (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--firm", defaultValue = "grok", description = "Firm compared across scenarios (default: ${DEFAULT-VALUE})")
    String firm;

    @Option(names = "--reference", paramLabel = "NAME", defaultValue = "status-quo",
            description = "Scenario (file name without .json) the others are compared with, replicate by replicate; "
                    + "the first config when none has this name (default: ${DEFAULT-VALUE})")
    String reference;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/scenarios", description = "Where the runs go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--markdown", paramLabel = "FILE", defaultValue = "results/scenarios/SCENARIOS.md",
            description = "The page to write; charts go to img/scenarios/ next to it (default: ${DEFAULT-VALUE})")
    Path markdown;

    @Option(names = "--posterior", paramLabel = "N", defaultValue = "0",
            description = "Run every scenario over N draws of a calibration's posterior x --replicates, the same draws "
                    + "for every scenario (0: the config's own values only; at most 1000) (default: ${DEFAULT-VALUE})")
    int posterior;

    @Option(names = "--posterior-from", paramLabel = "DIR", defaultValue = "experiments/calibration/history",
            description = "The calibration folder whose posterior.csv --posterior draws from (default: ${DEFAULT-VALUE})")
    Path posteriorFrom;

    @Mixin
    SetOptions overrides;

    @Mixin
    ThreadsOption threads;

    @Mixin
    QuietOption quiet;

    /**
     * OUT/NAME.posterior.json: a sweep config extending the scenario that lists the posterior
     * draws (design list), so the sweep runs draws x replicates on the replicate seeds of the
     * plain path (replicate r gets the same seed at every draw) and the draws' values override
     * the scenario's as --set would.
     */
    private Path posteriorSweep(Path config, String name, List<java.util.Map<String, Double>> draws)
            throws java.io.IOException {
        Path file = out.resolve(name + ".posterior.json").toAbsolutePath();
        com.google.gson.JsonObject json = new com.google.gson.JsonObject();
        json.addProperty("extends", file.getParent().relativize(config.toAbsolutePath().normalize()).toString()
                .replace('\\', '/'));
        json.addProperty("name", chatshare.config.ConfigLoader.load(config, List.of()).name());
        com.google.gson.JsonObject sweep = new com.google.gson.JsonObject();
        sweep.addProperty("design", "list");
        sweep.add("points", chatshare.config.Json.PLAIN.toJsonTree(draws));
        json.add("sweep", sweep);
        java.nio.file.Files.createDirectories(file.getParent());
        try (chatshare.output.AtomicOutput o = new chatshare.output.AtomicOutput(file)) {
            o.writer().write(chatshare.config.Json.FILE.toJson(json) + "\n");
            o.commit();
        }
        return file;
    }

    private static String name(Path config) {
        return config.getFileName().toString().replaceFirst("\\.json$", "");
    }

    @Override
    public Integer call() throws Exception {
        if (replicates < 2) {
            throw new BadInputException("--replicates must be at least 2 for confidence intervals (got " + replicates + ")");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Path config : configs) { // check everything before hours of runs
            if (!names.add(name(config))) {
                throw new BadInputException(config + ": two scenarios named '" + name(config) + "' would share "
                        + out.resolve(name(config)) + "; rename one file");
            }
            var loaded = chatshare.config.ConfigLoader.load(config, overrides.sets);
            if (!loaded.config().firms.containsKey(firm)) {
                throw new BadInputException("--firm '" + firm + "': not a firm of " + config + " (firms: "
                        + String.join(", ", loaded.config().firms.keySet()) + ")");
            }
        }
        if (!names.contains(reference) && spec.commandLine().getParseResult().hasMatchedOption("--reference")) {
            throw new BadInputException("--reference '" + reference + "': not one of the scenarios (" + String.join(", ",
                    configs.stream().map(ScenariosCommand::name).toList()) + ")");
        }
        if (posterior < 0 || posterior > 1000) {
            throw new BadInputException("--posterior must be in [0, 1000] (got " + posterior + ")");
        }
        List<java.util.Map<String, Double>> draws = List.of();
        if (posterior > 0) {
            try {
                draws = chatshare.calibration.Posterior.draws(posteriorFrom, posterior);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--posterior-from " + e.getMessage());
            }
        }
        List<ResultFolder> folders = new ArrayList<>();
        for (Path config : configs) {
            String name = name(config);
            Path dir = out.resolve(name);
            Path runs = draws.isEmpty() ? config : posteriorSweep(config, name, draws);
            List<String> args = new ArrayList<>(List.of("sweep", runs.toString(), "--out", dir.toString(), "--resume",
                    "--set", "sweep.replicates=" + replicates, "--set", "sweep.seed=" + seed));
            overrides.sets.forEach(s -> args.addAll(List.of("--set", s)));
            if (threads.checked() != null) {
                args.addAll(List.of("--threads", threads.checked().toString()));
            }
            if (quiet.on()) {
                args.add("--quiet");
            }
            if (!quiet.on()) {
                spec.commandLine().getErr().printf("scenario %d/%d: %s%n", folders.size() + 1, configs.size(), name);
            }
            int exit = Main.execute(spec.commandLine().getErr(), args.toArray(String[]::new));
            if (exit != Main.OK) {
                return exit;
            }
            folders.add(ResultFolder.open(dir));
        }
        List<String> words = new ArrayList<>(List.of("./chatshare", "scenarios"));
        configs.forEach(c -> words.add(c.toString()));
        if (posterior > 0) {
            words.addAll(List.of("--posterior", String.valueOf(posterior), "--posterior-from", posteriorFrom.toString()));
        }
        words.addAll(List.of("--replicates", String.valueOf(replicates), "--seed", String.valueOf(seed), "--firm", firm,
                "--reference", reference,
                "--out", out.toString(), "--markdown", markdown.toString()));
        overrides.sets.forEach(s -> words.addAll(List.of("--set", s)));
        ResultFolder base = folders.stream().filter(f -> f.dir.getFileName().toString().equals(reference)).findFirst()
                .orElse(folders.get(0));
        List<ScenarioDifferences.Row> differences = ScenarioDifferences.of(base, folders);
        Path differencesCsv = out.resolve("scenario-differences.csv");
        ScenarioDifferences.writeCsv(differencesCsv, differences);
        try {
            ScenarioReport.write(markdown, folders, firm, String.join(" ", words.stream().map(chatshare.output.ShellWords::word).toList()),
                    differences, differencesCsv);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        spec.commandLine().getErr().println("scenarios: " + markdown);
        return Main.OK;
    }
}
