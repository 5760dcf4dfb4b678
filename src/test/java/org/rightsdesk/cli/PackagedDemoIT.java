package org.rightsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar started the way {@code ./rightsdesk demo} starts it: with the web context
 * prepared ahead of time at build time ({@code -Dspring.aot.enabled=true}). The unit and browser
 * tests build their contexts the ordinary way, so only this test shows that the generated bean
 * definitions still make a working server: the demo signs in with its printed password and serves
 * each desk, its data and the API.
 */
class PackagedDemoIT {

    private static final Pattern RUNNING = Pattern.compile("Rightsdesk demo is running: (http://localhost:\\d+/)");
    private static final Pattern PASSWORD = Pattern.compile("Password:\\s+(\\S+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static Process demo;
    private static final List<String> output = new ArrayList<>();
    private static String base;
    private static String password;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startPackagedDemo() throws Exception {
        Path jar = Path.of("target", "rightsdesk.jar");
        assumeTrue(Files.isRegularFile(jar), "target/rightsdesk.jar is not built (run mvn verify, not only mvn test)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        demo = new ProcessBuilder(java, "-Dspring.aot.enabled=true", "-Xmx512m", "-jar", jar.toString(), "demo", "--port", "0")
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.offer(line);
                }
            } catch (java.io.IOException ended) {
                // the process was stopped
            }
        }, "packaged-demo-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while ((base == null || password == null) && System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                assertThat(demo.isAlive()).as("demo exited early:%n%s", String.join("\n", output)).isTrue();
                continue;
            }
            output.add(line);
            Matcher m = RUNNING.matcher(line);
            if (m.find()) {
                base = m.group(1);
            }
            m = PASSWORD.matcher(line);
            if (m.find()) {
                password = m.group(1);
            }
        }
        assertThat(base).as("the demo never said it was running:%n%s", String.join("\n", output)).isNotNull();
    }

    @AfterAll
    static void stopDemo() throws InterruptedException {
        if (demo != null) {
            demo.destroy();
            if (!demo.waitFor(20, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
            }
        }
    }

    @Test
    void thePrintedPasswordSignsInAndEveryDeskAnswers() throws Exception {
        HttpResponse<String> login = get("login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
        String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(login))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String session = cookie(signedIn);

        for (String page : List.of("", "monitor/timeline", "monitor/statistics", "cases", "check", "account")) {
            HttpResponse<String> response = get(page, session);
            assertThat(response.statusCode()).as("GET /%s", page).isEqualTo(200);
            assertThat(response.body()).as("GET /%s is a page for the signed-in admin", page).contains("admin");
        }
        // The seeded timeline reaches back to the first measure coded from the seed articles.
        assertThat(get("monitor/timeline", session).body()).contains("2024");
    }

    @Test
    void theApiReportsTheDemoVaultUnsealed() throws Exception {
        HttpResponse<String> health = get("api/v1/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"vault\":\"unsealed\"");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie is Secure, which Java's cookie store withholds from plain http, so it is carried by hand. */
    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("RDSESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }
}
