package org.rightsdesk.monitor;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lower-case codes for the desk's enumerations, as stored, typed in CSV files and used in message keys. */
final class Codes {

    private Codes() {
    }

    static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code (any case, dashes or spaces for underscores); names the field when it is unknown. */
    static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
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
