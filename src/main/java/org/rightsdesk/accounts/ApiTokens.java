package org.rightsdesk.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user (or an admin for them) creates one after typing their password
 * again, sees it once, and can revoke it. Only a SHA-256 of the token is stored; tokens carry 256
 * random bits, so a slow hash adds nothing. A token acts with its owner's role, expires after
 * {@code rightsdesk.api.token-days} (90 by default), and is revoked by every change to its owner's
 * account (password, role, disabling, second factor).
 */
@Service
public class ApiTokens {

    /** Prefix that makes tokens recognisable in configs and secret scanners. */
    public static final String PREFIX = "rd_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as listed (never the secret itself). */
    public record TokenInfo(long id, long userId, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                            Instant expiresAt, boolean expired) {
        public boolean active() {
            return revokedAt == null && !expired;
        }
    }

    /** A freshly created token: {@code secret} is shown once and then forgotten. */
    public record IssuedToken(long id, String secret) {
    }

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordCheck passwords;
    private final Duration lifetime;

    ApiTokens(JdbcClient jdbc, UserRepository users, AuditLog audit, Clock clock, PasswordCheck passwords,
              @Value("${rightsdesk.api.token-days:90}") int tokenDays) {
        if (tokenDays < 1 || tokenDays > 3650) {
            throw new IllegalArgumentException("rightsdesk.api.token-days must be 1–3650, not " + tokenDays);
        }
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.passwords = passwords;
        this.lifetime = Duration.ofDays(tokenDays);
    }

    /** How long a new token lives. */
    public Duration lifetime() {
        return lifetime;
    }

    /**
     * Creates a token for {@code userId}. {@code actorPassword} is the password of whoever asks
     * (the owner, or the admin creating it for them), checked and throttled like a sign-in.
     */
    @Transactional(noRollbackFor = AccountProblem.class)
    public IssuedToken issue(long userId, String label, UserAccount actor, String actorPassword) {
        checkMayManage(userId, actor);
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > 80) {
            throw new AccountProblem("token.label", "Token label must be 1–80 characters");
        }
        passwords.verify(actor.username(), actorPassword);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO api_tokens (user_id, label, token_hash, created_at, created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(userId, cleanLabel, hash(secret), Timestamp.from(now), actor.id(), Timestamp.from(now.plus(lifetime)))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(actor.username(), "api_token.created", "api_token", String.valueOf(id));
        return new IssuedToken(id, secret);
    }

    @Transactional
    public void revoke(long tokenId, UserAccount actor) {
        TokenInfo token = find(tokenId).orElseThrow(() -> new AccountProblem("token.unknown", "No API token with id " + tokenId));
        checkMayManage(token.userId(), actor);
        jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), tokenId).update();
        audit.record(actor.username(), "api_token.revoked", "api_token", String.valueOf(tokenId));
    }

    /** Revokes every live token of the user (their account changed); returns how many. */
    @Transactional
    public int revokeAllFor(long userId, String actor) {
        List<Long> live = jdbc.sql("SELECT id FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL").param(userId)
                .query(Long.class).list();
        jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), userId).update();
        for (long id : live) {
            audit.record(actor, "api_token.revoked", "api_token", String.valueOf(id));
        }
        return live.size();
    }

    public List<TokenInfo> listFor(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens WHERE user_id = ? ORDER BY id DESC")
                .param(userId).query((rs, n) -> info(rs)).list();
    }

    private static final String COLUMNS = "id, user_id, label, created_at, last_used_at, revoked_at, expires_at";

    private TokenInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant expires = instant(rs.getTimestamp(7));
        return new TokenInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs.getTimestamp(4)),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), expires,
                expires == null || !expires.isAfter(clock.instant()));
    }

    /** The enabled account a presented token belongs to, if the token is known, not revoked and not expired. */
    @Transactional
    public Optional<UserAccount> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        String h = hash(presented);
        Optional<Long> userId = jdbc.sql("SELECT user_id FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?")
                .params(h, Timestamp.from(clock.instant())).query(Long.class).optional();
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?").params(Timestamp.from(clock.instant()), h).update();
        return users.findById(userId.get()).filter(UserAccount::enabled);
    }

    private Optional<TokenInfo> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_tokens WHERE id = ?").param(id).query((rs, n) -> info(rs)).optional();
    }

    private static void checkMayManage(long ownerId, UserAccount actor) {
        if (actor.id() != ownerId && actor.role() != Role.ADMIN) {
            throw new AccountProblem("token.forbidden", "Only the owner or an administrator can manage this token");
        }
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    static String hash(String secret) {
        return Digests.sha256Hex(secret);
    }
}
