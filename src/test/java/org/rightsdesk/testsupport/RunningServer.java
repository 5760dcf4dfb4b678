package org.rightsdesk.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rightsdesk.RightsdeskApplication;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Rightsdesk server (Tomcat on a random port) on a given data directory and database, as
 * {@code serve} runs it, with a small HTTP client that signs in through the login form and
 * carries the session cookie by hand (it is Secure, which Java's cookie store withholds from
 * plain http). Several may run on one database, as several servers would.
 */
public final class RunningServer implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final ConfigurableApplicationContext context;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private RunningServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static RunningServer start(Path dataDir, String dbUrl, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put("rightsdesk.data-dir", dataDir.toString());
        props.put("rightsdesk.db-url", dbUrl);
        props.put("server.port", 0);
        props.put("server.address", "127.0.0.1");
        props.putAll(extra);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RightsdeskApplication.class)
                .web(WebApplicationType.SERVLET).properties(props).registerShutdownHook(false).run();
        return new RunningServer(context);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String base() {
        return base;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** Creates a user on this server's database and signs in as them; returns the session cookie. */
    public Session signIn(String username, Role role) throws Exception {
        String password = "a test password long enough"; // the policy refuses one that contains the user name
        bean(AccountService.class).createUser(username, role, password, "test");
        return signIn(username, password);
    }

    public Session signIn(String username, String password) throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET(), null);
        Matcher csrf = CSRF.matcher(login.body());
        if (!csrf.find()) {
            throw new AssertionError("the login form carries no CSRF token");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), cookie(login));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("sign-in failed: " + signedIn.statusCode() + " " + location);
        }
        Session session = new Session(cookie(signedIn), null);
        return session.withCsrf(csrfOf(get("/account", session).body()));
    }

    /** A signed-in browser: its session cookie and a CSRF token for its forms. */
    public record Session(String cookie, String csrf) {
        Session withCsrf(String token) {
            return new Session(cookie, token);
        }
    }

    public HttpResponse<String> get(String path, Session session) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), session == null ? null : session.cookie());
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String cookie) throws Exception {
        request.timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpClient http() {
        return http;
    }

    static String csrfOf(String page) {
        Matcher csrf = CSRF.matcher(page);
        return csrf.find() ? csrf.group(1) : null;
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("RDSESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        context.close();
    }
}
