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
 * data, so it belongs on a separate, access-controlled volume (and never next to the database).
 */
@Component
class VaultKeyFile {

    private static final Logger log = LoggerFactory.getLogger(VaultKeyFile.class);

    private final Vault vault;
    private final String keyFile;

    VaultKeyFile(Vault vault, @Value("${rightsdesk.vault.key-file:${RIGHTSDESK_KEY_FILE:}}") String keyFile) {
        this.vault = vault;
        this.keyFile = keyFile;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        if (keyFile == null || keyFile.isBlank() || !(ready.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        Path file = Path.of(keyFile);
        char[] passphrase;
        try {
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

    /** The first line of the file, without its line end; warns when others may read the file. */
    static char[] readPassphrase(Path file) {
        try {
            warnIfShared(file);
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

    private static void warnIfShared(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("The key file {} is readable by other users; restrict it with chmod 600", file);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows and other non-POSIX file systems: nothing to check.
        }
    }
}
