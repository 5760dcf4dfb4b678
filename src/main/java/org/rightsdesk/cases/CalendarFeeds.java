package org.rightsdesk.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.accounts.UserAccount;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-user iCalendar feeds of the deadline calendar, for phones and desktop calendars. The feed
 * lives at a secret, revocable URL ({@code /feeds/TOKEN.ics}): calendar apps cannot sign in, so
 * the 256-bit token is the key, and only its SHA-256 is stored. Event titles carry the case
 * reference and what is due ("C-2026-0042 · Appeal deadline"), never a name or other personal
 * data, because calendars sync to third-party clouds. The feed answers only while the vault is
 * unsealed, and only with what its owner may see today.
 */
@Service
public class CalendarFeeds {

    /** A feed as listed to its owner (never the secret). */
    public record Feed(long id, String language, Instant createdAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A new feed: the secret token is shown once. */
    public record Issued(long id, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final AccountService accounts;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Sealing sealing;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, Deadlines deadlines, AccountService accounts, AuditLog audit, MessageSource messages,
                  Sealing sealing, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
        this.sealing = sealing;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(UserAccount user, String language) {
        Access.requireDesk(user);
        String lang = "en".equals(language) ? "en" : "ru";
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO calendar_feeds (user_id, token_hash, language, created_at) VALUES (?, ?, ?, ?)")
                .params(user.id(), hash(token), lang, Timestamp.from(clock.instant())).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(user.username(), "calendar_feed.created", "calendar_feed", String.valueOf(id));
        return new Issued(id, token);
    }

    @Transactional
    public void revoke(long feedId, UserAccount user) {
        int n = jdbc.sql("UPDATE calendar_feeds SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), feedId, user.id()).update();
        if (n == 0) {
            throw CaseProblem.notFound("calendar feed");
        }
        audit.record(user.username(), "calendar_feed.revoked", "calendar_feed", String.valueOf(feedId));
    }

    public List<Feed> list(UserAccount user) {
        return jdbc.sql("SELECT id, language, created_at, revoked_at FROM calendar_feeds WHERE user_id = ? ORDER BY id DESC")
                .param(user.id())
                .query((rs, n) -> new Feed(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    /**
     * The feed for a presented token, as iCalendar text; empty when the token is unknown or revoked
     * or its owner is disabled.
     *
     * @throws org.rightsdesk.vault.VaultSealedException while the vault is sealed
     */
    public Optional<String> render(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        record Owner(long feedId, long userId, String language) {
        }
        Optional<Owner> owner = jdbc.sql("SELECT id, user_id, language FROM calendar_feeds WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash(token)).query((rs, n) -> new Owner(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserAccount> user = accounts.list().stream().filter(u -> u.id() == owner.get().userId() && u.enabled()).findFirst();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        sealing.requireUnsealed();
        LocalDate today = LocalDate.now(clock);
        List<Deadlines.Item> items = deadlines.items(user.get(), today, today.plusDays(365));
        audit.record(user.get().username(), "calendar_feed.read", "calendar_feed", String.valueOf(owner.get().feedId()));
        return Optional.of(ics(items, Locale.forLanguageTag(owner.get().language())));
    }

    /** iCalendar text for the items: all-day events, hearings at their (local, floating) time. */
    String ics(List<Deadlines.Item> items, Locale locale) {
        Calendar calendar = new Calendar().withProdId("-//Rightsdesk//Deadlines//EN").withDefaults().getFluentTarget();
        for (Deadlines.Item i : items) {
            String what = messages.getMessage("cases.due." + i.kind(), null, i.kind(), locale);
            String title = i.reference() + " · " + what;
            VEvent event = i.time() != null
                    ? new VEvent(LocalDateTime.of(i.due(), i.time()), Duration.ofHours(1), title)
                    : new VEvent(i.due(), i.due().plusDays(1), title);
            event.add(new Uid(i.uid() + "@rightsdesk"));
            if (i.inPersonBy() != null) {
                event.add(new Description(messages.getMessage("cases.feed.inPersonBy", new Object[] {i.inPersonBy().toString()},
                        locale)));
            }
            calendar.add(event);
        }
        return calendar.toString();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
