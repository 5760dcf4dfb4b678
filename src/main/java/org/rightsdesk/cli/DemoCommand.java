package org.rightsdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.storage.DemoSeed;
import org.rightsdesk.vault.Vault;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rightsdesk demo}: the first thing a newcomer runs. A fresh SQLite database in a
 * temporary directory, demo records, an administrator with a random password printed once,
 * and the URL. Everything is deleted when the demo stops.
 */
@Command(name = "demo", description = "Try Rightsdesk: a temporary instance with demo data on http://localhost:8080.")
class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        warmUpPasswordHashing();
        Path dir = Files.createTempDirectory("rightsdesk-demo-");
        StorageOptions storage = new StorageOptions();
        storage.dataDir = dir;
        ConfigurableApplicationContext context;
        try {
            context = Contexts.startServer(storage, "127.0.0.1", port, Map.of("rightsdesk.demo", true), false);
        } catch (RuntimeException e) {
            deleteTree(dir);
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            deleteTree(dir);
        }, "rightsdesk-demo-cleanup"));
        // The demo's vault key is a throwaway: made for this run, gone with the temporary directory.
        String passphrase = AccountService.generatePassword();
        String password = AccountService.generatePassword();
        // The administrator's password hash (Argon2id) runs on the second core while the demo data loads.
        CompletableFuture<?> admin = CompletableFuture.runAsync(
                () -> context.getBean(AccountService.class).createUser("admin", Role.ADMIN, password, "demo"));
        context.getBean(Vault.class).setUp(passphrase.toCharArray(), "demo");
        loadDemoData(context);
        admin.join();
        int actual = Contexts.port(context);
        out.println();
        out.println("Rightsdesk demo is running: http://localhost:" + actual + "/");
        out.println("  Sign in as:  admin");
        out.println("  Password:    " + password + "   (shown once)");
        out.println("  Vault:       unsealed with a throwaway demo key, derived with a weak setting so the demo starts");
        out.println("               fast (" + context.getBean(Vault.class).kdfSetting() + "); to try sealing and unsealing, the");
        out.println("               passphrase is " + passphrase + "  (never use a printed passphrase for real data)");
        out.println("  Demo data lives in " + dir + " and is deleted when you stop the demo.");
        out.println("Press Ctrl+C to stop.");
        out.flush();
        return Launcher.KEEP_RUNNING;
    }

    /**
     * The first Argon2id hash in a fresh JVM costs ~0.4 s of class loading and compilation; doing
     * one on the side while Spring starts makes the admin's hash after start-up cheap.
     */
    private static void warmUpPasswordHashing() {
        Thread warm = new Thread(() -> Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("warm-up"),
                "rightsdesk-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    static void loadDemoData(ConfigurableApplicationContext context) {
        context.getBeansOfType(DemoSeed.class).values().stream()
                .sorted(Comparator.comparingInt(DemoSeed::order))
                .forEach(DemoSeed::load);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("rightsdesk: could not delete demo directory " + dir);
        }
    }
}
