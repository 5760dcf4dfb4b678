package org.rightsdesk.regime;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence of an assessment in Russian and English. The engine only records which sentence
 * and with which values (dates, numbers, rule numbers); the words are rendered from the
 * module's bundles ({@code i18n/regime*.properties}) the first time someone reads them. That
 * keeps {@link RegimeEngine#assess} fast and the wording in one reviewable place.
 *
 * <p>Values may be dates (written as "9 April 2025 (Wednesday)"), numbers, plain strings,
 * enum constants (written through their own bundle entry) or other texts.
 */
public final class Text {

    private static final Object[] NO_ARGS = {};

    private final String key;
    private final Object[] args;
    private String en;
    private String ru;

    private Text(String key, Object[] args, String en, String ru) {
        this.key = key;
        this.args = args;
        this.en = en;
        this.ru = ru;
    }

    /** A sentence from the regime bundles, e.g. {@code Text.of("regime.t.payBy", date)}. */
    public static Text of(String key, Object... args) {
        // Most sentences have no values: share one empty array, so the caller's need not be kept.
        return new Text(Objects.requireNonNull(key), args.length == 0 ? NO_ARGS : args, null, null);
    }

    /** A text given in both languages as is (e.g. a rule title from the catalogue). */
    public static Text literal(String en, String ru) {
        return new Text(null, NO_ARGS, Objects.requireNonNull(en), Objects.requireNonNull(ru));
    }

    /** The bundle key, or null for a literal text. Stable: callers may use it to recognise a sentence. */
    public String key() {
        return key;
    }

    public String en() {
        String s = en;
        if (s == null) {
            s = Wording.ENGLISH.render(key, args);
            en = s;
        }
        return s;
    }

    public String ru() {
        String s = ru;
        if (s == null) {
            s = Wording.RUSSIAN.render(key, args);
            ru = s;
        }
        return s;
    }

    /** Russian for a Russian locale, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? ru() : en();
    }

    /** A date as the assessment writes it: "9 April 2025 (Wednesday)" or "9 апреля 2025 (среда)". */
    public static String date(java.time.LocalDate day, Locale locale) {
        return Wording.of(locale).date(day);
    }

    /** The bundle's name of an enum constant of this module (e.g. an obligation kind), in the language. */
    public static String label(Enum<?> value, Locale locale) {
        return Wording.of(locale).label(value);
    }

    Object[] args() {
        return args;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Text t)) {
            return false;
        }
        if (key == null || t.key == null) {
            return key == null && t.key == null && en.equals(t.en) && ru.equals(t.ru);
        }
        return key.equals(t.key) && Arrays.equals(args, t.args);
    }

    @Override
    public int hashCode() {
        return key == null ? en.hashCode() : 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return en();
    }
}
