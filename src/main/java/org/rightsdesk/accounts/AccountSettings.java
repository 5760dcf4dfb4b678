package org.rightsdesk.accounts;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings of the accounts module that admins change at run time (kept in the database so every
 * server of one database follows them): whether admins and lawyers must use a second factor.
 */
@Service
public class AccountSettings {

    static final String SECOND_FACTOR_REQUIRED = "second_factor_required";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AccountSettings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** True when admins and lawyers must sign in with a second factor (and enrol at their next sign-in). */
    public boolean secondFactorRequired() {
        return get(SECOND_FACTOR_REQUIRED).map("true"::equals).orElse(false);
    }

    @Transactional
    public void setSecondFactorRequired(boolean required, String actor) {
        put(SECOND_FACTOR_REQUIRED, Boolean.toString(required));
        audit.record(actor, "settings.second_factor_required:" + required, "settings", SECOND_FACTOR_REQUIRED);
    }

    Optional<String> get(String name) {
        return jdbc.sql("SELECT value FROM account_settings WHERE name = ?").param(name).query(String.class).optional();
    }

    void put(String name, String value) {
        jdbc.sql("INSERT INTO account_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                .params(name, value).update();
    }

    /** Stores the value unless one is there; returns the stored one. */
    @Transactional
    String putIfAbsent(String name, String value) {
        jdbc.sql("INSERT INTO account_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING").params(name, value).update();
        return get(name).orElseThrow();
    }
}
