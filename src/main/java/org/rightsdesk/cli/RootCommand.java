package org.rightsdesk.cli;

import picocli.CommandLine.Command;

/** {@code rightsdesk}: the list of subcommands. */
@Command(name = "rightsdesk", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Rightsdesk: defend and document migrants. Run 'rightsdesk demo' to try it.",
        subcommands = {DemoCommand.class, ServeCommand.class, VaultCommands.Unseal.class, VaultCommands.Seal.class,
                VaultCommands.Keys.class, UsersCommand.class, DbCommand.class, ImportCommand.class, IncidentsCommand.class,
                ReindexCommand.class, RegimeCommand.class, VersionCommand.class})
class RootCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
