package org.rightsdesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;

/**
 * Checks, before anything is started or migrated, that the data directory is private and
 * writable and the database can be opened and is sound. Each failure is a {@link StorageProblem}
 * with one plain sentence. The checks only read: a corrupt or foreign file is reported, never
 * "repaired". The data directory is created 0700 and a new SQLite file 0600 (its WAL and shared
 * memory files take the same mode); a data directory other users may enter is refused, with the
 * command that fixes it.
 */
public final class StoragePreflight {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private StoragePreflight() {
    }

    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /**
     * Creates the data directory (0700) if it is missing, refuses one that other users may enter,
     * and proves that files can be written in it.
     */
    public static void checkDataDirectory(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StorageProblem("Data directory " + dir + " is a file, not a directory");
            }
            if (!Files.exists(dir)) {
                Files.createDirectories(dir);
                restrict(dir, "rwx------");
            }
            checkPrivate(dir);
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

    /** Refuses a directory that the group or other users may read, write or enter. */
    static void checkPrivate(Path dir) throws IOException {
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(dir);
        } catch (UnsupportedOperationException notPosix) {
            return; // Windows and other non-POSIX file systems: their own access control applies
        }
        if (perms.stream().anyMatch(OTHERS::contains)) {
            throw new StorageProblem("Data directory " + dir + " is open to other users (" + PosixFilePermissions.toString(perms)
                    + "); it holds the database and keys, so Rightsdesk will not start on it. Fix it with: chmod 700 " + dir);
        }
    }

    private static void restrict(Path path, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException notPosix) {
            // non-POSIX file systems rely on their own access control
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
            // An empty file is a fresh database to SQLite; made here it is 0600, and so are its WAL and -shm files.
            try {
                Files.createFile(file);
                restrict(file, "rw-------");
            } catch (IOException e) {
                throw new StorageProblem("Cannot create the SQLite database " + file + ": " + e.getMessage());
            }
            return; // the migrations will fill it
        }
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path f = Path.of(file + suffix);
                if (Files.exists(f) && Files.getPosixFilePermissions(f).stream().anyMatch(OTHERS::contains)) {
                    restrict(f, "rw-------"); // written by an older release with the default umask
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not ours to fix; the directory's own mode protects it
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
