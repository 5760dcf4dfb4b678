package org.rightsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.vault.Vault;
import org.rightsdesk.vault.VaultKeyFile;
import org.rightsdesk.vault.VaultProblem;
import org.rightsdesk.vault.VaultStatus;
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

    @Option(names = "--key-file", paramLabel = "FILE", defaultValue = "${env:RIGHTSDESK_KEY_FILE}",
            description = "Unseal at start with the passphrase in this file (automated deployments; default $RIGHTSDESK_KEY_FILE). "
                    + "Without it the server starts sealed.")
    Path keyFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> extra = new HashMap<>();
        if (keyFile != null) {
            if (!Files.isReadable(keyFile)) {
                throw new CommandProblem("The key file " + keyFile.toAbsolutePath() + " does not exist or cannot be read");
            }
            try {
                VaultKeyFile.check(keyFile.toAbsolutePath(), storage.dataDir);
            } catch (VaultProblem e) {
                throw new CommandProblem(e.getMessage());
            }
            extra.put("rightsdesk.vault.key-file", keyFile.toAbsolutePath().toString());
        }
        ConfigurableApplicationContext context = Contexts.startServer(storage, address, port, extra, true);
        ControlSocket control;
        try {
            control = ControlSocket.start(storage.dataDir, context.getBean(Vault.class),
                    context.getBean(org.rightsdesk.vault.Reencryption.class));
        } catch (CommandProblem e) {
            context.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(control::close, "rightsdesk-control-close"));
        int actual = Contexts.port(context);
        String url = "http://" + address + ":" + actual + "/";
        out.println("Rightsdesk " + VersionCommand.version() + " is serving " + url);
        out.println("  Data: " + storage.dataDir.toAbsolutePath().normalize() + "  Database: " + storage.database());
        createFirstAdmin(context, out);
        explainVault(context.getBean(Vault.class), url, storage, out);
        out.println("Press Ctrl+C to stop.");
        out.flush();
        return Launcher.KEEP_RUNNING;
    }

    /** Says where the vault stands and what to do next: choose the passphrase, or unseal. */
    static void explainVault(Vault vault, String url, StorageOptions storage, PrintWriter out) {
        VaultStatus status = vault.status();
        if (status == VaultStatus.NOT_SET_UP) {
            out.println("  First start: the vault has no passphrase yet. Open " + url + "vault, sign in as an administrator");
            out.println("  and choose the vault passphrase there. Until then the case desk stores no personal data.");
        } else if (status == VaultStatus.SEALED) {
            boolean shares = vault.unsealMethod().map(Vault.UnsealMethod::shares).orElse(false);
            out.println("  The vault is SEALED: the case desk shows no personal data. Unseal it at " + url + "vault");
            out.println("  or here with: ./rightsdesk unseal" + (shares ? " --share" : "") + " --data "
                    + storage.dataDir.toAbsolutePath().normalize() + (shares ? "   (each holder, with their own share)" : ""));
        } else {
            out.println("  The vault is unsealed (key file).");
        }
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
