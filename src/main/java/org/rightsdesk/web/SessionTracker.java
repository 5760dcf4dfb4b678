package org.rightsdesk.web;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.rightsdesk.vault.VaultEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps track of the live browser sessions (Tomcat keeps them in memory) so that "Seal now" can
 * end every one of them at once: whoever holds a session cookie after sealing holds nothing.
 */
@Component
class SessionTracker implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionTracker.class);

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    @EventListener
    void onSealed(VaultEvent.Sealed sealed) {
        List<HttpSession> all = List.copyOf(sessions);
        int ended = 0;
        for (HttpSession s : all) {
            try {
                s.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
            sessions.remove(s);
        }
        log.info("Vault sealed: ended {} session(s)", ended);
    }

    int live() {
        return sessions.size();
    }
}
