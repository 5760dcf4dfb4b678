package org.rightsdesk.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "qwerty123456", "123456789012", "abcdefghijkl", "aaaaaaaaaaaa",
            "1qaz2wsx3edc", "!!dragon2024!!", "iloveyou.iloveyou", "987654321098", "monkey!!!!!!"})
    void commonPasswordsAndPaddedOnesAreRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "marta"))
                .isInstanceOfSatisfying(AccountProblem.class, p -> org.assertj.core.api.Assertions.assertThat(p.code()).isEqualTo("password.common"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Ходжаев ищет работу 2025", "a long enough password", "tX9#mq2!Lp0z"})
    void longUncommonPasswordsPass(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, "marta")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void shortOnesAreRefusedFirst(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "marta"))
                .isInstanceOfSatisfying(AccountProblem.class, p -> org.assertj.core.api.Assertions.assertThat(p.code()).isEqualTo("password.short"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"marta-secret-garden", "my name is MARTA ok"})
    void thePasswordMustNotContainTheUserName(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "Marta"))
                .isInstanceOfSatisfying(AccountProblem.class, p -> org.assertj.core.api.Assertions.assertThat(p.code()).isEqualTo("password.username"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 200})
    void generatedPasswordsAlwaysPass(int round) {
        assertThatCode(() -> PasswordPolicy.check(AccountService.generatePassword(), "user" + round)).doesNotThrowAnyException();
    }
}
