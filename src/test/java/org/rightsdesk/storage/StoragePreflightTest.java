package org.rightsdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoragePreflightTest {

    @TempDir
    Path dir;

    @Test
    void createsAMissingDataDirectory() {
        Path data = dir.resolve("a/b/data");
        StoragePreflight.checkDataDirectory(data);
        assertThat(data).isDirectory();
    }

    @Test
    void theDataDirectoryIsCreatedPrivateAndANewSqliteFileTooSoTheWalAndShmFilesFollow() throws Exception {
        Path data = dir.resolve("fresh");
        StoragePreflight.checkDataDirectory(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        Path file = data.resolve("rightsdesk.db");
        StoragePreflight.checkDatabase(DatabaseLocation.sqlite(file));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Connection c = DriverManager.getConnection(DatabaseLocation.sqlite(file).jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x TEXT)");
            s.execute("INSERT INTO t VALUES ('x')");
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = Path.of(file + suffix);
                assertThat(side).exists();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(side))).as(suffix).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aDataDirectoryOthersMayEnterIsRefusedWithTheCommandThatFixesIt() throws IOException {
        Path open = Files.createDirectory(dir.resolve("open"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThatThrownBy(() -> StoragePreflight.checkDataDirectory(open))
                .isInstanceOf(StorageProblem.class).hasMessageContaining("open to other users (rwxr-xr-x)")
                .hasMessageEndingWith("Fix it with: chmod 700 " + open);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwx------"));
        assertThatCode(() -> StoragePreflight.checkDataDirectory(open)).doesNotThrowAnyException();
    }

    @Test
    void anOlderDatabaseFileOthersCouldReadIsMadePrivate() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection(DatabaseLocation.sqlite(file).jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x TEXT)");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        StoragePreflight.checkDatabase(DatabaseLocation.sqlite(file));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aFileWhereTheDataDirectoryShouldBeIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("data"), "x");
        assertThatThrownBy(() -> StoragePreflight.checkDataDirectory(file))
                .isInstanceOf(StorageProblem.class).hasMessageContaining(file.toString()).hasMessageContaining("not a directory");
    }

    @Test
    void aReadOnlyDataDirectoryIsRefused() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere; permission test needs a normal user");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-x------"));
        assertThatThrownBy(() -> StoragePreflight.checkDataDirectory(ro))
                .isInstanceOf(StorageProblem.class).hasMessageContaining("not writable");
    }

    @Test
    void aDirectoryOnAReadOnlyFileSystemIsRefused() {
        Path proc = Path.of("/proc/rightsdesk-preflight-test");
        assertThatThrownBy(() -> StoragePreflight.checkDataDirectory(proc))
                .isInstanceOf(StorageProblem.class).hasMessageContaining(proc.toString());
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("rightsdesk.db");
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);
        byte[] before = sha(file);
        assertThatThrownBy(() -> StoragePreflight.checkDatabase(DatabaseLocation.sqlite(file)))
                .isInstanceOf(StorageProblem.class).hasMessageContaining("is not an SQLite database");
        assertThat(sha(file)).isEqualTo(before);
        assertThat(dir.resolve("rightsdesk.db-wal")).doesNotExist();
    }

    @Test
    void aTruncatedSqliteFileIsReportedCorruptAndLeftUntouched() throws Exception {
        Path file = dir.resolve("rightsdesk.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)");
            for (int i = 0; i < 200; i++) {
                s.execute("INSERT INTO t (body) VALUES ('" + "x".repeat(500) + "')");
            }
        }
        byte[] all = Files.readAllBytes(file);
        // Keep the valid header page but cut the rest short and scribble over page 2.
        byte[] damaged = java.util.Arrays.copyOf(all, all.length / 2);
        for (int i = 4096; i < 4096 + 200; i++) {
            damaged[i] = (byte) 0xEE;
        }
        Files.write(file, damaged);
        byte[] before = sha(file);
        assertThatThrownBy(() -> StoragePreflight.checkDatabase(DatabaseLocation.sqlite(file)))
                .isInstanceOf(StorageProblem.class).hasMessageContaining("corrupt");
        assertThat(sha(file)).isEqualTo(before);
    }

    @Test
    void aHealthyOrMissingSqliteFilePasses() throws Exception {
        Path file = dir.resolve("fresh.db");
        assertThatCode(() -> StoragePreflight.checkDatabase(DatabaseLocation.sqlite(file))).doesNotThrowAnyException();
        assertThat(file).as("made empty and private, for SQLite to fill").isEmptyFile();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER)");
        }
        assertThatCode(() -> StoragePreflight.checkDatabase(DatabaseLocation.sqlite(file))).doesNotThrowAnyException();
    }

    @Test
    void anUnreachablePostgresqlServerIsNamed() {
        DatabaseLocation db = DatabaseLocation.resolve("postgresql://desk:secret@127.0.0.1:1/rights", dir);
        assertThatThrownBy(() -> StoragePreflight.checkDatabase(db))
                .isInstanceOf(StorageProblem.class)
                .hasMessageStartingWith("Cannot reach PostgreSQL database rights at 127.0.0.1:1")
                .hasMessageNotContaining("secret");
    }

    private static byte[] sha(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
