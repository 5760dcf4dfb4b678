package org.rightsdesk.accounts;

import org.springframework.stereotype.Component;

/**
 * What follows every change to an account's standing (password, role, disabling, second factor):
 * its other sessions end on every server and its API tokens are revoked, in the same transaction
 * as the change.
 */
@Component
class AccountChanges {

    private final Sessions sessions;
    private final ApiTokens tokens;

    AccountChanges(Sessions sessions, ApiTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** {@code keepSessionId}: the session that made the change (it stays), or null to end them all. */
    void changed(UserAccount account, String keepSessionId, String actor) {
        sessions.endAllFor(account.username(), keepSessionId);
        tokens.revokeAllFor(account.id(), actor);
    }
}
