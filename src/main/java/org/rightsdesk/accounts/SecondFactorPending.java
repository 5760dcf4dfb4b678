package org.rightsdesk.accounts;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The state between a right password and a right second-factor code: signed in to nothing but the
 * code page ({@link #CODE}) or the enrolment page ({@link #ENROL}). The password key travels in a
 * transient field within the sign-in request only; the web shell parks it ({@link SecondFactor#park}).
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

    /** Authority of someone who must type a code. */
    public static final String CODE = "ROLE_SECOND_FACTOR";
    /** Authority of someone who must set a second factor up before going on. */
    public static final String ENROL = "ROLE_SECOND_FACTOR_ENROL";

    private final String username;
    private final transient SecondFactor.PasswordKey passwordKey;

    SecondFactorPending(String username, boolean mustEnrol, SecondFactor.PasswordKey passwordKey) {
        super(List.of(new SimpleGrantedAuthority(mustEnrol ? ENROL : CODE)));
        this.username = username;
        this.passwordKey = passwordKey;
        setAuthenticated(true);
    }

    public boolean mustEnrol() {
        return getAuthorities().stream().anyMatch(a -> ENROL.equals(a.getAuthority()));
    }

    /** Present only during the request that checked the password. */
    public SecondFactor.PasswordKey passwordKey() {
        return passwordKey;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }
}
