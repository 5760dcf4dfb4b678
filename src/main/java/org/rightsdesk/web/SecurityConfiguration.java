package org.rightsdesk.web;

import org.rightsdesk.accounts.ApiTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors. {@code /api/**} is stateless: personal API tokens only, no cookies, hence no CSRF.
 * Everything else is the browser: form login, session cookie, CSRF on every form, and a strict
 * Content-Security-Policy that allows no inline script or style at all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Paths anyone may use, signed in or not. */
    static final String[] PUBLIC_PAGES = {"/login", "/error", "/css/**", "/js/**", "/favicon.ico", "/check", "/check/**",
            "/public/**", "/feeds/**"};
    /** Monitor pages that change data or show a coding form: monitors and admins only (viewers read). */
    static final String[] MONITOR_CODING_PAGES = {"/monitor/incidents/new", "/monitor/incidents/*/edit", "/monitor/incidents/import",
            "/monitor/figures/new", "/monitor/figures/*/edit", "/monitor/measures/new", "/monitor/measures/*/edit"};
    static final String[] PUBLIC_API = {"/api/v1/health", "/api/v1/regime/assess", "/v3/api-docs", "/v3/api-docs/**"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens apiTokens) throws Exception {
        // Not a bean: a Filter bean would also be registered for every request by the container.
        ApiTokenFilter tokens = new ApiTokenFilter(apiTokens);
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_API).permitAll().anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // no cookies are accepted here, so there is nothing to forge
                .requestCache(c -> c.disable())
                .addFilterBefore(tokens, BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new ApiProblemEntryPoint()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/vault/setup", "/vault/unseal").hasRole("ADMIN")
                        .requestMatchers("/vault/seal", "/vault/share").hasAnyRole("ADMIN", "LAWYER")
                        .requestMatchers("/cases", "/cases/**").hasAnyRole("ADMIN", "LAWYER", "VIEWER")
                        // Monitor sources: monitors and admins import and decide; viewers read.
                        .requestMatchers("/monitor/sources/import").hasAnyRole("MONITOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/monitor/sources/**").hasAnyRole("MONITOR", "ADMIN")
                        .requestMatchers("/monitor/sources", "/monitor/sources/**").hasAnyRole("MONITOR", "ADMIN", "VIEWER")
                        .requestMatchers(HttpMethod.POST, "/monitor/**").hasAnyRole("MONITOR", "ADMIN")
                        .requestMatchers(MONITOR_CODING_PAGES).hasAnyRole("MONITOR", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(failureHandler()).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("RDSESSION"))
                .sessionManagement(s -> s.sessionFixation(f -> f.newSession()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    private static AuthenticationFailureHandler failureHandler() {
        // The exception is kept in the session so the login page can say "wrong password"
        // or "too many attempts"; the user name is never echoed back.
        SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler("/login?error");
        handler.setUseForward(false);
        return handler;
    }
}
