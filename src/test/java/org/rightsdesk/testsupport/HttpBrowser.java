package org.rightsdesk.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for tests against a real server on a random port: it keeps its
 * cookies by hand (Java's cookie store withholds Secure cookies from plain http), follows no
 * redirects (tests look at them), and fills in the CSRF token of the page a form is on.
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public HttpBrowser(int port) {
        this("http://localhost:" + port);
    }

    public HttpBrowser(String base) {
        this.base = base;
    }

    /** A header sent with every request from now on (e.g. a spoofed X-Forwarded-For). */
    public HttpBrowser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    /** The whole Set-Cookie header of the last response that set this cookie. */
    public final Map<String, String> setCookieHeaders = new LinkedHashMap<>();

    /** Copies this browser's cookies into another (the same person going through another server). */
    public HttpBrowser withCookiesOf(HttpBrowser other) {
        cookies.putAll(other.cookies);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private String lastPage = "";

    /** Posts a form, with the CSRF token read from {@code formPage} first. */
    public HttpResponse<String> post(String path, String formPage, Map<String, String> form) {
        get(formPage);
        return submit(path, form);
    }

    /** Posts a form found on the page fetched last (for pages that change at every visit). */
    public HttpResponse<String> submit(String path, Map<String, String> form) {
        Matcher m = CSRF.matcher(lastPage);
        Map<String, String> all = new LinkedHashMap<>(form);
        if (m.find()) {
            all.put("_csrf", m.group(1).replace("&#45;", "-"));
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the form; true when the server sent us on to the home page. */
    public boolean signIn(String username, String password) {
        HttpResponse<String> r = post("/login", "/login", Map.of("username", username, "password", password));
        return r.statusCode() == 302 && location(r).endsWith("/");
    }

    public static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    /** True when a page that needs a session is shown (false: sent to sign in). */
    public boolean signedIn() {
        HttpResponse<String> r = get("/account");
        return r.statusCode() == 200;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            lastPage = r.body();
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                setCookieHeaders.put(name, set);
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static List<String> tokensIn(String html) {
        return Pattern.compile("rd_[A-Za-z0-9_-]{43}").matcher(html).results().map(MatchResult -> MatchResult.group()).toList();
    }
}
