package org.rightsdesk.monitor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Lower-case codes for the desk's enumerations, as stored, typed in CSV files and used in message keys. */
final class Codes {

    private Codes() {
    }

    /** Each enumeration's codes by ordinal (codes are asked for once per row and column on imports and statistics). */
    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        }
    };
    /** Each enumeration's constants by their code exactly as stored: the common case of {@link #parse}, without normalising. */
    private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> m = new HashMap<>();
            for (Object e : type.getEnumConstants()) {
                m.put(((Enum<?>) e).name().toLowerCase(Locale.ROOT), e);
            }
            return Map.copyOf(m);
        }
    };

    static String code(Enum<?> e) {
        return CODES.get(e.getDeclaringClass())[e.ordinal()];
    }

    /** Parses a code (any case, dashes or spaces for underscores); names the field when it is unknown. */
    static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
        if (code != null) {
            Object exact = BY_CODE.get(type).get(code);
            if (exact != null) {
                return type.cast(exact);
            }
        }
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(c)) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
        throw new MonitorProblem("code.unknown", field + ": '" + code + "' is not one of " + allowed, field, code, allowed);
    }

    /** Like {@link #parse} but blank means "not known". */
    static <E extends Enum<E>> E parseOptional(Class<E> type, String code, String field) {
        return code == null || code.isBlank() ? null : parse(type, code, field);
    }
}
