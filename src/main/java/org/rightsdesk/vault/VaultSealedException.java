package org.rightsdesk.vault;

/**
 * Thrown by every path that would read or write personal data while the vault is sealed (or not
 * yet set up). Pages answer it with the "sealed" page, the API with 503.
 */
public class VaultSealedException extends RuntimeException {

    public VaultSealedException() {
        super("The vault is sealed: personal data cannot be read or changed until an administrator unseals it");
    }
}
