package org.rightsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsdesk.testsupport.TestDatabases;

/**
 * The command line as a user meets it: exit codes, one-line errors, and that a failed command
 * changes nothing. Data commands run on the engine of this test run.
 */
@Tag("db")
class CliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result runWithStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void unknownFlagsAndCommandsGetOneLineAndExitCode2() {
        Result flag = run("serve", "--frobnicate");
        assertThat(flag.code()).isEqualTo(2);
        assertThat(flag.err().strip()).isEqualTo("rightsdesk: Unknown option: '--frobnicate' (see 'rightsdesk serve --help')");
        Result cmd = run("frobnicate");
        assertThat(cmd.code()).isEqualTo(2);
        assertThat(cmd.err().strip()).isEqualTo("rightsdesk: Unknown command 'frobnicate' (see 'rightsdesk --help')");
        Result missing = run("users", "add", "x");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--role");
    }

    @Test
    void versionNeedsNothingElse() {
        Result r = run("version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Rightsdesk ");
    }

    @Test
    void usersAreAddedListedAndTheirPasswordReset() {
        String data = dir.resolve("data").toString();
        String db = TestDatabases.freshDatabaseUrl(dir);
        Result add = runWithStdin("a long enough password\n", "users", "add", "Marta", "--role", "lawyer",
                "--password-stdin", "--data", data, "--db", db);
        assertThat(add.err()).isEmpty();
        assertThat(add.code()).isZero();
        assertThat(add.out()).contains("Created user marta (lawyer)").doesNotContain("a long enough password");

        Result dup = runWithStdin("another long password\n", "users", "add", "marta", "--role", "admin",
                "--password-stdin", "--data", data, "--db", db);
        assertThat(dup.code()).isEqualTo(1);
        assertThat(dup.err().strip()).isEqualTo("rightsdesk: A user named 'marta' already exists");

        Result generated = run("users", "reset-password", "marta", "--data", data, "--db", db);
        assertThat(generated.code()).isZero();
        assertThat(generated.out()).containsPattern("Password \\(shown once\\): [a-zA-Z2-9]{20}");

        Result list = run("users", "list", "--data", data, "--db", db);
        assertThat(list.out()).containsPattern("marta\\s+lawyer\\s+active\\s+no");

        // The password policy holds on the command line too: a common password (with digits added) is refused.
        Result common = runWithStdin("password1234\n", "users", "add", "pavel", "--role", "lawyer",
                "--password-stdin", "--data", data, "--db", db);
        assertThat(common.code()).isEqualTo(1);
        assertThat(common.err()).contains("most common");
        Result commonReset = runWithStdin("qwerty123456\n", "users", "reset-password", "marta", "--password-stdin",
                "--data", data, "--db", db);
        assertThat(commonReset.code()).isEqualTo(1);
        assertThat(commonReset.err()).contains("most common");
    }

    @Test
    void aBadRoleFailsBeforeAnythingIsTouched() {
        Path data = dir.resolve("untouched");
        Result r = run("users", "add", "x1", "--role", "superuser", "--data", data.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("rightsdesk: Unknown role 'superuser': expected admin, lawyer, monitor or viewer");
        assertThat(data).doesNotExist();
    }

    @Test
    void aCorruptSqliteFileIsNamedAndNotModified() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"),
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        Path db = data.resolve("rightsdesk.db");
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        Files.write(db, junk);
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(db));
        Result r = run("db", "migrate", "--data", data.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("rightsdesk: File " + db).contains("is not an SQLite database")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(db))).isEqualTo(before);
    }

    @Test
    void anUnreachablePostgresqlIsOneLine() {
        Result r = run("db", "migrate", "--data", dir.toString(), "--db", "postgresql://desk:pw@127.0.0.1:1/rights");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("rightsdesk: Cannot reach PostgreSQL database rights at 127.0.0.1:1")
                .doesNotContain("\n").doesNotContain(":pw@");
    }

    @Test
    void aPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = taken.getLocalPort();
            Result r = run("serve", "--port", String.valueOf(port), "--data", dir.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).contains("Port " + port).contains("already in use").doesNotContain("\n");
        }
    }

    @Test
    void migrateReportsTheSchemaVersion() {
        Result r = run("db", "migrate", "--data", dir.toString(), "--db", TestDatabases.freshDatabaseUrl(dir));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("is at schema version \\d+");
    }
}
