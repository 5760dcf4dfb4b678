package org.rightsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Static checks of the web shell's promises: Russian and English bundles say the same things,
 * every message a template names exists, and no template carries inline script or style
 * (the Content-Security-Policy would block it, and pages must work without JavaScript).
 */
class TemplatesAndMessagesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    /** The bundles named by spring.messages.basename (each module keeps its own pair). */
    static List<String> basenames() throws IOException {
        Properties app = load("/application.properties");
        return List.of(app.getProperty("spring.messages.basename").split("\\s*,\\s*"));
    }

    @Test
    void russianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String base : basenames()) {
            Set<String> en = keys("/" + base + ".properties");
            Set<String> ru = keys("/" + base + "_ru.properties");
            assertThat(ru).as("keys missing in Russian " + base).containsAll(en);
            assertThat(en).as("keys missing in English " + base).containsAll(ru);
            assertThat(en).as(base).isNotEmpty();
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (String base : basenames()) {
            for (String k : keys("/" + base + ".properties")) {
                if (!seen.add(k)) {
                    twice.add(base + ": " + k);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void russianMessagesAreActuallyRussian() throws IOException {
        for (String base : basenames()) {
            Properties ru = load("/" + base + "_ru.properties");
            long cyrillic = ru.stringPropertyNames().stream().filter(k -> ru.getProperty(k).matches("(?s).*[а-яА-ЯёЁ].*")).count();
            // Brand names, codes and the like may stay Latin; nearly everything else must be translated.
            assertThat(cyrillic).as(base).isGreaterThanOrEqualTo(ru.size() * 9 / 10 - 3);
        }
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Set<String> en = new TreeSet<>();
        for (String base : basenames()) {
            en.addAll(keys("/" + base + ".properties"));
        }
        List<String> missing = new ArrayList<>();
        for (Path t : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(t));
            while (m.find()) {
                if (!en.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(t) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoInlineScriptOrStyle() throws IOException {
        List<String> offenders = new ArrayList<>();
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern styleTag = Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE);
        Pattern styleAttr = Pattern.compile("\\s(th:)?style=", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE);
        for (Path t : templates()) {
            String html = Files.readString(t);
            for (Pattern p : List.of(inlineScript, styleTag, styleAttr, handler)) {
                if (p.matcher(html).find()) {
                    offenders.add(TEMPLATES.relativize(t) + " (" + p.pattern() + ")");
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyFormInputHasALabel() throws IOException {
        Pattern input = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>");
        Pattern thInput = Pattern.compile("<(input|select|textarea)\\b(?![^>]*type=\"hidden\")(?![^>]*\\bid=)(?![^>]*th:id=)[^>]*>");
        List<String> unlabelled = new ArrayList<>();
        for (Path t : templates()) {
            String html = Files.readString(t);
            Matcher m = input.matcher(html);
            while (m.find()) {
                if (!html.contains("for=\"" + m.group(2) + "\"")) {
                    unlabelled.add(TEMPLATES.relativize(t) + ": #" + m.group(2));
                }
            }
            Matcher n = thInput.matcher(html);
            while (n.find()) {
                unlabelled.add(TEMPLATES.relativize(t) + ": " + n.group());
            }
        }
        assertThat(unlabelled).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            return s.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TemplatesAndMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
