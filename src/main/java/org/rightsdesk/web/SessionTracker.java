package org.rightsdesk.web;

import org.rightsdesk.accounts.Sessions;
import org.rightsdesk.storage.DatabaseInfo;
import org.rightsdesk.vault.VaultEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends browser sessions when the vault is sealed: every session in the shared session store, so
 * whoever holds a session cookie after sealing holds nothing, on this server and every other
 * server of the database (each of them publishes {@link VaultEvent.Sealed} when it follows the
 * seal). On SQLite, which runs one server only, a start also ends the sessions a previous run
 * left in the database, as a restart always did when sessions lived in memory.
 */
@Component
class SessionTracker {

    private static final Logger log = LoggerFactory.getLogger(SessionTracker.class);

    private final Sessions sessions;
    private final DatabaseInfo database;

    SessionTracker(Sessions sessions, DatabaseInfo database) {
        this.sessions = sessions;
        this.database = database;
    }

    @EventListener
    void onSealed(VaultEvent.Sealed sealed) {
        int ended = sessions.endAll();
        log.info("Vault sealed: ended {} session(s)", ended);
    }

    @EventListener
    void onStarted(ApplicationReadyEvent ready) {
        if (database.isSqlite() && ready.getApplicationContext() instanceof WebServerApplicationContext) {
            sessions.endAll();
        }
    }
}
