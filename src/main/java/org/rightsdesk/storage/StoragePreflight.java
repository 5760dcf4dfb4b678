package org.rightsdesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

/**
 * Checks, before anything is started or migrated, that the data directory is writable and the
 * database can be opened and is sound. Each failure is a {@link StorageProblem} with one plain
 * sentence. The checks only read: a corrupt or foreign file is reported, never "repaired".
 */
public final class StoragePreflight {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private StoragePreflight() {
    }

    /** Creates the data directory if it is missing and proves that files can be written in it. */
    public static void checkDataDirectory(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StorageProblem("Data directory " + dir + " is a file, not a directory");
            }
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (AccessDeniedException e) {
            throw new StorageProblem("Data directory " + dir + " is not writable (permission denied)");
        } catch (FileSystemException e) {
            throw new StorageProblem("Data directory " + dir + " cannot be used: "
                    + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
        } catch (IOException e) {
            throw new StorageProblem("Data directory " + dir + " cannot be used: " + e.getMessage());
        }
    }

    /** Proves the database can be opened (and, for an existing SQLite file, that it is intact). */
    public static void checkDatabase(DatabaseLocation location) {
        switch (location.engine()) {
            case SQLITE -> checkSqlite(location.sqliteFile());
            case POSTGRESQL -> checkPostgresql(location);
        }
    }

    private static void checkSqlite(Path file) {
        if (!Files.exists(file)) {
            Path parent = file.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StorageProblem("Directory for the SQLite database " + parent + " does not exist");
            }
            return; // a new database will be created by the migrations
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new StorageProblem("SQLite database " + file + " is not a readable file");
        }
        try {
            if (Files.size(file) == 0) {
                return; // an empty file is a fresh database as far as SQLite is concerned
            }
        } catch (IOException e) {
            throw new StorageProblem("SQLite database " + file + " cannot be read: " + e.getMessage());
        }
        if (!hasSqliteHeader(file)) {
            throw new StorageProblem("File " + file + " is not an SQLite database (wrong header: corrupt, or another kind of file); it was left untouched");
        }
        if (!Files.isWritable(file)) {
            throw new StorageProblem("SQLite database " + file + " is not writable (permission denied)");
        }
        String verdict = quickCheck(file);
        if (!"ok".equals(verdict)) {
            throw new StorageProblem("SQLite database " + file + " is corrupt (integrity check: " + verdict + "); it was left untouched");
        }
    }

    private static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_MAGIC.length);
            return Arrays.equals(header, SQLITE_MAGIC);
        } catch (IOException e) {
            throw new StorageProblem("SQLite database " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static String quickCheck(Path file) {
        Properties props = new Properties();
        props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: the check must never write
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, props);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        } catch (SQLException e) {
            return firstLine(e.getMessage());
        }
    }

    private static void checkPostgresql(DatabaseLocation location) {
        Properties props = new Properties();
        if (location.username() != null) {
            props.setProperty("user", location.username());
        }
        if (location.password() != null) {
            props.setProperty("password", location.password());
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), props)) {
            if (!c.isValid(5)) {
                throw new StorageProblem("Cannot use " + location + ": the connection is not valid");
            }
        } catch (SQLException e) {
            throw new StorageProblem("Cannot reach " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
