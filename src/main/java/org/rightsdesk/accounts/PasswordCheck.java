package org.rightsdesk.accounts;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a signed-in user's password again before something sensitive (a new password, an API
 * token, a second factor). Wrong guesses count against the account in {@link LoginThrottle}, as at
 * sign-in, so a stolen session cannot be used to guess the password at full speed.
 */
@Component
public class PasswordCheck {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;

    PasswordCheck(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    /** Throws {@code password.throttled} while the account must wait, {@code password.wrong} on a wrong password. */
    public void verify(String username, String password) {
        String name = AccountService.normaliseKey(username);
        throttle.accountBlockedUntil(name).ifPresent(until -> {
            throw new AccountProblem("password.throttled", "Too many wrong passwords; wait until " + until + " and try again",
                    Math.max(1, java.time.Duration.between(throttle.now(), until).toSeconds()));
        });
        String hash = users.passwordHash(name).orElseThrow(() -> new AccountProblem("user.unknown", "No user named '" + name + "'", name));
        if (password == null || password.isEmpty() || !encoder.matches(password, hash)) {
            throttle.recordAccountFailure(name);
            throw new AccountProblem("password.wrong", "The current password is wrong");
        }
    }
}
