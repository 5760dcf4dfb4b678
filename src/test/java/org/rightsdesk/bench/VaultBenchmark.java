package org.rightsdesk.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rightsdesk.RightsdeskApplication;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.cases.CaseDesk;
import org.rightsdesk.cases.ClientDesk;
import org.rightsdesk.cases.ClientForm;
import org.rightsdesk.vault.Vault;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures what the vault costs (run by scripts/measure-vault.sh; prints figures, asserts nothing):
 * <ol>
 *   <li>unseal: Argon2id derivation (64 MiB, 3 passes) plus unwrapping the data keys, median of N;</li>
 *   <li>a client page over real HTTP (Tomcat, Thymeleaf, SQLite, audit write), median of M requests;</li>
 *   <li>what encryption adds to that page: the number of sealed values the page opens, times the
 *       median cost of opening one such value (AES-256-GCM with associated data).</li>
 * </ol>
 */
public final class VaultBenchmark {

    public static void main(String[] args) throws Exception {
        int unseals = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dir = Files.createTempDirectory("rightsdesk-bench-");
        SpringApplication app = new SpringApplication(RightsdeskApplication.class);
        app.setDefaultProperties(Map.of("rightsdesk.data-dir", dir.toString(), "server.port", "0",
                "server.address", "127.0.0.1", "rightsdesk.secure-cookies", "false", "logging.level.org.rightsdesk", "WARN"));
        try (ConfigurableApplicationContext ctx = app.run()) {
            Vault vault = ctx.getBean(Vault.class);
            String passphrase = "benchmark passphrase, never for real data";
            vault.setUp(passphrase.toCharArray(), "bench");

            List<Double> unsealMs = new ArrayList<>();
            for (int i = 0; i < unseals; i++) {
                vault.seal("bench");
                long t = System.nanoTime();
                vault.unseal(passphrase.toCharArray(), "bench");
                unsealMs.add((System.nanoTime() - t) / 1e6);
            }

            String password = "benchmark password long";
            UserAccount lawyer = ctx.getBean(AccountService.class).createUser("bench", Role.LAWYER, password, "bench");
            ClientDesk clients = ctx.getBean(ClientDesk.class);
            CaseDesk cases = ctx.getBean(CaseDesk.class);
            long clientId = clients.create(new ClientForm("Каримов Рустам Алишерович", "1990-05-17", "UZ", "male", "FA1234567",
                    "+7 900 123-45-67", "Москва, ул. Примерная, 1", "Заметки о клиенте ".repeat(20), "30"), true, lawyer).createdId();
            clients.addFact(clientId, null, "stay", Map.of("entered", "2025-01-10", "purpose", "work"), lawyer);
            clients.addFact(clientId, null, "document", Map.of("documentKind", "patent", "number", "77 123456789",
                    "issued", "2025-02-01"), lawyer);
            for (int m = 2; m <= 9; m++) {
                clients.addFact(clientId, null, "patent_payment", Map.of("paidOn", "2025-0" + m + "-01", "months", "1"), lawyer);
            }
            long caseId = cases.create(clientId, "detention_expulsion", "", "Задержан в метро", lawyer);
            clients.addFact(clientId, caseId, "ruling", Map.of("rulingKind", "court_expulsion", "decided", "2025-10-01",
                    "served", "2025-10-02"), lawyer);
            for (int i = 0; i < 3; i++) {
                clients.recordRegistryCheck(clientId, Map.of("checkedOn", "2025-1" + i + "-01", "result", "not_listed"), lawyer);
            }

            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://127.0.0.1:" + port;
            String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=bench&password=benchmark+password+long&_csrf=" + csrf.group(1)))
                    .build(), HttpResponse.BodyHandlers.discarding());
            HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/cases/clients/" + clientId)).build();
            for (int i = 0; i < 50; i++) { // warm-up
                check(http.send(page, HttpResponse.BodyHandlers.ofString()));
            }
            List<Double> pageMs = new ArrayList<>();
            long before = vault.decryptions();
            for (int i = 0; i < pages; i++) {
                long t = System.nanoTime();
                check(http.send(page, HttpResponse.BodyHandlers.ofString()));
                pageMs.add((System.nanoTime() - t) / 1e6);
            }
            double opensPerPage = (vault.decryptions() - before) / (double) pages;

            // The cost of opening one value of the sizes this page holds (a name, a JSON fact).
            byte[] name = vault.encryptText(Vault.field("clients", "full_name", 1), "Каримов Рустам Алишерович");
            byte[] fact = vault.encryptText(Vault.field("client_facts", "details", 1),
                    "{\"documentKind\":\"patent\",\"number\":\"77 123456789\",\"issued\":\"2025-02-01\",\"validUntil\":null}");
            List<Double> openUs = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                long t = System.nanoTime();
                for (int i = 0; i < 1000; i++) {
                    vault.decrypt(Vault.field("clients", "full_name", 1), name);
                    vault.decrypt(Vault.field("client_facts", "details", 1), fact);
                }
                openUs.add((System.nanoTime() - t) / 2000.0 / 1e3);
            }
            double perOpenMs = median(openUs.subList(10, openUs.size())) / 1000.0;
            double pageMedian = median(pageMs);
            double cryptoMs = opensPerPage * perOpenMs;

            System.out.printf("unseal (Argon2id 64 MiB t=3 + unwrap), ms: %s%n", rounded(unsealMs));
            System.out.printf("median unseal: %.0f ms%n", median(unsealMs));
            System.out.printf("client page over HTTP: median %.2f ms, p90 %.2f ms (%d requests)%n", pageMedian,
                    percentile(pageMs, 0.9), pages);
            System.out.printf("sealed values opened per client page: %.0f; median cost of opening one: %.2f µs%n",
                    opensPerPage, perOpenMs * 1000);
            System.out.printf("encryption adds about %.3f ms to the client page (%.1f%% of its median)%n", cryptoMs,
                    100 * cryptoMs / pageMedian);
            System.out.printf("load average during the run: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200 || !r.body().contains("Каримов")) {
            throw new IllegalStateException("client page answered " + r.statusCode());
        }
    }

    private static double median(List<Double> xs) {
        return percentile(xs, 0.5);
    }

    private static double percentile(List<Double> xs, double p) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.floor(p * s.size())));
    }

    private static String rounded(List<Double> xs) {
        return xs.stream().map(x -> String.valueOf(Math.round(x))).toList().toString();
    }
}
