package org.rightsdesk.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user (or an admin for them) creates one, sees it once, and can revoke
 * it. Only a SHA-256 of the token is stored; tokens carry 256 random bits, so a slow hash adds
 * nothing. A token acts with its owner's role, and stops working when the owner is disabled.
 */
@Service
public class ApiTokens {

    /** Prefix that makes tokens recognisable in configs and secret scanners. */
    public static final String PREFIX = "rd_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as listed (never the secret itself). */
    public record TokenInfo(long id, long userId, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A freshly created token: {@code secret} is shown once and then forgotten. */
    public record IssuedToken(long id, String secret) {
    }

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserRepository users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(long userId, String label, UserAccount actor) {
        checkMayManage(userId, actor);
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > 80) {
            throw new AccountProblem("token.label", "Token label must be 1–80 characters");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_tokens (user_id, label, token_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(userId, cleanLabel, hash(secret), Timestamp.from(clock.instant()), actor.id())
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

    public List<TokenInfo> listFor(long userId) {
        return jdbc.sql("SELECT id, user_id, label, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = ? ORDER BY id DESC")
                .param(userId).query((rs, n) -> new TokenInfo(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .list();
    }

    /** The enabled account a presented token belongs to, if the token is known and not revoked. */
    @Transactional
    public Optional<UserAccount> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        String h = hash(presented);
        Optional<Long> userId = jdbc.sql("SELECT user_id FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL")
                .param(h).query(Long.class).optional();
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?").params(Timestamp.from(clock.instant()), h).update();
        return users.findById(userId.get()).filter(UserAccount::enabled);
    }

    private Optional<TokenInfo> find(long id) {
        return jdbc.sql("SELECT id, user_id, label, created_at, last_used_at, revoked_at FROM api_tokens WHERE id = ?")
                .param(id).query((rs, n) -> new TokenInfo(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .optional();
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
