package org.rightsdesk.vault;

import java.time.Instant;

/**
 * Published when the vault is sealed or unsealed. The web shell listens to {@link Sealed} to end
 * every session at once; other modules may drop caches of decrypted data.
 */
public sealed interface VaultEvent {

    String actor();

    Instant at();

    /** The keys have just been dropped from memory. */
    record Sealed(String actor, Instant at) implements VaultEvent {
    }

    /** The data keys have just been unwrapped. */
    record Unsealed(String actor, Instant at) implements VaultEvent {
    }
}
