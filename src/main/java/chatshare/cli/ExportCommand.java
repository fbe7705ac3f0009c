package chatshare.cli;

import chatshare.analysis.ResultFolder;
import chatshare.output.Columns;
import chatshare.output.DataPackage;
import chatshare.output.Manifest;
import chatshare.output.OutputsWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare export DIR [--xlsx]: datapackage.json (and outputs.xlsx) of an existing run or sweep folder. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Describe a run or sweep folder for other tools: (re)write DIR/datapackage.json (Frictionless "
                + "Data Package: column types, units, keys) and, with --xlsx, DIR/outputs.xlsx (one sheet per CSV, "
                + "typed cells, for spreadsheets in any locale); both are added to DIR/manifest.json.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A run folder (manifest.json, firms.csv) or a sweep folder (runs.csv)")
    Path dir;

    @Option(names = "--xlsx", description = "Also write DIR/outputs.xlsx")
    boolean xlsx;

    @Override
    public Integer call() throws Exception {
        ResultFolder folder = SummarizeCommand.open(dir);
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            throw new BadInputException(dir + ": no manifest.json (not a completed run or sweep folder)");
        }
        boolean sweep = Files.isRegularFile(dir.resolve("runs.csv"));
        Columns.Folder kind = sweep ? Columns.Folder.SWEEP : Columns.Folder.RUN;
        List<String> params = sweep ? folder.params : List.of();
        String name = sweep ? dir.toAbsolutePath().normalize().getFileName().toString() : runName(dir);
        try (OutputLock lock = OutputLock.claim(dir)) { // it rewrites the manifest: not while a sweep writes
            Map<String, Map<String, Object>> files = new LinkedHashMap<>();
            files.put(DataPackage.FILE, DataPackage.write(dir, kind, name, params));
            if (xlsx) {
                try {
                    files.put(OutputsWorkbook.FILE, OutputsWorkbook.write(dir, kind, params));
                } catch (IllegalArgumentException tooLarge) {
                    throw new BadInputException(tooLarge.getMessage());
                }
            }
            Manifest.addFiles(dir, files);
        }
        return Main.OK;
    }

    private static String runName(Path dir) throws java.io.IOException {
        var m = com.google.gson.JsonParser.parseString(Files.readString(dir.resolve("manifest.json"))).getAsJsonObject();
        return m.has("name") ? m.get("name").getAsString() : dir.getFileName().toString();
    }
}
