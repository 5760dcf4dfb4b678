package org.rightsdesk.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.cases.CaseDesk;
import org.rightsdesk.cases.ClientDesk;
import org.rightsdesk.cases.ClientForm;
import org.rightsdesk.storage.SpoolDirectory;
import org.rightsdesk.testsupport.RunningServer;
import org.rightsdesk.testsupport.TestDatabases;
import org.rightsdesk.testsupport.TestVault;
import org.rightsdesk.vault.Vault;

/**
 * Finding 4 of issue 9: Tomcat spooled every multipart upload to an {@code upload_*.tmp} file in
 * the system temporary directory as it arrived, in plaintext, and a crash left it there. Here a
 * real server receives an attachment through its real connector — slowly, so that it is caught
 * half-way, then whole — and the system temporary directory and the data directory are searched
 * for the file's text at each moment; a file a crashed run left in the spool is gone after a restart.
 */
class UploadsLeaveNothingOnDiskTest {

    private final Instant started = Instant.now().minusSeconds(2);
    private final String marker = "plaintext-marker-" + UUID.randomUUID();
    private final List<RunningServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(RunningServer::close);
    }

    @Test
    void anUploadIsNeverOnDiskInPlaintextHalfWayWholeOrAfterACrash() throws Exception {
        Path data = TestDatabases.freshDataDir();
        String db = TestDatabases.freshDatabaseUrl(data);
        RunningServer server = start(data, db);
        TestVault.unsealed(server.bean(Vault.class));
        RunningServer.Session session = server.signIn("upload-lawyer", Role.LAWYER);
        UserAccount lawyer = server.bean(AccountService.class).find("upload-lawyer").orElseThrow();
        long clientId = server.bean(ClientDesk.class).create(new ClientForm("Загрузкина Анна", "1990-01-01", "UZ", null, null,
                null, null, null, "30"), true, lawyer).createdId();
        long caseId = server.bean(CaseDesk.class).create(clientId, "other", "", null, lawyer);

        String boundary = "----rightsdesk" + UUID.randomUUID();
        byte[] body = multipart(boundary, (marker + " — содержимое документа клиента\n").repeat(6_000));
        String path = "/cases/" + caseId + "/attachments";

        // Half-way: the browser has sent 60 % of the file and is still sending.
        int port = URI.create(server.base()).getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: " + session.cookie()
                    + "\r\nX-CSRF-TOKEN: " + session.csrf() + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length * 6 / 10);
            out.flush();
            Thread.sleep(1500);
            assertNoPlaintext(data, "while the upload arrives");
        } // the connection drops: the client went away mid-upload

        // Whole: the attachment is stored (sealed), and nothing readable is left anywhere.
        HttpResponse<String> whole = server.send(HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", session.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), session.cookie());
        assertThat(whole.statusCode()).isEqualTo(302);
        assertThat(server.bean(CaseDesk.class).view(caseId, lawyer).attachments()).hasSize(1);
        assertNoPlaintext(data, "after the upload");

        // A crash mid-upload would leave at most the private spool directory; a restart empties it.
        Path spool = server.bean(SpoolDirectory.class).uploads();
        assertThat(spool).startsWith(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spool))).isEqualTo("rwx------");
        server.close();
        servers.remove(server);
        Files.writeString(spool.resolve("upload_left_by_a_crash.tmp"), marker);
        start(data, db);
        assertThat(spool.resolve("upload_left_by_a_crash.tmp")).doesNotExist();
        assertNoPlaintext(data, "after a restart");
    }

    private RunningServer start(Path data, String db) {
        RunningServer s = RunningServer.start(data, db, Map.of("rightsdesk.secure-cookies", false));
        servers.add(s);
        return s;
    }

    private byte[] multipart(String boundary, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Searches the system temporary directory (files changed since the test began) and the whole data directory. */
    private void assertNoPlaintext(Path data, String when) throws IOException {
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        for (Path root : List.of(Path.of(System.getProperty("java.io.tmpdir")), data)) {
            try (Stream<Path> walk = Files.walk(root, 12)) {
                walk.filter(p -> recentRegularFile(p, root.equals(data))).filter(p -> contains(p, needle)).forEach(found::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // a directory that vanished or is not ours to read; the rest is still searched
            }
        }
        assertThat(found).as("files holding the uploaded text in plaintext %s", when).isEmpty();
    }

    private boolean recentRegularFile(Path p, boolean everything) {
        try {
            return Files.isRegularFile(p) && Files.size(p) < 64 * 1024 * 1024
                    && (everything || Files.getLastModifiedTime(p).compareTo(FileTime.from(started)) >= 0);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean contains(Path p, byte[] needle) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
