package org.rightsdesk.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rightsdesk.accounts.ApiTokens;
import org.rightsdesk.accounts.SecondFactorPending;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
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
 * Everything else is the browser: form login (then the second factor where the account has one),
 * a session kept in the database (shared by every server), CSRF on every form, and a strict
 * Content-Security-Policy that allows no inline script or style at all. Someone between the
 * password and the second factor reaches only the code (or enrolment) page.
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
    /** The roles of a fully signed-in person (not someone still owing the second factor). */
    static final String[] STAFF = {"ADMIN", "LAWYER", "MONITOR", "VIEWER"};
    /** Browser features no page uses: denied to every page and anything it embeds. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), "
            + "browsing-topics=()";

    /**
     * The session cookie (Spring Session writes it): named RDSESSION, never readable by scripts,
     * never sent cross-site, Secure unless rightsdesk.secure-cookies=false. Declared here rather than
     * left to configuration so every kind of context (also tests without a web server) sends the same.
     */
    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:true}") boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("RDSESSION");
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setUseSecureCookie(secure);
        cookie.setSameSite("Strict");
        return cookie;
    }

    /** Forwarded headers count only from the proxies listed in rightsdesk.web.trusted-proxies (none by default). */
    @Bean
    FilterRegistrationBean<TrustedProxies> trustedProxies(@Value("${rightsdesk.web.trusted-proxies:}") String proxies) {
        FilterRegistrationBean<TrustedProxies> bean = new FilterRegistrationBean<>(new TrustedProxies(proxies));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

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
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, SignIn signIn) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/login/second-factor").hasAuthority(SecondFactorPending.CODE)
                        .requestMatchers("/login/enrol", "/login/enrol/**").hasAnyAuthority(SecondFactorPending.ENROL, "ROLE_ADMIN",
                                "ROLE_LAWYER", "ROLE_MONITOR", "ROLE_VIEWER")
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
                        .anyRequest().hasAnyRole(STAFF))
                .formLogin(f -> f.loginPage("/login").successHandler(signIn).failureHandler(failureHandler())
                        .authenticationDetailsSource(signIn::details).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("RDSESSION", SignIn.PARKED_COOKIE))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(SecurityConfiguration::deniedOrOwingSecondFactor))
                .headers(h -> h
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /** Someone who still owes the second factor is sent to its page rather than shown "forbidden". */
    private static void deniedOrOwingSecondFactor(HttpServletRequest request, HttpServletResponse response,
                                                  AccessDeniedException denied) throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof SecondFactorPending pending && "GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + (pending.mustEnrol() ? "/login/enrol" : "/login/second-factor"));
            return;
        }
        new AccessDeniedHandlerImpl().handle(request, response, denied);
    }

    private static AuthenticationFailureHandler failureHandler() {
        // The exception is kept in the session so the login page can say "wrong password"
        // or "too many attempts"; the user name is never echoed back.
        SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler("/login?error");
        handler.setUseForward(false);
        return handler;
    }
}
