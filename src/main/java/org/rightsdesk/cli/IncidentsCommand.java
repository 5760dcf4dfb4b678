package org.rightsdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rightsdesk.monitor.ImportReport;
import org.rightsdesk.monitor.IncidentImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rightsdesk incidents import FILE...}: coded incidents from CSV or JSON files (columns in docs/monitor.md). */
@Command(name = "incidents", description = "Monitor incidents.", subcommands = {IncidentsCommand.Import.class, SuggestCommands.Suggest.class,
        SuggestCommands.Score.class})
class IncidentsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: import, suggest or score-suggestions");
    }

    @Command(name = "import", description = "Import incidents from .csv or .json files. A file with any bad row is not imported; "
            + "running the same import again adds nothing.")
    static class Import implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV or JSON files.")
        List<Path> files;

        @Override
        public Integer call() {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new UsageProblem("No such file: " + f);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            int failed = 0;
            try (ConfigurableApplicationContext ctx = Contexts.startTool(storage)) {
                IncidentImport importer = ctx.getBean(IncidentImport.class);
                List<ImportReport> reports = new java.util.ArrayList<>();
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(files.size())
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
                    for (Path f : files) {
                        reports.add(read(importer, f));
                        bar.step();
                    }
                }
                for (ImportReport r : reports) {
                    out.println(r.summary());
                    r.errors().forEach(e -> out.println("  " + e));
                    failed += r.failed() ? 1 : 0;
                }
            }
            if (failed > 0) {
                throw new CommandProblem(failed + " of " + files.size() + " files were not imported (see the lines above)");
            }
            return 0;
        }

        private static ImportReport read(IncidentImport importer, Path f) {
            try {
                if (Files.size(f) > IncidentImport.MAX_BYTES) {
                    return ImportReport.refused(f.getFileName().toString(), "import.size", "the file is larger than "
                            + IncidentImport.MAX_BYTES / (1024 * 1024) + " MB", IncidentImport.MAX_BYTES / (1024 * 1024));
                }
                return importer.importFile(f.getFileName().toString(), Files.readAllBytes(f), "cli");
            } catch (IOException e) {
                return ImportReport.refused(f.toString(), "import.unreadable", "cannot read: " + e.getMessage(), e.getMessage());
            }
        }
    }
}
