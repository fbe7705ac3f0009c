package chatshare.cli;

import chatshare.config.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point. Exit codes: 0 ok, 1 failure while running, 2 bad input (bad JSON, unknown key,
 * out-of-range value, missing file, unwritable output directory, bad option).
 * Data goes to files (or stdout for describe); logs, progress and errors go to stderr.
 */
@Command(name = "chatshare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent-based simulator of the AI-assistant market (MASON).",
        subcommands = {RunCommand.class, EquilibriumCommand.class, SweepCommand.class, StatusCommand.class, CalibrateCommand.class, MomentsCommand.class,
            GuiCommand.class, MergeCommand.class, SummarizeCommand.class, SensitivityCommand.class, PlotCommand.class,
            ReportCommand.class, LearningCommand.class, ScenariosCommand.class, ExportCommand.class, ShowCommand.class, ValidateCommand.class, DescribeCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.err, true), args));
    }

    /** Runs a command line; errors are written to err as one line. Returns the exit code. */
    public static int execute(PrintWriter err, String... args) {
        return execute(new CommandLine(new Main()), err, args);
    }

    /**
     * Runs a command line on one command with the same error handling and exit codes; tests that
     * call a single subcommand thousands of times use it to skip building all the others.
     */
    static int execute(CommandLine cli, PrintWriter err, String... args) {
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            boolean badInput = e instanceof ConfigException || e instanceof BadInputException;
            // An UncheckedIOException's own message is its cause's class and message; the cause's message names the file.
            Throwable shown = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            err.println("error: " + (shown.getMessage() != null ? shown.getMessage() : shown.toString()));
            if (!badInput && System.getenv("CHATSHARE_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return badInput ? BAD_INPUT : FAILURE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: chatshare help)");
    }
}
