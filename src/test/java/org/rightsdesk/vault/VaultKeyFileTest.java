package org.rightsdesk.vault;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding 9 of issue 9: a key file others may read, or one inside the data directory, is refused (it was accepted with a warning). */
class VaultKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void aKeyFileOthersMayReadIsRefusedWithTheCommandThatFixesIt() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path key = Files.writeString(dir.resolve("key"), "a passphrase kept in a file\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> VaultKeyFile.check(key, data)).isInstanceOf(VaultProblem.class)
                .hasMessageContaining("may be read by other users").hasMessageEndingWith("chmod 600 " + key);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        assertThatCode(() -> VaultKeyFile.check(key, data)).doesNotThrowAnyException();
    }

    @Test
    void aKeyFileInsideTheDataDirectoryIsRefusedEvenWhenPrivate() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path key = Files.writeString(data.resolve("vault.key"), "a passphrase kept in a file\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> VaultKeyFile.check(key, data)).isInstanceOf(VaultProblem.class)
                .hasMessageContaining("inside the data directory");
        // Also when reached through a link from outside.
        Path link = Files.createSymbolicLink(dir.resolve("link.key"), key);
        assertThatThrownBy(() -> VaultKeyFile.check(link, data)).isInstanceOf(VaultProblem.class)
                .hasMessageContaining("inside the data directory");
    }
}
