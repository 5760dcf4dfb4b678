package org.rightsdesk.vault;

/**
 * Where the vault stands. {@code NOT_SET_UP}: no passphrase has been chosen yet (a fresh
 * instance); {@code SEALED}: keys are stored wrapped, nothing personal can be read or written;
 * {@code UNSEALED}: the data keys are in memory and the case desk works.
 */
public enum VaultStatus {
    NOT_SET_UP, SEALED, UNSEALED;

    /** Lower-case code for health reports and the API. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
