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
                + "OUT/<scenario>/ and write a Markdown page with trajectories and outcome tables.")
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

    @Mixin
    SetOptions overrides;

    @Mixin
    ThreadsOption threads;

    @Mixin
    QuietOption quiet;

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
        List<ResultFolder> folders = new ArrayList<>();
        for (Path config : configs) {
            String name = name(config);
            Path dir = out.resolve(name);
            List<String> args = new ArrayList<>(List.of("sweep", config.toString(), "--out", dir.toString(), "--resume",
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
