package org.rightsdesk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rightsdesk.vault.Vault;
import org.rightsdesk.vault.VaultCredential;
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

    @Command(name = "unseal", description = "Unseal the running server of a data directory (asks for the vault passphrase, "
            + "or with --share for one key share: each holder runs it with their own).")
    static final class Unseal implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Mixin
        PassphraseSource passphrase;
        @Option(names = "--share", description = "Enter one key share (M of N holders each enter theirs, within 10 minutes).")
        boolean share;

        @Override
        public void run() {
            ControlSocket.send(storage.dataDir, "status"); // fails fast, before prompting, if no server runs
            char[] secret = passphrase.read(share ? "Your key share (rds1-…): " : "Vault passphrase: ");
            try {
                answer(spec, ControlSocket.send(storage.dataDir, share ? "share" : "unseal", new String(secret)));
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

    @Command(name = "keys", description = "Vault key management.", subcommands = {Rotate.class, Shares.class})
    static final class Keys implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: rotate or shares");
        }
    }

    @Command(name = "rotate", description = "Choose a new passphrase (the ring key is re-wrapped under it, new salt; from "
            + "shares mode this switches back to a passphrase). A running server keeps working. With --passphrase-stdin: the "
            + "current passphrase (or M shares), then the new one.")
    static final class Rotate implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Mixin
        PassphraseSource passphrase;

        @Option(names = "--reencrypt", description = "Instead: make a new data key and have the running server seal every "
                + "old value again under it, in the background (resumes after a crash); shows the progress. No passphrase needed.")
        boolean reencrypt;
        @Option(names = "--no-progress", description = "With --reencrypt: print one line per 10 %% instead of a progress bar.")
        boolean noProgress;

        @Override
        public void run() {
            if (reencrypt) {
                reencrypt();
                return;
            }
            try (ConfigurableApplicationContext ctx = Contexts.startTool(storage)) {
                Vault vault = ctx.getBean(Vault.class);
                VaultCredential current = currentCredential(vault, passphrase);
                char[] next = passphrase.read("New vault passphrase (at least " + Vault.MIN_PASSPHRASE_LENGTH + " characters): ");
                char[] again = passphrase.fromStdin ? next : passphrase.read("Repeat the new passphrase: ");
                try {
                    if (!Arrays.equals(next, again)) {
                        throw new CommandProblem("The two new passphrases differ; nothing was changed");
                    }
                    vault.changePassphrase(current, next, "cli");
                } finally {
                    current.wipe();
                    Arrays.fill(next, '\0');
                }
            } catch (VaultProblem e) {
                throw new CommandProblem(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Re-wrapped the vault's ring key under the new passphrase (new salt). Sealed data was not touched;");
            out.println("a running server keeps working. Use the new passphrase from the next unseal on"
                    + (System.getenv("RIGHTSDESK_KEY_FILE") != null ? ", and update the key file." : "."));
        }

        private void reencrypt() {
            reencryptWith(spec, storage, noProgress);
        }
    }

    /** Asks the running server to re-encrypt and follows its progress until it is done. */
    private static void reencryptWith(CommandSpec spec, StorageOptions storage, boolean noProgress) {
        String[] started = parse(ControlSocket.send(storage.dataDir, "reencrypt"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Re-encrypting under data key " + started[5] + " on the running server (it keeps serving; if this command "
                + "is interrupted the server goes on, and a crash resumes at the next unseal).");
        out.flush();
        long total = Long.parseLong(started[2]);
        String[] now = started;
        try (me.tongfei.progressbar.ProgressBar bar = noProgress ? null : new me.tongfei.progressbar.ProgressBarBuilder()
                .setTaskName("Re-encrypting").setInitialMax(Math.max(total, 1)).setConsumer(
                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
            long lastTenth = -1;
            while (true) {
                long done = Long.parseLong(now[3]);
                if (bar != null) {
                    bar.stepTo(Math.min(done, Math.max(total, 1)));
                } else if (total > 0 && done * 10 / total != lastTenth) {
                    lastTenth = done * 10 / total;
                    out.println("  " + Math.min(100, lastTenth * 10) + " %");
                    out.flush();
                }
                if (now[1].equals("done")) {
                    break;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                now = parse(ControlSocket.send(storage.dataDir, "reencrypt-status"));
            }
        }
        out.println("Re-encrypted " + now[3] + " value(s) under the new data key" + (now[4].equals("0") ? "."
                : "; " + now[4] + " failed their integrity check and were left as they were (see the log)."));
    }

    private static String[] parse(String answer) {
        if (!answer.startsWith("ok ")) {
            throw new CommandProblem(answer.startsWith("error ") ? answer.substring(6) : answer);
        }
        return answer.split(" ");
    }

    @Command(name = "shares", description = "Unseal with M of N key shares instead of a passphrase, or issue a new set "
            + "(earlier shares stop working). Asks for the current passphrase, or M current shares. No data is re-encrypted.")
    static final class Shares implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Mixin
        PassphraseSource passphrase;
        @Option(names = {"-m", "--threshold"}, required = true, paramLabel = "M", description = "How many shares unseal (at least 2).")
        int threshold;
        @Option(names = {"-n", "--shares"}, required = true, paramLabel = "N", description = "How many shares to issue (at most 16).")
        int count;

        @Override
        public void run() {
            List<String> shares;
            try (ConfigurableApplicationContext ctx = Contexts.startTool(storage)) {
                Vault vault = ctx.getBean(Vault.class);
                VaultCredential current = currentCredential(vault, passphrase);
                try {
                    shares = vault.issueShares(current, threshold, count, "cli");
                } finally {
                    current.wipe();
                }
            } catch (VaultProblem e) {
                throw new CommandProblem(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("The vault now unseals with any " + threshold + " of these " + count + " key shares. Give one to each holder,");
            out.println("on paper, and keep none here: they are shown only now. Earlier shares or the passphrase no longer work.");
            for (int i = 0; i < shares.size(); i++) {
                out.println("  share " + (i + 1) + ": " + shares.get(i));
            }
            out.println("To unseal, " + threshold + " holders each run ./rightsdesk unseal --share (or use the Vault page) within 10 minutes.");
        }
    }

    /** The current passphrase, or as many current shares as unseal, read one per line. */
    static VaultCredential currentCredential(Vault vault, PassphraseSource source) {
        Vault.UnsealMethod method = vault.unsealMethod().orElseThrow(() ->
                new CommandProblem("The vault has not been set up yet: choose a passphrase first"));
        if (!method.shares()) {
            return VaultCredential.passphrase(source.read("Current vault passphrase: "));
        }
        List<String> shares = new ArrayList<>();
        for (int i = 1; i <= method.threshold(); i++) {
            shares.add(new String(source.read("Current key share " + i + " of the " + method.threshold() + " needed: ")));
        }
        return VaultCredential.shares(shares);
    }

    private static void answer(CommandSpec spec, String answer) {
        if (answer.startsWith("ok ")) {
            spec.commandLine().getOut().println("Vault " + answer.substring(3) + ".");
        } else {
            throw new CommandProblem(answer.startsWith("error ") ? answer.substring(6) : answer);
        }
    }
}
