package org.rightsdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

import org.rightsdesk.vault.Vault;
import org.rightsdesk.vault.VaultProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@code rightsdesk unseal} and {@code rightsdesk seal} reach the running server: a Unix
 * domain socket at {@code DATA/run/control.sock}, in a directory only the server's user may enter
 * (0700) and itself 0600. No network port is opened, so only someone who can already act as the
 * server's user on the server machine can use it; the passphrase never crosses a network or a
 * URL. Each connection carries one command: {@code status}, {@code seal}, {@code unseal}
 * followed by the passphrase on the next line, {@code share} followed by one key share, or
 * {@code reencrypt} / {@code reencrypt-status} (a new data key, old values sealed again); the
 * answer is one line, {@code ok …} or {@code error …}. Unsealing through the socket is throttled
 * like the web form.
 */
final class ControlSocket implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ControlSocket.class);
    private static final int MAX_LINE = 4096;

    private final Path path;
    private final ServerSocketChannel server;
    private final Vault vault;
    private final org.rightsdesk.vault.Reencryption reencryption;
    private final Thread loop;

    private ControlSocket(Path path, ServerSocketChannel server, Vault vault, org.rightsdesk.vault.Reencryption reencryption) {
        this.path = path;
        this.server = server;
        this.vault = vault;
        this.reencryption = reencryption;
        this.loop = new Thread(this::serve, "rightsdesk-control");
        this.loop.setDaemon(true);
    }

    static Path path(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("run").resolve("control.sock");
    }

    /** Opens the socket; fails if another server already answers on this data directory. */
    static ControlSocket start(Path dataDir, Vault vault) {
        return start(dataDir, vault, null);
    }

    static ControlSocket start(Path dataDir, Vault vault, org.rightsdesk.vault.Reencryption reencryption) {
        Path socket = path(dataDir);
        try {
            Path dir = socket.getParent();
            Files.createDirectories(dir);
            restrict(dir, "rwx------");
            if (Files.exists(socket)) {
                if (answers(socket)) {
                    throw new CommandProblem("Another Rightsdesk server is already running on the data directory "
                            + dataDir.toAbsolutePath().normalize());
                }
                Files.delete(socket); // left behind by a server that did not stop cleanly
            }
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(socket));
            restrict(socket, "rw-------");
            ControlSocket control = new ControlSocket(socket, channel, vault, reencryption);
            control.loop.start();
            return control;
        } catch (IOException | UnsupportedOperationException e) {
            throw new CommandProblem("Cannot open the control socket " + socket + ": " + e.getMessage(), e);
        }
    }

    /** Sends one command (and its extra lines) to the server of this data directory; returns its answer. */
    static String send(Path dataDir, String... lines) {
        Path socket = path(dataDir);
        if (!Files.exists(socket)) {
            throw new CommandProblem("No running Rightsdesk server found for the data directory "
                    + dataDir.toAbsolutePath().normalize() + " (no control socket at " + socket + ")");
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            OutputStream out = Channels.newOutputStream(channel);
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            String answer = in.readLine();
            return answer == null ? "error the server closed the connection without answering" : answer;
        } catch (IOException e) {
            throw new CommandProblem("Cannot reach the Rightsdesk server through " + socket + ": " + e.getMessage(), e);
        }
    }

    private static boolean answers(Path socket) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return channel.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    private static void restrict(Path path, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException notPosix) {
            // non-POSIX file systems rely on the directory's own access control
        }
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                handle(client);
            } catch (IOException e) {
                if (server.isOpen()) {
                    log.warn("Control socket: {}", e.getMessage());
                }
            } catch (RuntimeException e) {
                log.warn("Control socket command failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    private void handle(SocketChannel client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8), MAX_LINE);
        OutputStream out = Channels.newOutputStream(client);
        String command = readLine(in);
        String answer = switch (command == null ? "" : command.strip()) {
            case "status" -> "ok " + vault.status().code();
            case "seal" -> {
                vault.seal("cli");
                yield "ok sealed; every session was ended";
            }
            case "unseal" -> unseal(readLine(in));
            case "share" -> share(readLine(in));
            case "reencrypt" -> reencrypt(true);
            case "reencrypt-status" -> reencrypt(false);
            default -> "error unknown command";
        };
        out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String unseal(String passphrase) {
        if (passphrase == null) {
            return "error no passphrase was sent";
        }
        char[] chars = passphrase.toCharArray();
        try {
            vault.unseal(chars, "cli");
            return "ok unsealed" + vault.lastUnsealDuration().map(d -> " in " + d.toMillis() + " ms").orElse("");
        } catch (VaultProblem e) {
            return "error " + e.getMessage();
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** Starts (or reports) the re-encryption: {@code ok running|done TOTAL DONE FAILED KEYID}. */
    private String reencrypt(boolean start) {
        if (reencryption == null) {
            return "error this server does not re-encrypt";
        }
        try {
            var p = start ? reencryption.start("cli") : reencryption.current().orElse(null);
            if (p == null) {
                return "error no re-encryption has been started";
            }
            return "ok " + (p.finished() ? "done" : "running") + " " + p.total() + " " + p.done() + " " + p.failed() + " " + p.keyId();
        } catch (org.rightsdesk.vault.VaultSealedException e) {
            return "error the vault is sealed: unseal it first (the data keys are needed to re-encrypt)";
        }
    }

    private String share(String text) {
        if (text == null) {
            return "error no share was sent";
        }
        try {
            org.rightsdesk.vault.ShareProgress p = vault.enterShare(text, "cli");
            if (p.unsealed()) {
                return "ok unsealed" + vault.lastUnsealDuration().map(d -> " in " + d.toMillis() + " ms").orElse("");
            }
            return "ok share accepted: " + p.entered() + " of " + p.needed() + " entered, " + p.missing()
                    + " more needed; the entered shares are forgotten at " + java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
                    .withZone(java.time.ZoneOffset.UTC).format(p.expiresAt());
        } catch (VaultProblem e) {
            return "error " + e.getMessage();
        }
    }

    private static String readLine(BufferedReader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (sb.length() >= MAX_LINE) {
                return null;
            }
            sb.append((char) c);
        }
        return c < 0 && sb.isEmpty() ? null : sb.toString().replace("\r", "");
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not remove the control socket {}", path);
        }
    }
}
