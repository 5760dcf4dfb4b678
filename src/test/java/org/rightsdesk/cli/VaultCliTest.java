package org.rightsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsdesk.testsupport.TestDatabases;
import org.rightsdesk.vault.Vault;
import org.rightsdesk.vault.VaultStatus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code rightsdesk unseal}, {@code seal} and {@code keys rotate} against a running server on the
 * same data directory, through the control socket, as an operator would use them.
 */
@Tag("db")
class VaultCliTest {

    @TempDir
    Path dir;

    @Test
    void theCommandLineSealsAndUnsealsTheRunningServerAndRotatesWithoutDowntime() throws Exception {
        StorageOptions storage = new StorageOptions();
        storage.dataDir = dir.resolve("data");
        storage.dbUrl = TestDatabases.freshDatabaseUrl(dir);
        String data = storage.dataDir.toString();

        CliTest.Result noServer = CliTest.run("seal", "--data", data, "--db", storage.dbUrl);
        assertThat(noServer.code()).isEqualTo(1);
        assertThat(noServer.err()).contains("No running Rightsdesk server found");

        try (ConfigurableApplicationContext server = Contexts.startServer(storage, "127.0.0.1", 0, Map.of(), false);
             ControlSocket control = ControlSocket.start(storage.dataDir, server.getBean(Vault.class),
                     server.getBean(org.rightsdesk.vault.Reencryption.class))) {
            Path socket = ControlSocket.path(storage.dataDir);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent()))).isEqualTo("rwx------");
            Vault vault = server.getBean(Vault.class);
            vault.setUp("first passphrase for the cli test".toCharArray(), "test");
            byte[] sealed = vault.encryptText(Vault.field("t", "c", 1), "kept across rotation");

            CliTest.Result seal = CliTest.run("seal", "--data", data);
            assertThat(seal.err()).isEmpty();
            assertThat(seal.out()).contains("Vault sealed");
            assertThat(vault.status()).isEqualTo(VaultStatus.SEALED);

            CliTest.Result wrong = CliTest.runWithStdin("not the right passphrase\n", "unseal", "--passphrase-stdin", "--data", data);
            assertThat(wrong.code()).isEqualTo(1);
            assertThat(wrong.err()).contains("Wrong passphrase");
            assertThat(vault.status()).isEqualTo(VaultStatus.SEALED);

            CliTest.Result unseal = CliTest.runWithStdin("first passphrase for the cli test\n", "unseal", "--passphrase-stdin", "--data", data);
            assertThat(unseal.err()).isEmpty();
            assertThat(unseal.out()).containsPattern("Vault unsealed in \\d+ ms");
            assertThat(vault.status()).isEqualTo(VaultStatus.UNSEALED);

            // Rotation while the server runs: it keeps serving with the same data keys.
            CliTest.Result rotate = CliTest.runWithStdin("first passphrase for the cli test\nsecond passphrase after rotation\n",
                    "keys", "rotate", "--passphrase-stdin", "--data", data, "--db", storage.dbUrl);
            assertThat(rotate.err()).isEmpty();
            assertThat(rotate.code()).isZero();
            assertThat(vault.decryptText(Vault.field("t", "c", 1), sealed)).isEqualTo("kept across rotation");

            CliTest.run("seal", "--data", data);
            assertThat(CliTest.runWithStdin("first passphrase for the cli test\n", "unseal", "--passphrase-stdin", "--data", data).code())
                    .isEqualTo(1);
            assertThat(CliTest.runWithStdin("second passphrase after rotation\n", "unseal", "--passphrase-stdin", "--data", data).code())
                    .isZero();
            assertThat(vault.decryptText(Vault.field("t", "c", 1), sealed)).isEqualTo("kept across rotation");

            CliTest.Result badRotate = CliTest.runWithStdin("wrong current passphrase\nthird passphrase, never set\n",
                    "keys", "rotate", "--passphrase-stdin", "--data", data, "--db", storage.dbUrl);
            assertThat(badRotate.code()).isEqualTo(1);
            assertThat(badRotate.err().strip()).isEqualTo("rightsdesk: Wrong passphrase; nothing was changed");

            // M of N key shares: issued from the passphrase, entered one holder at a time through the socket.
            CliTest.Result issued = CliTest.runWithStdin("second passphrase after rotation\n", "keys", "shares", "-m", "2", "-n", "3",
                    "--passphrase-stdin", "--data", data, "--db", storage.dbUrl);
            assertThat(issued.err()).isEmpty();
            java.util.List<String> shares = java.util.regex.Pattern.compile("rds1-[0-9a-f-]+").matcher(issued.out()).results()
                    .map(java.util.regex.MatchResult::group).toList();
            assertThat(shares).hasSize(3);
            CliTest.run("seal", "--data", data);
            CliTest.Result one = CliTest.runWithStdin(shares.get(2) + "\n", "unseal", "--share", "--passphrase-stdin", "--data", data);
            assertThat(one.out()).contains("share accepted: 1 of 2 entered, 1 more needed");
            assertThat(vault.status()).isEqualTo(VaultStatus.SEALED);
            CliTest.Result passphraseNow = CliTest.runWithStdin("second passphrase after rotation\n", "unseal", "--passphrase-stdin",
                    "--data", data);
            assertThat(passphraseNow.err()).contains("unsealed with key shares, not a passphrase");
            CliTest.Result two = CliTest.runWithStdin(shares.get(0) + "\n", "unseal", "--share", "--passphrase-stdin", "--data", data);
            assertThat(two.out()).containsPattern("Vault unsealed in \\d+ ms");
            assertThat(vault.decryptText(Vault.field("t", "c", 1), sealed)).isEqualTo("kept across rotation");

            // A new data key, and the stored values sealed again under it by the server, with progress.
            var admin = server.getBean(org.rightsdesk.accounts.AccountService.class)
                    .createUser("reenc-admin", org.rightsdesk.accounts.Role.ADMIN, "a test password long enough", "test");
            long client = server.getBean(org.rightsdesk.cases.ClientDesk.class).create(new org.rightsdesk.cases.ClientForm(
                    "Клиент Ротации", "1970-07-07", "KG", null, "AB123", null, null, null, "30"), true, admin).createdId();
            CliTest.Result reencrypt = CliTest.run("keys", "rotate", "--reencrypt", "--no-progress", "--data", data);
            assertThat(reencrypt.err()).isEmpty();
            assertThat(reencrypt.code()).isZero();
            assertThat(reencrypt.out()).contains("100 %").containsPattern("Re-encrypted [1-9]\\d* value\\(s\\) under the new data key\\.");
            assertThat(server.getBean(org.rightsdesk.cases.ClientDesk.class).view(client, admin).fullName()).isEqualTo("Клиент Ротации");
        }
        assertThat(ControlSocket.path(storage.dataDir)).doesNotExist();
    }
}
