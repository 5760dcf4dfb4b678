package org.rightsdesk.cli;

import java.io.PrintWriter;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rightsdesk.monitor.RecordIds;
import org.rightsdesk.monitor.Statistics;
import org.rightsdesk.search.SearchIndex;
import org.rightsdesk.search.SearchProblem;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rightsdesk reindex}: rebuilds the derived data from the database — the search index and
 * the monitor's running statistics. Safe at any time with the server stopped; the database is
 * only read (apart from the statistics table, which is recomputed in one transaction).
 */
@Command(name = "reindex", description = "Rebuild the search index and the statistics from the database.")
class ReindexCommand implements Runnable {

    @Spec
    CommandSpec spec;
    @Mixin
    StorageOptions storage;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext ctx = Contexts.startTool(storage)) {
            ctx.getBean(Statistics.class).rebuild();
            SearchIndex index = ctx.getBean(SearchIndex.class);
            long total = ctx.getBean(RecordIds.class).total();
            long done;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
                done = index.rebuild(bar::stepTo);
                index.drain(); // anything that changed while rebuilding
            } catch (SearchProblem e) {
                throw new CommandProblem(e.getMessage(), e);
            }
            out.println("Statistics recomputed; search index rebuilt with " + done + " records in " + index.location() + ".");
        }
    }
}
