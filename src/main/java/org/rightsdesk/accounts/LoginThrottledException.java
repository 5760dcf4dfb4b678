package org.rightsdesk.accounts;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** A login attempt refused without checking the password, because too many recent ones failed. */
public class LoginThrottledException extends AuthenticationException {

    private final Instant retryAt;

    public LoginThrottledException(Instant retryAt) {
        super("Too many failed sign-in attempts; try again later");
        this.retryAt = retryAt;
    }

    /** The earliest moment another attempt will be considered. */
    public Instant retryAt() {
        return retryAt;
    }
}
