package org.rightsdesk.cli;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rightsdesk db migrate}: bring the database schema up to date (serve does this too). */
@Command(name = "db", description = "Database maintenance.", subcommands = DbCommand.Migrate.class)
class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: migrate");
    }

    @Command(name = "migrate", description = "Apply pending schema migrations and print the schema version.")
    static class Migrate implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;

        @Override
        public void run() {
            // Starting the context runs the migrations (and refuses a database from a newer version).
            try (ConfigurableApplicationContext ctx = Contexts.startTool(storage)) {
                MigrationInfo current = ctx.getBean(Flyway.class).info().current();
                spec.commandLine().getOut().println(storage.database() + " is at schema version "
                        + (current == null ? "none" : current.getVersion() + " (" + current.getDescription() + ")") + ".");
            }
        }
    }
}
