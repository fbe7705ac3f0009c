package chatshare.cli;

import chatshare.config.ConfigDescriber;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** chatshare describe: every config key with type, default, range and meaning (to stdout). */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "List every config key with its type, default, allowed values and meaning (--outputs: every "
                + "column of the output files).")
final class DescribeCommand implements Callable<Integer> {
    @Option(names = "--markdown", description = "Print a Markdown table (as in docs/CONFIG.md)")
    boolean markdown;

    @Option(names = "--outputs", description = "Print the column dictionary of the output files (docs/OUTPUTS.md) instead")
    boolean outputs;

    @Override
    public Integer call() {
        System.out.print(outputs ? chatshare.output.OutputsDictionary.markdown()
                : markdown ? ConfigDescriber.markdown() : ConfigDescriber.text());
        System.out.flush();
        return Main.OK;
    }
}
