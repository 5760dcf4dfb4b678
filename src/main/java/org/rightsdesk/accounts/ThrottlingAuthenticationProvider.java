package org.rightsdesk.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts {@link LoginThrottle} in front of the password check: a throttled attempt is refused
 * before the password is even compared, a wrong password counts as a failure, a right one
 * clears the account's count.
 */
final class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        var blocked = throttle.blockedUntil(username, address);
        if (blocked.isPresent()) {
            throw new LoginThrottledException(blocked.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
