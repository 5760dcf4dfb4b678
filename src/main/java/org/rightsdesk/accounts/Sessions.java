package org.rightsdesk.accounts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The browser sessions of every server of this database. Sessions live in the
 * {@code spring_session} tables (Spring Session JDBC writes them on each request), so ending one
 * here ends it on every server at once: the next request finds no row and is signed out. Works in
 * command-line tools too, which have no web server. A session is named to people by a short
 * digest of its id ({@link SessionInfo#handle()}), never by the id itself, which is the cookie.
 *
 * <p>No network address is stored with a session; the browser family (Firefox, Chrome …) is the
 * only detail kept, as a session attribute, so people can recognise their own sessions.
 */
@Service
public class Sessions {

    /** Session attribute holding the browser family, set at sign-in. */
    public static final String BROWSER_ATTRIBUTE = "rd.browser";

    /** A live session as shown to its owner or an admin. */
    public record SessionInfo(String handle, String username, Instant createdAt, Instant lastSeenAt, String browser,
                              boolean current) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Sessions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The user's live sessions, newest first; {@code currentSessionId} marks the one asking. */
    public List<SessionInfo> listFor(String username, String currentSessionId) {
        String name = AccountService.normaliseKey(username);
        List<Object[]> rows = jdbc.sql("SELECT primary_id, session_id, creation_time, last_access_time FROM spring_session "
                        + "WHERE principal_name = ? AND expiry_time > ? ORDER BY creation_time DESC")
                .params(name, clock.millis())
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)})
                .list();
        List<SessionInfo> out = new ArrayList<>();
        for (Object[] r : rows) {
            String sessionId = ((String) r[1]).strip();
            out.add(new SessionInfo(handle(sessionId), name, Instant.ofEpochMilli((Long) r[2]), Instant.ofEpochMilli((Long) r[3]),
                    browser(((String) r[0]).strip()), sessionId.equals(currentSessionId)));
        }
        return out;
    }

    /**
     * Ends every session of the user except {@code keepSessionId} (the one that made the change,
     * or null for none). Returns how many ended.
     */
    @Transactional
    public int endAllFor(String username, String keepSessionId) {
        String name = AccountService.normaliseKey(username);
        String keep = keepSessionId == null ? "" : keepSessionId;
        jdbc.sql("DELETE FROM spring_session_attributes WHERE session_primary_id IN "
                + "(SELECT primary_id FROM spring_session WHERE principal_name = ? AND session_id <> ?)").params(name, keep).update();
        return jdbc.sql("DELETE FROM spring_session WHERE principal_name = ? AND session_id <> ?").params(name, keep).update();
    }

    /** Ends one session of the user, named by its handle; false when there is no such session. */
    @Transactional
    public boolean endOne(String username, String handle) {
        String name = AccountService.normaliseKey(username);
        Optional<String> id = jdbc.sql("SELECT session_id FROM spring_session WHERE principal_name = ?").param(name)
                .query(String.class).list().stream().map(String::strip).filter(s -> handle(s).equals(handle)).findFirst();
        id.ifPresent(this::delete);
        return id.isPresent();
    }

    /** Ends every session of every user (the vault was sealed, or a single server starts). */
    @Transactional
    public int endAll() {
        jdbc.sql("DELETE FROM spring_session_attributes").update();
        return jdbc.sql("DELETE FROM spring_session").update();
    }

    /** Live sessions per user name, for the admins' list. */
    public Map<String, Long> countByUser() {
        Map<String, Long> out = new java.util.TreeMap<>();
        jdbc.sql("SELECT principal_name, COUNT(*) FROM spring_session WHERE principal_name IS NOT NULL AND expiry_time > ? "
                        + "GROUP BY principal_name").param(clock.millis())
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    private void delete(String sessionId) {
        jdbc.sql("DELETE FROM spring_session_attributes WHERE session_primary_id IN "
                + "(SELECT primary_id FROM spring_session WHERE session_id = ?)").param(sessionId).update();
        jdbc.sql("DELETE FROM spring_session WHERE session_id = ?").param(sessionId).update();
    }

    /** A short public name for a session: not the id (the id is the cookie and must stay secret). */
    public static String handle(String sessionId) {
        return Digests.sha256Hex("session:" + sessionId).substring(0, 12);
    }

    private String browser(String primaryId) {
        byte[] bytes = jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes WHERE session_primary_id = ? AND attribute_name = ?")
                .params(primaryId, BROWSER_ATTRIBUTE).query(byte[].class).optional().orElse(null);
        if (bytes == null) {
            return null;
        }
        // Spring Session stores attributes with Java serialisation; this one is only ever a String,
        // and the filter refuses anything else, so a tampered row cannot make us build other objects.
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(info -> info.serialClass() == null || info.serialClass() == String.class
                    ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED);
            return in.readObject() instanceof String s ? s : null;
        } catch (IOException | ClassNotFoundException e) {
            return null;
        }
    }

    /** The browser family of a User-Agent header, or "other": nothing finer is kept. */
    public static String browserFamily(String userAgent) {
        if (userAgent == null) {
            return "other";
        }
        if (userAgent.contains("Edg/")) {
            return "Edge";
        }
        if (userAgent.contains("OPR/") || userAgent.contains("Opera")) {
            return "Opera";
        }
        if (userAgent.contains("YaBrowser/")) {
            return "Yandex Browser";
        }
        if (userAgent.contains("Firefox/")) {
            return "Firefox";
        }
        if (userAgent.contains("Chrome/") || userAgent.contains("Chromium/")) {
            return "Chrome";
        }
        if (userAgent.contains("Safari/")) {
            return "Safari";
        }
        return "other";
    }
}
