package org.rightsdesk.accounts;

import java.util.Locale;

/**
 * What a user may do. Admins manage users and see everything; lawyers work their own cases;
 * monitors code and publish incidents; viewers read without seeing any personal data.
 */
public enum Role {
    ADMIN, LAWYER, MONITOR, VIEWER;

    /** Lower-case name as stored in the database and typed on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Parses {@code admin}, {@code lawyer}, {@code monitor} or {@code viewer} (any case). */
    public static Role fromCode(String code) {
        for (Role r : values()) {
            if (r.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return r;
            }
        }
        throw new AccountProblem("role.unknown", "Unknown role '" + code + "': expected admin, lawyer, monitor or viewer", code);
    }
}
