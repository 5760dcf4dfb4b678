package org.rightsdesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.rightsdesk.storage.DatabaseLocation;

/**
 * Chooses the engine a test run uses ({@code -Drightsdesk.test.engine=sqlite|postgresql}) and
 * hands out fresh databases: a new SQLite file, or a new PostgreSQL schema in the database named
 * by {@code RIGHTSDESK_TEST_PG_URL}, dropped when the JVM exits. Runs never see each other's data.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("rightsdesk.test.engine", "sqlite").toLowerCase(Locale.ROOT));
    }

    /** The configured PostgreSQL server URL, or a clear failure when the run asks for PostgreSQL without one. */
    public static String postgresqlServerUrl() {
        String url = System.getenv("RIGHTSDESK_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("rightsdesk.test.engine=postgresql but RIGHTSDESK_TEST_PG_URL is not set");
        }
        return url;
    }

    /** A fresh database URL (as given to --db) for the engine of this run, inside {@code dataDir} for SQLite. */
    public static String freshDatabaseUrl(Path dataDir) {
        if (!postgresql()) {
            return "sqlite:" + dataDir.resolve("test.db");
        }
        String server = postgresqlServerUrl();
        String schema = "rd_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        DatabaseLocation location = DatabaseLocation.resolve(server, dataDir);
        execute(location, "CREATE SCHEMA " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(location, "DROP SCHEMA IF EXISTS " + schema + " CASCADE")));
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A new temporary data directory. */
    public static Path freshDataDir() {
        try {
            return Files.createTempDirectory("rightsdesk-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(DatabaseLocation location, String sql) {
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.username(), location.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + location + ": " + e.getMessage(), e);
        }
    }
}
