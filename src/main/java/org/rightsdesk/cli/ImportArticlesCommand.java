package org.rightsdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rightsdesk.ingest.ArticleImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rightsdesk import articles DIR}: files every .html, .htm and .txt file under DIR as a
 * monitor source, each in its own transaction, and prints one line per file (imported, grouped,
 * present, skipped, failed). Exit code 0 whenever the batch ran, even if some files failed: the
 * report says which. Non-zero only when the command itself could not run (no such directory,
 * database unavailable: 1; a mistyped command line: 2).
 */
@Command(name = "articles", description = {"Import articles (.html, .htm, .txt) from a directory and its subdirectories as monitor sources.",
        "Prints one line per file: imported, grouped (near-duplicate of a source already on file), present (same text already on file),"
                + " skipped (not .html/.htm/.txt) or failed (with the reason; nothing of that file is written).",
        "Exit code 0 when the batch ran, even if some files failed; 1 when it could not run."})
class ImportArticlesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StorageOptions storage;
    @Parameters(paramLabel = "DIR", description = "Directory with the article files (searched recursively; hidden entries are ignored).")
    Path dir;
    @Option(names = "--by", paramLabel = "NAME", defaultValue = "cli", description = "Who imports, as recorded on each source (default: ${DEFAULT-VALUE}).")
    String by;
    @Option(names = "--no-progress", description = "Do not draw the progress bar (for logs).")
    boolean noProgress;

    @Override
    public Integer call() {
        List<Path> files = files();
        PrintWriter out = spec.commandLine().getOut();
        List<ArticleImport.Result> results = new ArrayList<>();
        long started;
        long finished;
        try (ConfigurableApplicationContext ctx = Contexts.startTool(storage)) {
            ArticleImport importer = ctx.getBean(ArticleImport.class);
            started = System.nanoTime();
            try (ProgressBar bar = progressBar(files.size())) {
                for (Path f : files) {
                    String name = dir.relativize(f).toString();
                    results.add(importer.importFile(f, name, by));
                    if (bar != null) {
                        bar.step();
                    }
                }
            }
            finished = System.nanoTime();
        }
        results.forEach(r -> out.println(r.line()));
        out.println(summary(results, (finished - started) / 1e9));
        return 0;
    }

    private List<Path> files() {
        if (!Files.exists(dir)) {
            throw new CommandProblem("No such directory: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new CommandProblem(dir + " is not a directory: give the directory that holds the articles");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !hidden(dir.relativize(p))).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new CommandProblem("Cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private ProgressBar progressBar(int max) {
        if (noProgress) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Importing").setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200).build();
    }

    static String summary(List<ArticleImport.Result> results, double seconds) {
        Map<ArticleImport.Status, Integer> counts = new EnumMap<>(ArticleImport.Status.class);
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        int grouped = counts.getOrDefault(ArticleImport.Status.GROUPED, 0);
        int imported = counts.getOrDefault(ArticleImport.Status.IMPORTED, 0) + grouped;
        int articles = results.size() - counts.getOrDefault(ArticleImport.Status.SKIPPED, 0);
        return String.format(Locale.ROOT, "%d files: %d imported (%d grouped into stories), %d already present, %d skipped, %d failed."
                        + " %d article files in %.2f s (%.1f per second).", results.size(), imported, grouped,
                counts.getOrDefault(ArticleImport.Status.PRESENT, 0), counts.getOrDefault(ArticleImport.Status.SKIPPED, 0),
                counts.getOrDefault(ArticleImport.Status.FAILED, 0), articles, seconds, seconds > 0 ? articles / seconds : 0.0);
    }
}
