package org.rightsdesk.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of the {@code users} table. */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String passwordHash, Role role, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO users (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)")
                .params(username, passwordHash, role.code(), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT id, username, role, enabled, created_at FROM users WHERE username = ?")
                .param(username).query(UserRepository::account).optional();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT id, username, role, enabled, created_at FROM users WHERE id = ?")
                .param(id).query(UserRepository::account).optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM users WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    List<UserAccount> findAll() {
        return jdbc.sql("SELECT id, username, role, enabled, created_at FROM users ORDER BY username")
                .query(UserRepository::account).list();
    }

    int updatePasswordHash(String username, String hash) {
        return jdbc.sql("UPDATE users SET password_hash = ? WHERE username = ?").params(hash, username).update();
    }

    int updateRole(long id, Role role) {
        return jdbc.sql("UPDATE users SET role = ? WHERE id = ?").params(role.code(), id).update();
    }

    int updateEnabled(long id, boolean enabled) {
        return jdbc.sql("UPDATE users SET enabled = ? WHERE id = ?").params(enabled, id).update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    long countEnabledAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE role = 'admin' AND enabled = TRUE").query(Long.class).single();
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), Role.fromCode(rs.getString("role")),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
    }
}
