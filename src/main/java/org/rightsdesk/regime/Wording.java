package org.rightsdesk.regime;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * Renders {@link Text} in one language from the regime bundles. Dates are written in full with
 * the weekday ("9 April 2025 (Wednesday)", "9 апреля 2025 (среда)"): people check weekdays
 * against their own calendar, and a deadline on a Saturday needs to look like one.
 */
final class Wording {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Wording ENGLISH = new Wording(Locale.ENGLISH, "/i18n/regime.properties");
    static final Wording RUSSIAN = new Wording(RU, "/i18n/regime_ru.properties");

    private final Locale locale;
    private final Properties messages;
    private final DateTimeFormatter dates;
    /** Parsed patterns, cloned per use (a MessageFormat is not thread-safe; parsing is the costly part). */
    private final java.util.concurrent.ConcurrentHashMap<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    private Wording(Locale locale, String resource) {
        this.locale = locale;
        this.messages = load(resource);
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy (EEEE)", locale);
    }

    static Wording of(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? RUSSIAN : ENGLISH;
    }

    String render(String key, Object[] args) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("No regime message " + key + " for " + locale);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = show(args[i]);
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        return ((MessageFormat) format.clone()).format(shown);
    }

    String date(LocalDate day) {
        return dates.format(day);
    }

    private Object show(Object arg) {
        if (arg instanceof LocalDate d) {
            return date(d);
        }
        if (arg instanceof Text t) {
            return t.in(locale);
        }
        if (arg instanceof Enum<?> e) {
            return label(e);
        }
        if (arg instanceof Number n) {
            return String.valueOf(n); // no digit grouping: "2025", not "2,025"
        }
        return arg == null ? "" : arg.toString();
    }

    /** The bundle's name for an enum constant, e.g. {@code regime.enum.DocumentKind.PATENT}. */
    String label(Enum<?> e) {
        String key = "regime.enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
        return messages.getProperty(key, e.name());
    }

    boolean has(String key) {
        return messages.containsKey(key);
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Wording.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
