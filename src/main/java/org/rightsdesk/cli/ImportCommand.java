package org.rightsdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rightsdesk import …}: bring outside material in (articles; other kinds may join as subcommands). */
@Command(name = "import", description = "Import files into Rightsdesk.", subcommands = {ImportArticlesCommand.class})
class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: articles");
    }
}
