package org.rightsdesk.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts {@link LoginThrottle} in front of the password check: a throttled attempt is refused
 * before the password is even compared, a wrong password counts as a failure. A right password
 * either signs in, or — when the account has a second factor, or must set one up — leads only to
 * the code page ({@link SecondFactorPending}); the account's counts are cleared only when the whole
 * sign-in succeeds, so knowing the password does not reset the count of wrong codes.
 */
final class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final KnownBrowsers browsers;
    private final SecondFactor secondFactor;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, KnownBrowsers browsers,
                                     SecondFactor secondFactor) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.browsers = browsers;
        this.secondFactor = secondFactor;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = null;
        String browser = null;
        if (authentication.getDetails() instanceof LoginDetails d) {
            address = d.address();
            browser = browsers.identify(username, d.knownBrowserCookie()).orElse(null);
        } else if (authentication.getDetails() instanceof WebAuthenticationDetails d) {
            address = d.getRemoteAddress();
        }
        var blocked = throttle.blockedUntil(username, address, browser);
        if (blocked.isPresent()) {
            throw new LoginThrottledException(blocked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address, browser);
            throw e;
        }
        UserAccount account = secondFactor.account(username).orElseThrow(() -> new BadCredentialsException("unknown"));
        boolean enrolled = secondFactor.isEnrolled(account.id());
        if (enrolled || secondFactor.isRequired(account)) {
            String password = String.valueOf(authentication.getCredentials());
            return new SecondFactorPending(account.username(), !enrolled, secondFactor.passwordKey(account.id(), password));
        }
        throttle.recordSuccess(username, address, browser);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
