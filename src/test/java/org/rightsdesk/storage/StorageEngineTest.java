package org.rightsdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.DatabaseTest;
import org.rightsdesk.testsupport.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class StorageEngineTest {

    @Autowired
    DatabaseInfo database;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRunUsesTheEngineItAskedFor() {
        assertThat(database.engine()).isEqualTo(TestDatabases.postgresql()
                ? DatabaseLocation.Engine.POSTGRESQL : DatabaseLocation.Engine.SQLITE);
    }

    @Test
    void everyPooledSqliteConnectionHasWalForeignKeysAndABusyTimeout() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(database.isSqlite(), "SQLite pragmas only apply to SQLite");
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Connection c = dataSource.getConnection();
                held.add(c);
                assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
                assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
                assertThat(pragma(c, "busy_timeout")).isEqualTo("5000");
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    @Test
    void constraintViolationsAreTranslatedAlikeOnBothEngines() {
        jdbc.sql("INSERT INTO users (username, password_hash, role, enabled, created_at) VALUES ('engine-dup', 'x', 'viewer', TRUE, ?)")
                .param(new java.sql.Timestamp(0)).update();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO users (username, password_hash, role, enabled, created_at) VALUES ('engine-dup', 'y', 'viewer', TRUE, ?)")
                .param(new java.sql.Timestamp(0)).update())
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO users (username, password_hash, role, enabled, created_at) VALUES ('engine-role', 'y', 'emperor', TRUE, ?)")
                .param(new java.sql.Timestamp(0)).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO api_tokens (user_id, label, token_hash, created_at) VALUES (-42, 'x', 'h-engine', ?)")
                .param(new java.sql.Timestamp(0)).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static String pragma(Connection c, String name) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
