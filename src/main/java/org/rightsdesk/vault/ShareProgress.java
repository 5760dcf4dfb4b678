package org.rightsdesk.vault;

import java.time.Instant;

/**
 * Where the entry of key shares stands on this server: how many of the needed shares have been
 * entered, and when those entered are forgotten if the rest do not follow. The shares themselves
 * are held only in this server's memory, never written anywhere.
 */
public record ShareProgress(int entered, int needed, Instant expiresAt, boolean unsealed) {

    public int missing() {
        return Math.max(0, needed - entered);
    }
}
