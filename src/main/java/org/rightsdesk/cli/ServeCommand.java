package org.rightsdesk.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rightsdesk serve}: runs a real instance on its data directory and database. */
@Command(name = "serve", description = "Run Rightsdesk on a data directory and database.")
class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage;

    @Option(names = "--port", paramLabel = "N", defaultValue = "${env:RIGHTSDESK_PORT:-8080}",
            description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--address", paramLabel = "ADDR", defaultValue = "${env:RIGHTSDESK_ADDRESS:-127.0.0.1}",
            description = "Address to listen on (default ${DEFAULT-VALUE}: put a TLS reverse proxy in front).")
    String address;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConfigurableApplicationContext context = Contexts.startServer(storage, address, port, Map.of(), true);
        int actual = Contexts.port(context);
        out.println("Rightsdesk " + VersionCommand.version() + " is serving http://" + address + ":" + actual + "/");
        out.println("  Data: " + storage.dataDir.toAbsolutePath().normalize() + "  Database: " + storage.database());
        createFirstAdmin(context, out);
        out.println("Press Ctrl+C to stop.");
        out.flush();
        return Launcher.KEEP_RUNNING;
    }

    /** An empty instance gets one administrator with a random password, shown only here, once. */
    static void createFirstAdmin(ConfigurableApplicationContext context, PrintWriter out) {
        AccountService accounts = context.getBean(AccountService.class);
        if (accounts.hasUsers()) {
            return;
        }
        String password = AccountService.generatePassword();
        accounts.createUser("admin", Role.ADMIN, password, "cli");
        out.println();
        out.println("  First start: created the administrator account.");
        out.println("    User name: admin");
        out.println("    Password:  " + password);
        out.println("  This password is shown only once. Change it on the Account page after signing in.");
        out.println();
    }
}
