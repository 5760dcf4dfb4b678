package org.rightsdesk.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.testsupport.DatabaseTest;
import org.rightsdesk.testsupport.MutableClock;
import org.rightsdesk.testsupport.TestVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * M of N key shares (Shamir's secret sharing over the master key): switching from the passphrase,
 * entering shares one at a time, mistakes caught share by share, re-issuing, switching back — all
 * without re-encrypting a single value — and shares forgotten when they expire, never logged.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class VaultSharesTest {

    @Autowired
    Vault vault;
    @Autowired
    Keyring keyring;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void backToThePassphrase() {
        keyring.clearFailures();
        if (keyring.load().map(r -> r.mode() == Keyring.Mode.SHARES).orElse(false)) {
            throw new AssertionError("a test left the shared vault in shares mode");
        }
        TestVault.unsealed(vault);
    }

    @Test
    void anyThreeOfFiveSharesUnsealAndNothingIsReEncrypted(CapturedOutput output) {
        TestVault.unsealed(vault);
        String field = Vault.field("case_notes", "body", 4242);
        byte[] sealed = vault.encryptText(field, "written under the passphrase");
        List<Keyring.WrappedKey> dataKeys = keyring.keys();

        List<String> shares = vault.issueShares(VaultCredential.passphrase(TestVault.PASSPHRASE.toCharArray()), 3, 5, "test");
        assertThat(shares).hasSize(5).allMatch(s -> s.startsWith("rds1-")).doesNotHaveDuplicates();
        assertThat(keyring.keys()).as("data keys untouched: no value is re-encrypted").usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(dataKeys);
        vault.seal("test");
        assertThatThrownBy(() -> vault.unseal(TestVault.PASSPHRASE.toCharArray(), "test"))
                .isInstanceOf(VaultProblem.class).extracting("code").isEqualTo("uses_shares");

        ShareProgress first = vault.enterShare(shares.get(4), "holder-5");
        assertThat(first.entered()).isEqualTo(1);
        assertThat(first.missing()).isEqualTo(2);
        assertThat(first.unsealed()).isFalse();
        assertThatThrownBy(() -> vault.enterShare(shares.get(4), "holder-5"))
                .isInstanceOf(VaultProblem.class).extracting("code").isEqualTo("share_repeated");
        String typo = shares.get(1).substring(0, 22) + (shares.get(1).charAt(22) == 'a' ? 'b' : 'a') + shares.get(1).substring(23);
        assertThatThrownBy(() -> vault.enterShare(typo, "holder-2"))
                .isInstanceOf(VaultProblem.class).extracting("code").isEqualTo("share_mistyped");
        assertThatThrownBy(() -> vault.enterShare("my passphrase", "holder-2"))
                .isInstanceOf(VaultProblem.class).extracting("code").isEqualTo("share_malformed");
        assertThat(vault.enterShare(shares.get(1), "holder-2").entered()).isEqualTo(2);
        assertThat(vault.isSealed()).isTrue();
        assertThat(vault.enterShare(shares.get(2), "holder-3").unsealed()).isTrue();
        assertThat(vault.decryptText(field, sealed)).isEqualTo("written under the passphrase");
        assertThat(audit.latest(20)).anyMatch(e -> e.action().equals("vault.share_entered") && e.actor().equals("holder-3"));

        // Re-issuing: a new set (2 of 3); the old shares are recognised and refused.
        List<String> again = vault.issueShares(VaultCredential.shares(List.of(shares.get(0), shares.get(3), shares.get(1))), 2, 3, "test");
        vault.seal("test");
        assertThatThrownBy(() -> vault.enterShare(shares.get(0), "holder-1"))
                .isInstanceOf(VaultProblem.class).extracting("code").isEqualTo("share_other_set");
        vault.enterShare(again.get(2), "a");
        assertThat(vault.enterShare(again.get(0), "b").unsealed()).isTrue();

        // Back to a passphrase, with two current shares as proof.
        vault.changePassphrase(VaultCredential.shares(List.of(again.get(1), again.get(2))), TestVault.PASSPHRASE.toCharArray(), "test");
        vault.seal("test");
        vault.unseal(TestVault.PASSPHRASE.toCharArray(), "test");
        assertThat(vault.decryptText(field, sealed)).isEqualTo("written under the passphrase");
        assertThat(keyring.keys()).usingRecursiveFieldByFieldElementComparator().isEqualTo(dataKeys);

        String logs = output.getAll();
        for (String share : concat(shares, again)) {
            assertThat(logs).doesNotContain(share.substring(20, 40));
        }
    }

    @Test
    void sharesThatDoNotFitAreCountedAsAFailureAndForgotten() {
        TestVault.unsealed(vault);
        List<String> shares = vault.issueShares(VaultCredential.passphrase(TestVault.PASSPHRASE.toCharArray()), 2, 3, "test");
        vault.seal("test");
        // A share of the right set with its value altered (and its checksum made to fit): the pair does not open the ring.
        KeyShares.Share real = KeyShares.parse(shares.get(0));
        byte[] value = real.value().clone();
        value[0] ^= 1;
        String forged = KeyShares.format(new KeyShares.Share(real.set(), real.threshold(), real.index(), value));
        vault.enterShare(forged, "x");
        assertThatThrownBy(() -> vault.enterShare(shares.get(1), "y"))
                .isInstanceOf(VaultProblem.class).extracting("code").isEqualTo("shares_wrong");
        assertThat(keyring.load().orElseThrow().failedUnseals()).isEqualTo(1);
        assertThat(vault.pendingShares()).as("all forgotten").isEmpty();
        vault.enterShare(shares.get(2), "y");
        assertThat(vault.enterShare(shares.get(1), "z").unsealed()).isTrue();
        vault.changePassphrase(VaultCredential.shares(List.of(shares.get(0), shares.get(1))), TestVault.PASSPHRASE.toCharArray(), "t");
    }

    @Test
    void enteredSharesAreForgottenWhenTheyExpire() {
        TestVault.unsealed(vault);
        List<String> shares = vault.issueShares(VaultCredential.passphrase(TestVault.PASSPHRASE.toCharArray()), 2, 2, "test");
        try {
            MutableClock clock = new MutableClock(Instant.now());
            Vault other = new Vault(keyring, audit, events, clock, transactions, false, Duration.ofMinutes(10));
            ShareProgress p = other.enterShare(shares.get(0), "early");
            assertThat(p.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
            clock.advance(Duration.ofMinutes(11));
            other.followSharedState();
            assertThat(other.pendingShares()).isEmpty();
            assertThat(other.enterShare(shares.get(1), "late").unsealed()).as("one share alone does not unseal").isFalse();
        } finally {
            vault.changePassphrase(VaultCredential.shares(shares), TestVault.PASSPHRASE.toCharArray(), "test");
        }
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void holdersEnterTheirSharesOnTheVaultPageWithoutJavaScript() throws Exception {
        TestVault.unsealed(vault);
        List<String> shares = vault.issueShares(VaultCredential.passphrase(TestVault.PASSPHRASE.toCharArray()), 2, 3, "test");
        try {
            vault.seal("test");
            var lawyer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("holder").roles("LAWYER");
            var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/vault").with(lawyer)
                            .header("Accept-Language", "en"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                            org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Enter your key share"),
                                    org.hamcrest.Matchers.containsString("2 of the 3 holders"))));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/vault/share").with(lawyer).with(csrf)
                            .param("share", shares.get(1)).header("Accept-Language", "en"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("done",
                            "Share accepted: 1 of 2 entered, 1 more needed."));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/vault").with(lawyer)
                            .header("Accept-Language", "en"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                            org.hamcrest.Matchers.containsString("1 of 2 shares entered so far")));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/vault/share").with(lawyer).with(csrf)
                            .param("share", "rds1-000000-2-1-00").header("Accept-Language", "en"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem",
                            org.hamcrest.Matchers.containsString("not a key share")));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/vault/share").with(lawyer).with(csrf)
                    .param("share", shares.get(0)));
            assertThat(vault.isSealed()).isFalse();
        } finally {
            TestVault.unsealed(vault);
            if (keyring.load().orElseThrow().mode() == Keyring.Mode.SHARES) {
                vault.changePassphrase(VaultCredential.shares(shares), TestVault.PASSPHRASE.toCharArray(), "test");
            }
        }
    }

    @Test
    void theCountsMustMakeSense() {
        TestVault.unsealed(vault);
        for (int[] bad : new int[][] {{1, 3}, {4, 3}, {2, 17}}) {
            assertThatThrownBy(() -> vault.issueShares(VaultCredential.passphrase(TestVault.PASSPHRASE.toCharArray()), bad[0], bad[1], "t"))
                    .isInstanceOf(VaultProblem.class).extracting("code").isEqualTo("share_counts");
        }
    }

    @Test
    void sharesSplitAndJoinForEveryChoiceOfHolders() {
        byte[] secret = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        List<String> shares = KeyShares.split(secret, "abcdef", 3, 5);
        for (int a = 0; a < 5; a++) {
            for (int b = a + 1; b < 5; b++) {
                for (int c = b + 1; c < 5; c++) {
                    List<KeyShares.Share> three = List.of(KeyShares.parse(shares.get(a)), KeyShares.parse(shares.get(b)),
                            KeyShares.parse(shares.get(c)));
                    assertThat(KeyShares.join(three)).isEqualTo(secret);
                }
                // Two are not enough: they give some other value.
                KeyShares.Share x = KeyShares.parse(shares.get(a));
                KeyShares.Share y = KeyShares.parse(shares.get(b));
                assertThat(KeyShares.join(List.of(new KeyShares.Share(x.set(), 2, x.index(), x.value()),
                        new KeyShares.Share(y.set(), 2, y.index(), y.value())))).isNotEqualTo(secret);
            }
        }
        // Case, spaces and line breaks as a person might copy them do not matter.
        String typed = shares.get(0).toUpperCase().replace("-", " - ").replaceFirst(" - ", "\n-");
        assertThat(KeyShares.parse(typed.replace(" ", "")).value()).isEqualTo(KeyShares.parse(shares.get(0)).value());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
