package org.rightsdesk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.rightsdesk.vault.Vault;
import org.rightsdesk.vault.VaultProblem;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rightsdesk unseal}, {@code rightsdesk seal} and {@code rightsdesk keys rotate}. The first
 * two talk to the running server of a data directory through its control socket (see
 * {@link ControlSocket}); {@code keys rotate} changes the key ring in the database directly, which
 * a running server does not notice: it keeps its data keys, so there is no downtime.
 */
final class VaultCommands {

    private VaultCommands() {
    }

    /** Reads passphrases from standard input (one per line) or a hidden console prompt. */
    static final class PassphraseSource {
        @Option(names = "--passphrase-stdin", description = "Read the passphrase(s) from standard input, one per line.")
        boolean fromStdin;

        private BufferedReader stdin;

        char[] read(String prompt) {
            if (fromStdin) {
                try {
                    if (stdin == null) {
                        stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    }
                    String line = stdin.readLine();
                    if (line == null || line.isEmpty()) {
                        throw new CommandProblem("No passphrase on standard input");
                    }
                    return line.toCharArray();
                } catch (IOException e) {
                    throw new CommandProblem("Cannot read the passphrase from standard input: " + e.getMessage());
                }
            }
            Console console = System.console();
            if (console == null) {
                throw new UsageProblem("No terminal to ask for the passphrase on; pipe it in with --passphrase-stdin");
            }
            char[] typed = console.readPassword("%s", prompt);
            if (typed == null || typed.length == 0) {
                throw new CommandProblem("No passphrase was typed; nothing was changed");
            }
            return typed;
        }
    }

    @Command(name = "unseal", description = "Unseal the running server of a data directory (asks for the vault passphrase).")
    static final class Unseal implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Mixin
        PassphraseSource passphrase;

        @Override
        public void run() {
            ControlSocket.send(storage.dataDir, "status"); // fails fast, before prompting, if no server runs
            char[] secret = passphrase.read("Vault passphrase: ");
            try {
                answer(spec, ControlSocket.send(storage.dataDir, "unseal", new String(secret)));
            } finally {
                Arrays.fill(secret, '\0');
            }
        }
    }

    @Command(name = "seal", description = "Seal the running server now: drop the keys and end every session.")
    static final class Seal implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;

        @Override
        public void run() {
            answer(spec, ControlSocket.send(storage.dataDir, "seal"));
        }
    }

    @Command(name = "keys", description = "Vault key management.", subcommands = Rotate.class)
    static final class Keys implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: rotate");
        }
    }

    @Command(name = "rotate", description = "Re-wrap the data keys under a new passphrase (new salt). "
            + "A running server keeps working. With --passphrase-stdin: current passphrase, then the new one.")
    static final class Rotate implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Mixin
        PassphraseSource passphrase;

        @Override
        public void run() {
            char[] current = passphrase.read("Current vault passphrase: ");
            char[] next = passphrase.read("New vault passphrase (at least " + Vault.MIN_PASSPHRASE_LENGTH + " characters): ");
            char[] again = passphrase.fromStdin ? next : passphrase.read("Repeat the new passphrase: ");
            try {
                if (!Arrays.equals(next, again)) {
                    throw new CommandProblem("The two new passphrases differ; nothing was changed");
                }
                try (ConfigurableApplicationContext ctx = Contexts.startTool(storage)) {
                    ctx.getBean(Vault.class).changePassphrase(current, next, "cli");
                } catch (VaultProblem e) {
                    throw new CommandProblem(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println("Re-wrapped the data keys under the new passphrase (new salt). Sealed data was not touched;");
                out.println("a running server keeps working. Use the new passphrase from the next unseal on"
                        + (System.getenv("RIGHTSDESK_KEY_FILE") != null ? ", and update the key file." : "."));
            } finally {
                Arrays.fill(current, '\0');
                Arrays.fill(next, '\0');
            }
        }
    }

    private static void answer(CommandSpec spec, String answer) {
        if (answer.startsWith("ok ")) {
            spec.commandLine().getOut().println("Vault " + answer.substring(3) + ".");
        } else {
            throw new CommandProblem(answer.startsWith("error ") ? answer.substring(6) : answer);
        }
    }
}
