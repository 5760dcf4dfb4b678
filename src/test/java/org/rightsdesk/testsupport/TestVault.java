package org.rightsdesk.testsupport;

import org.rightsdesk.vault.Vault;

/**
 * The vault of the shared test context: set up once with a known passphrase, and unsealed again
 * by any test that needs personal data after another test sealed it.
 */
public final class TestVault {

    public static final String PASSPHRASE = "correct horse battery staple, test only";

    private TestVault() {
    }

    public static void unsealed(Vault vault) {
        if (!vault.isSetUp()) {
            try {
                vault.setUp(PASSPHRASE.toCharArray(), "test");
                return;
            } catch (org.rightsdesk.vault.VaultProblem raced) {
                // set up meanwhile: fall through to unseal
            }
        }
        if (vault.isSealed()) {
            vault.unseal(PASSPHRASE.toCharArray(), "test");
        }
    }
}
