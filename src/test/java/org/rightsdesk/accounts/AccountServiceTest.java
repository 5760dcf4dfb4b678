package org.rightsdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@DatabaseTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void passwordsAreStoredAsArgon2idHashesOnly() {
        String name = unique("hash-");
        String password = "correct horse battery staple";
        accounts.createUser(name, Role.LAWYER, password, "test");
        String stored = jdbc.sql("SELECT password_hash FROM users WHERE username = ?").param(name).query(String.class).single();
        assertThat(stored).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$v=19$").doesNotContain(password);
        assertThat(encoder.matches(password, stored)).isTrue();
        assertThat(encoder.matches("wrong horse battery staple", stored)).isFalse();
    }

    @Test
    void userNamesAreCaseInsensitiveAndUnique() {
        String name = unique("Dup-");
        accounts.createUser(name, Role.VIEWER, "a long enough password", "test");
        assertThat(accounts.find(name.toUpperCase())).isPresent();
        assertThatThrownBy(() -> accounts.createUser(name.toLowerCase(), Role.ADMIN, "another long password", "test"))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("already exists");
    }

    @Test
    void weakPasswordsAndOddNamesAreRefusedAndNothingIsCreated() {
        String name = unique("weak-");
        assertThatThrownBy(() -> accounts.createUser(name, Role.LAWYER, "short", "test"))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("at least 12");
        assertThat(accounts.find(name)).isEmpty();
        assertThatThrownBy(() -> accounts.createUser("a b<script>", Role.LAWYER, "long enough password", "test"))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("User name");
    }

    @Test
    void resetPasswordReplacesTheHash() {
        String name = unique("reset-");
        accounts.createUser(name, Role.MONITOR, "first password 123", "test");
        accounts.resetPassword(name, "second password 456", "test");
        String stored = jdbc.sql("SELECT password_hash FROM users WHERE username = ?").param(name).query(String.class).single();
        assertThat(encoder.matches("second password 456", stored)).isTrue();
        assertThat(encoder.matches("first password 123", stored)).isFalse();
    }

    @Test
    void changingOwnPasswordNeedsTheCurrentOne() {
        String name = unique("own-");
        accounts.createUser(name, Role.LAWYER, "first password 123", "test");
        assertThatThrownBy(() -> accounts.changeOwnPassword(name, "not it at all", "second password 456", null))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("current password");
        accounts.changeOwnPassword(name, "first password 123", "second password 456", null);
        String stored = jdbc.sql("SELECT password_hash FROM users WHERE username = ?").param(name).query(String.class).single();
        assertThat(encoder.matches("second password 456", stored)).isTrue();
    }

    @Test
    void generatedPasswordsAreLongAndDifferent() {
        String a = AccountService.generatePassword();
        String b = AccountService.generatePassword();
        assertThat(a).hasSize(20).isNotEqualTo(b).matches("[a-zA-Z2-9]+");
    }

    @Test
    void theLastEnabledAdministratorStays() {
        // Disable every other admin first so this account is the last one in the shared database.
        UserAccount admin = accounts.createUser(unique("boss-"), Role.ADMIN, "an admin password", "test");
        for (UserAccount other : accounts.list()) {
            if (other.role() == Role.ADMIN && other.enabled() && other.id() != admin.id()) {
                accounts.setEnabled(other.id(), false, "test");
            }
        }
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false, "test"))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("last administrator");
        assertThatThrownBy(() -> accounts.changeRole(admin.id(), Role.LAWYER, "test"))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("last administrator");
        assertThat(accounts.byId(admin.id()).enabled()).isTrue();
    }
}
