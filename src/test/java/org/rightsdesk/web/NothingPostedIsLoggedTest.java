package org.rightsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.ApiTokens;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.testsupport.RunningServer;
import org.rightsdesk.testsupport.TestDatabases;
import org.rightsdesk.testsupport.TestVault;
import org.rightsdesk.vault.Vault;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finding 7 of issue 9 and "limits everywhere": a marker that stands for a note or a name is
 * posted through every form and API endpoint of a real server — taken from its request mappings,
 * so new endpoints are covered without editing this test — in every parameter the handler names
 * and the usual free-text ones, as a form (valid UTF-8, with an invalid byte, as a raw 0xFF), as
 * JSON, as multipart, in the query string and in path variables, with the CSRF token in a header.
 * The marker must appear in no log line, and no answer may be a 500.
 */
@ExtendWith(OutputCaptureExtension.class)
class NothingPostedIsLoggedTest {

    static final String TOKEN = "m" + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII), 0, 6);
    static final String MARKER = "Утечка заметки " + TOKEN;
    static final Set<String> SKIPPED = Set.of("/logout", "/vault/seal");
    static final List<String> FREE_TEXT = List.of("name", "fullName", "body", "note", "notes", "summary", "title", "label",
            "details", "place", "court", "number", "passport", "phone", "address", "q", "query", "text", "username",
            "password", "current", "passphrase", "from", "to", "type", "region", "page", "kind", "status", "birthDate", "on");

    static RunningServer server;
    static RunningServer.Session session;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        var data = TestDatabases.freshDataDir();
        server = RunningServer.start(data, TestDatabases.freshDatabaseUrl(data), Map.of("rightsdesk.secure-cookies", false));
        TestVault.unsealed(server.bean(Vault.class));
        session = server.signIn("marker-admin", Role.ADMIN);
        UserAccount admin = server.bean(AccountService.class).find("marker-admin").orElseThrow();
        token = server.bean(ApiTokens.class).issue(admin.id(), "marker", admin, "a test password long enough").secret();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMarkerPostedEverywhereIsInNoLogLineAndNoAnswerIs500(CapturedOutput output) throws Exception {
        List<String> fiveHundreds = new ArrayList<>();
        int requests = 0;
        RequestMappingHandlerMapping mappings = server.context().getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            Set<String> params = paramNames(e.getValue());
            for (String pattern : e.getKey().getPatternValues()) {
                if (SKIPPED.contains(pattern)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    for (String path : List.of(fill(pattern, "999999"), fill(pattern, enc(MARKER)))) {
                        for (HttpRequest.Builder request : variants(method.name(), path, params)) {
                            HttpResponse<String> r;
                            try {
                                // API clients carry a token, never the browser's cookie.
                                r = server.send(request, path.startsWith("/api/") ? null : session.cookie());
                            } catch (java.io.IOException broken) {
                                broken(method + " " + path + ": " + broken.getMessage());
                                continue;
                            }
                            requests++;
                            if (signedOut == null) {
                                HttpResponse<String> account = server.get("/account", session);
                                if (account.statusCode() != 200) {
                                    signedOut = method + " " + path + " " + request.build().headers().map() + " then /account "
                                            + account.statusCode() + " " + account.headers().firstValue("Location").orElse("");
                                }
                            }
                            if (r.statusCode() >= 500 && r.statusCode() != 503) {
                                fiveHundreds.add(method + " " + path + " -> " + r.statusCode());
                            }
                        }
                    }
                }
            }
        }
        System.out.println("Posted the marker in " + requests + " requests");
        assertThat(requests).isGreaterThan(300);
        String logs = output.getAll();
        assertThat(logs).as("a log line carries the posted marker").doesNotContain(TOKEN);
        assertThat(signedOut).as("the sweep stayed signed in (else it tested the login page only)").isNull();
        assertThat(fiveHundreds).as("answers 500 (or more) to bad input").isEmpty();
        assertThat(brokenAnswers).as("answers cut off").isEmpty();
    }

    final List<String> brokenAnswers = new ArrayList<>();
    String signedOut;

    void broken(String what) {
        brokenAnswers.add(what);
    }

    @Test
    void everyBodyHasALimitEvenAnonymousOnesAndBadInputIsA4xx() throws Exception {
        // 5 MB of JSON to the anonymous regime API: refused before it is read (200 MB used to end in OutOfMemoryError).
        String big = "{\"citizenship\":\"UZ\",\"stays\":[" + "{\"entered\":\"2025-01-01\",\"purpose\":\"work\"},".repeat(100_000)
                + "{\"entered\":\"2025-01-01\"}]}";
        HttpResponse<String> declared = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/regime/assess"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(big)), null);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("too large");
        // The same without a length (chunked): cut off at the limit, never answered as if read.
        HttpResponse<String> chunked = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/regime/assess"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))), null);
        assertThat(chunked.statusCode()).isBetween(400, 499);
        // A form of more than 1 MB, signed in.
        HttpResponse<String> form = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/cases/clients/search"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-TOKEN", session.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("q=" + "a".repeat(1_200_000))), session.cookie());
        assertThat(form.statusCode()).isEqualTo(413);

        // Malformed multipart: 400, not 500.
        HttpResponse<String> multipart = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/cases/999/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=xyz").header("X-CSRF-TOKEN", session.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-da")), session.cookie());
        assertThat(multipart.statusCode()).isEqualTo(400);

        // Absurd paging values.
        for (String page : List.of("0", "-1", "2147483647", "99999999999", "1e9")) {
            assertThat(server.get("/monitor/incidents?page=" + page, session).statusCode()).as("page=%s", page).isEqualTo(400);
        }
        assertThat(server.get("/monitor/incidents?page=1", session).statusCode()).isEqualTo(200);

        // /error asked for directly: neither 500 nor 999.
        for (RunningServer.Session who : java.util.Arrays.asList(session, null)) {
            HttpResponse<String> error = server.get("/error", who);
            assertThat(error.statusCode()).isEqualTo(404);
        }
        assertThat(server.get("/api/v1/health", null).statusCode()).as("the server is still well").isEqualTo(200);
    }

    static Set<String> paramNames(HandlerMethod method) {
        Set<String> names = new LinkedHashSet<>(FREE_TEXT);
        for (MethodParameter p : method.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null && !rp.name().isEmpty()) {
                names.add(rp.name());
            } else if (rp != null && !rp.value().isEmpty()) {
                names.add(rp.value());
            } else if (p.getParameterName() != null) {
                names.add(p.getParameterName());
            }
        }
        return names;
    }

    /** The path with every variable filled (a number, or the marker itself). */
    static String fill(String pattern, String value) {
        return pattern.replaceAll("\\{[^}]*}", value).replace("/**", "/x");
    }

    List<HttpRequest.Builder> variants(String method, String path, Set<String> params) {
        List<HttpRequest.Builder> out = new ArrayList<>();
        StringBuilder valid = new StringBuilder();
        for (String p : params) {
            valid.append(valid.isEmpty() ? "" : "&").append(enc(p)).append('=').append(enc(MARKER));
        }
        String invalid = valid.toString().replace(enc(TOKEN), enc(TOKEN) + "%FF%C3%28");
        if (method.equals("GET") || method.equals("HEAD")) {
            out.add(request(path + "?" + valid, method, null, null));
            out.add(request(path + "?" + invalid, method, null, null));
            return out;
        }
        String form = "application/x-www-form-urlencoded";
        out.add(request(path, method, form, valid.toString().getBytes(StandardCharsets.US_ASCII)));
        out.add(request(path, method, form + "; charset=UTF-8", invalid.getBytes(StandardCharsets.US_ASCII)));
        out.add(request(path, method, form, raw(valid + "&x=", new byte[] {(byte) 0xFF, (byte) 0xFE}, MARKER)));
        out.add(request(path, method, "application/json", json(params).getBytes(StandardCharsets.UTF_8)));
        out.add(request(path, method, "application/json", raw(json(params), new byte[] {(byte) 0xC3, (byte) 0x28}, "")));
        String boundary = "b" + UUID.randomUUID();
        out.add(request(path, method, "multipart/form-data; boundary=" + boundary, multipart(boundary, params)));
        out.add(request(path, method, "multipart/form-data; boundary=" + boundary, ("--" + boundary + "\r\nContent-Dispo"
                + MARKER).getBytes(StandardCharsets.UTF_8))); // malformed multipart
        return out;
    }

    HttpRequest.Builder request(String path, String method, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("X-CSRF-TOKEN", session.csrf());
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (path.startsWith("/api/")) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    static String json(Set<String> params) {
        StringBuilder sb = new StringBuilder("{");
        for (String p : params) {
            sb.append(sb.length() > 1 ? "," : "").append('"').append(p).append("\":\"").append(MARKER).append('"');
        }
        return sb.append(",\"stays\":[{\"entered\":\"").append(MARKER).append("\"}]}").toString();
    }

    static byte[] multipart(String boundary, Set<String> params) {
        StringBuilder sb = new StringBuilder();
        for (String p : params) {
            sb.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(p).append("\"\r\n\r\n")
                    .append(MARKER).append("\r\n");
        }
        sb.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(MARKER)
                .append(".txt\"\r\nContent-Type: text/plain\r\n\r\n").append(MARKER).append("\r\n--").append(boundary).append("--\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] raw(String before, byte[] bad, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
