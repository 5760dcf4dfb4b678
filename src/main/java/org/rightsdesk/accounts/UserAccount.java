package org.rightsdesk.accounts;

import java.time.Instant;

/** A staff account (never a client: clients live sealed in the case desk). */
public record UserAccount(long id, String username, Role role, boolean enabled, Instant createdAt) {
}
