package org.rightsdesk.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Automated deployments: when {@code RIGHTSDESK_KEY_FILE} (or {@code rightsdesk.vault.key-file})
 * names a file, the server reads the passphrase from its first line at start and unseals itself,
 * setting the vault up with it on the very first start. Whoever can read that file can read the
 * data, so it must be private to the server's user (no group or other access) and outside the
 * data directory (a copy of the data directory must not carry its own key); otherwise it is
 * refused and the server stays sealed. The vault must be unsealed with a passphrase to use a key
 * file: in shares mode there is no passphrase to put in one.
 */
@Component
public class VaultKeyFile {

    private static final Logger log = LoggerFactory.getLogger(VaultKeyFile.class);

    private final Vault vault;
    private final String keyFile;
    private final Path dataDir;

    VaultKeyFile(Vault vault, @Value("${rightsdesk.vault.key-file:${RIGHTSDESK_KEY_FILE:}}") String keyFile,
                 org.rightsdesk.storage.StorageSettings storage) {
        this.vault = vault;
        this.keyFile = keyFile;
        this.dataDir = storage.dataDir();
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        if (keyFile == null || keyFile.isBlank() || !(ready.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        Path file = Path.of(keyFile);
        char[] passphrase;
        try {
            check(file, dataDir);
            passphrase = readPassphrase(file);
        } catch (VaultProblem e) {
            log.error("Vault stays sealed: {}", e.getMessage());
            return;
        }
        try {
            if (vault.isSetUp()) {
                vault.unseal(passphrase, "key-file");
            } else {
                vault.setUp(passphrase, "key-file");
            }
        } catch (VaultProblem e) {
            log.error("Vault stays sealed: the key file {} was refused ({})", file, e.getMessage());
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * Refuses a key file that others may read or that lies inside the data directory, with the
     * sentence that says how to fix it.
     *
     * @throws VaultProblem {@code key_file}
     */
    public static void check(Path file, Path dataDir) {
        try {
            Path real = file.toRealPath();
            Path data = dataDir.toAbsolutePath().normalize();
            Path realData = Files.exists(data) ? data.toRealPath() : data;
            if (real.startsWith(realData)) {
                throw new VaultProblem("key_file", "The key file " + file + " is inside the data directory " + dataDir
                        + ": whoever copies the data would get its key too. Move it elsewhere (a separate, access-controlled "
                        + "volume)");
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(real);
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"))) {
                throw new VaultProblem("key_file", "The key file " + file + " may be read by other users ("
                        + java.nio.file.attribute.PosixFilePermissions.toString(perms) + "); fix it with: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows and other non-POSIX file systems: their own access control applies.
        } catch (IOException e) {
            throw new VaultProblem("key_file", "Cannot read the key file " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /** The first line of the file, without its line end. */
    static char[] readPassphrase(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String line = (nl < 0 ? text : text.substring(0, nl)).replace("\r", "");
            if (line.isEmpty()) {
                throw new VaultProblem("key_file", "The key file " + file + " is empty");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new VaultProblem("key_file", "Cannot read the key file " + file + ": " + e.getClass().getSimpleName());
        }
    }
}
