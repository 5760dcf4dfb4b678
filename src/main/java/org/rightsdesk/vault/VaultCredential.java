package org.rightsdesk.vault;

import java.util.Arrays;
import java.util.List;

/**
 * What proves the right to open the key ring when it is changed (a new passphrase, new shares):
 * the current passphrase, or enough of the current key shares. {@link #wipe()} clears the
 * passphrase's characters once it has been used.
 */
public final class VaultCredential {

    private final char[] passphrase;
    private final List<String> shares;

    private VaultCredential(char[] passphrase, List<String> shares) {
        this.passphrase = passphrase;
        this.shares = shares;
    }

    public static VaultCredential passphrase(char[] passphrase) {
        return new VaultCredential(passphrase == null ? new char[0] : passphrase, null);
    }

    public static VaultCredential shares(List<String> shares) {
        return new VaultCredential(null, List.copyOf(shares));
    }

    boolean isPassphrase() {
        return passphrase != null;
    }

    char[] passphraseChars() {
        return passphrase;
    }

    List<String> shareTexts() {
        return shares;
    }

    public void wipe() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }
}
