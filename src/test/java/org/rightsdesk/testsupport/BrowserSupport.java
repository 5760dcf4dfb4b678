package org.rightsdesk.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts the Debian Chromium at /usr/bin/chromium under Playwright, never a downloaded browser.
 * Without Chromium the browser tests are skipped with a message, unless
 * RIGHTSDESK_REQUIRE_BROWSER=1 (as in CI), in which case they fail.
 */
public final class BrowserSupport implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("RIGHTSDESK_CHROMIUM", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Launches headless Chromium, or skips (or fails, when required) if it is not installed. */
    public static BrowserSupport launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Chromium not found at " + CHROMIUM + " (apt-get install chromium); browser tests skipped";
            if ("1".equals(System.getenv("RIGHTSDESK_REQUIRE_BROWSER"))) {
                throw new AssertionError(message.replace("skipped", "required by RIGHTSDESK_REQUIRE_BROWSER=1"));
            }
            Assumptions.abort(message);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setTimeout(60_000)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                        "--disable-extensions", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                        "--mute-audio")));
        return new BrowserSupport(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /** Where a named screenshot goes (target/screenshots/NAME.png). */
    public static Path screenshot(String name) {
        return SCREENSHOTS.resolve(name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
