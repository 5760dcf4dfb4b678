package org.rightsdesk.accounts;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How staff prove who they are: Argon2id password hashes (behind a delegating encoder so the
 * parameters can be raised later without locking anyone out), accounts from the database,
 * login throttling in front of the password check, and the second factor after it.
 */
@Configuration(proxyBeanMethods = false)
class AccountsSecurityConfiguration {

    static final String ARGON2_ID = "argon2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2_ID,
                Map.of(ARGON2_ID, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    /** Not a bean: Spring Security would otherwise warn that it is shadowed by the provider below. */
    static UserDetailsService userDetailsService(UserRepository users) {
        return username -> {
            String key = AccountService.normaliseKey(username);
            UserAccount account = users.findByUsername(key).orElseThrow(() -> new UsernameNotFoundException("unknown"));
            String hash = users.passwordHash(key).orElseThrow(() -> new UsernameNotFoundException("unknown"));
            return User.withUsername(account.username())
                    .password(hash)
                    .authorities(new SimpleGrantedAuthority(account.role().authority()))
                    .disabled(!account.enabled())
                    .build();
        };
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle,
                                                  KnownBrowsers browsers, SecondFactor secondFactor) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService(users));
        passwords.setPasswordEncoder(encoder);
        return new ThrottlingAuthenticationProvider(passwords, throttle, browsers, secondFactor);
    }
}
