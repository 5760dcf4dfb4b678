package org.rightsdesk.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.testsupport.DatabaseTest;
import org.rightsdesk.testsupport.TestVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sealing, unsealing, throttling, tampering and re-wrapping, against the real key ring. */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class VaultTest {

    @Autowired
    Vault vault;
    @Autowired
    BlindIndex index;
    @Autowired
    Keyring keyring;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void leaveUnsealed() {
        keyring.clearFailures();
        TestVault.unsealed(vault);
    }

    @Test
    void sealedMeansNothingCanBeReadOrWrittenUntilUnsealed() {
        TestVault.unsealed(vault);
        String field = Vault.field("clients", "full_name", 901);
        byte[] sealed = vault.encryptText(field, "Каримов Рустам");
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("Каримов");
        vault.seal("test");
        assertThat(vault.status()).isEqualTo(VaultStatus.SEALED);
        assertThatThrownBy(() -> vault.decryptText(field, sealed)).isInstanceOf(VaultSealedException.class);
        assertThatThrownBy(() -> vault.encryptText(field, "x")).isInstanceOf(VaultSealedException.class);
        assertThatThrownBy(() -> index.name("Каримов")).isInstanceOf(VaultSealedException.class);

        vault.unseal(TestVault.PASSPHRASE.toCharArray(), "test");
        assertThat(vault.decryptText(field, sealed)).isEqualTo("Каримов Рустам");
        assertThat(vault.lastUnsealDuration()).isPresent();
    }

    @Test
    void aWrongPassphraseIsCountedAndRepeatedOnesMustWait() {
        vault.seal("test");
        assertThatThrownBy(() -> vault.unseal("not the passphrase at all".toCharArray(), "test"))
                .isInstanceOf(VaultProblem.class).extracting("code").isEqualTo("wrong_passphrase");
        assertThat(keyring.load().orElseThrow().failedUnseals()).isEqualTo(1);
        assertThat(vault.status()).isEqualTo(VaultStatus.SEALED);
        assertThat(audit.latest(5)).anyMatch(e -> e.action().equals("vault.unseal_failed"));

        // After many failures even the right passphrase is refused until the wait is over.
        keyring.recordFailure(9, Instant.now().plus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> vault.unseal(TestVault.PASSPHRASE.toCharArray(), "test"))
                .isInstanceOf(VaultProblem.class).extracting("code").isEqualTo("throttled");
        assertThat(vault.unsealBlockedUntil()).isPresent();
        assertThat(vault.status()).isEqualTo(VaultStatus.SEALED);
    }

    @Test
    void theWaitGrowsWithEachFailure() {
        assertThat(Vault.delayAfter(1)).isZero();
        assertThat(Vault.delayAfter(2)).isZero();
        assertThat(Vault.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Vault.delayAfter(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(Vault.delayAfter(40)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aTamperedOrMovedCiphertextRefusesToOpenAndRaisesAnAlarmWithoutThePlaintext(CapturedOutput output) {
        TestVault.unsealed(vault);
        String field = Vault.field("clients", "phone", 77);
        byte[] sealed = vault.encryptText(field, "+7 999 123-45-67 secret phone");
        byte[] flipped = sealed.clone();
        flipped[flipped.length - 3] ^= 1;
        assertThatThrownBy(() -> vault.decryptText(field, flipped)).isInstanceOf(TamperedRecordException.class)
                .hasMessageContaining("clients.phone:77").hasMessageNotContaining("999");
        // The same bytes moved to another record do not open either.
        assertThatThrownBy(() -> vault.decryptText(Vault.field("clients", "phone", 78), sealed))
                .isInstanceOf(TamperedRecordException.class);
        assertThatThrownBy(() -> vault.decryptText(field, new byte[] {1, 2, 3}))
                .isInstanceOf(TamperedRecordException.class);
        assertThat(output.getAll()).contains("INTEGRITY ALARM: clients.phone:77").doesNotContain("secret phone");
        assertThat(audit.latest(10)).anyMatch(e -> e.action().equals("vault.integrity_alarm")
                && "clients.phone".equals(e.recordType()) && "77".equals(e.recordId()));
        assertThat(vault.decryptText(field, sealed)).isEqualTo("+7 999 123-45-67 secret phone");
    }

    @Test
    void rotatingRewrapsTheKeysSoOldDataStillOpensWithTheNewPassphrase() {
        TestVault.unsealed(vault);
        String field = Vault.field("case_notes", "body", 5);
        byte[] sealed = vault.encryptText(field, "note written before rotation");
        byte[] wrappedBefore = keyring.keys().get(0).wrapped();
        byte[] ringBefore = keyring.load().orElseThrow().ringKey();
        String newPassphrase = "a brand new passphrase for rotation";

        vault.changePassphrase(TestVault.PASSPHRASE.toCharArray(), newPassphrase.toCharArray(), "test");
        // No downtime: the running vault keeps working with the same data keys.
        assertThat(vault.decryptText(field, sealed)).isEqualTo("note written before rotation");
        // Only the ring key is re-wrapped; the data keys (and so every sealed value) are untouched.
        assertThat(keyring.load().orElseThrow().ringKey()).isNotEqualTo(ringBefore);
        assertThat(keyring.keys().get(0).wrapped()).isEqualTo(wrappedBefore);

        vault.seal("test");
        assertThatThrownBy(() -> vault.unseal(TestVault.PASSPHRASE.toCharArray(), "test")).isInstanceOf(VaultProblem.class);
        vault.unseal(newPassphrase.toCharArray(), "test");
        assertThat(vault.decryptText(field, sealed)).isEqualTo("note written before rotation");

        assertThatThrownBy(() -> vault.changePassphrase("wrong wrong wrong wrong".toCharArray(),
                TestVault.PASSPHRASE.toCharArray(), "test")).isInstanceOf(VaultProblem.class);
        vault.changePassphrase(newPassphrase.toCharArray(), TestVault.PASSPHRASE.toCharArray(), "test");
    }

    @Test
    void aShortPassphraseIsRefusedAndTheVaultCannotBeSetUpTwice() {
        TestVault.unsealed(vault);
        assertThatThrownBy(() -> vault.changePassphrase(TestVault.PASSPHRASE.toCharArray(), "short".toCharArray(), "t"))
                .isInstanceOf(VaultProblem.class).extracting("code").isEqualTo("passphrase_short");
        assertThatThrownBy(() -> vault.setUp("another long passphrase here".toCharArray(), "t"))
                .isInstanceOf(VaultProblem.class).extracting("code").isEqualTo("already_set_up");
    }

    @Test
    void blindIndexesMatchTransliteratedNamesAndDifferFromTheValue() {
        TestVault.unsealed(vault);
        assertThat(index.name("Ходжаев Шохрух")).isEqualTo(index.name("SHOKHRUKH KHODZHAEV"))
                .isNotEqualTo(index.name("Ходжаев Фаррух")).hasSize(64);
        assertThat(index.document("АВ 123 45 67")).isEqualTo(index.document("ab1234567"));
        assertThat(index.nameWords("Ходжаев Шохрух")).contains(index.nameWords("Xo'jayev").iterator().next());
    }

    @Test
    void theKeyFileIsReadFromItsFirstLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key");
        Files.writeString(file, "a passphrase kept in a file\nignored\n");
        assertThat(new String(VaultKeyFile.readPassphrase(file))).isEqualTo("a passphrase kept in a file");
        Files.writeString(file, "");
        assertThatThrownBy(() -> VaultKeyFile.readPassphrase(file)).isInstanceOf(VaultProblem.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> VaultKeyFile.readPassphrase(dir.resolve("missing"))).isInstanceOf(VaultProblem.class);
    }
}
