package org.rightsdesk.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rightsdesk.accounts.KnownBrowsers;
import org.rightsdesk.accounts.LoginDetails;
import org.rightsdesk.accounts.LoginThrottle;
import org.rightsdesk.accounts.SecondFactor;
import org.rightsdesk.accounts.SecondFactorPending;
import org.rightsdesk.accounts.Sessions;
import org.rightsdesk.accounts.UserAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The browser's side of signing in: after the password, either on to the second-factor step (the
 * password key parked half in the session, half in a short-lived cookie) or straight in; after the
 * last step, the session is marked with the browser family and the browser gets its "signed in
 * here before" cookie. Cookies here are HttpOnly, SameSite=Strict, and Secure wherever the
 * session cookie is.
 */
@Component
class SignIn implements AuthenticationSuccessHandler {

    static final String KNOWN_BROWSER_COOKIE = "RDBROWSER";
    static final String PARKED_COOKIE = "RD2FA";
    static final String PARKED_ATTRIBUTE = "rd.2fa.parked";

    private final KnownBrowsers browsers;
    private final LoginThrottle throttle;
    private final boolean secureCookies;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignIn(KnownBrowsers browsers, LoginThrottle throttle,
           @Value("${server.servlet.session.cookie.secure:true}") boolean secureCookies) {
        this.browsers = browsers;
        this.throttle = throttle;
        this.secureCookies = secureCookies;
    }

    /** Details of a sign-in attempt: the client address (see {@link TrustedProxies}) and the browser cookie. */
    LoginDetails details(HttpServletRequest request) {
        return new LoginDetails(request.getRemoteAddr(), cookie(request, KNOWN_BROWSER_COOKIE).orElse(null));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication instanceof SecondFactorPending pending) {
            SecondFactor.Parked parked = SecondFactor.park(pending.passwordKey());
            request.getSession().setAttribute(PARKED_ATTRIBUTE, parked.sessionPart());
            setCookie(response, PARKED_COOKIE, parked.cookiePart(), "/login", Duration.ofMinutes(10));
            response.sendRedirect(request.getContextPath() + (pending.mustEnrol() ? "/login/enrol" : "/login/second-factor"));
            return;
        }
        finish(request, response, authentication.getName());
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** The parked password key of a pending sign-in, if both halves are there and fit. */
    Optional<SecondFactor.PasswordKey> parkedKey(HttpServletRequest request) {
        Object sessionPart = request.getSession().getAttribute(PARKED_ATTRIBUTE);
        return SecondFactor.unpark(sessionPart instanceof byte[] b ? b : null, cookie(request, PARKED_COOKIE).orElse(null));
    }

    /** Turns a pending sign-in into a full one, in a new session id, with the account's current role. */
    void upgrade(HttpServletRequest request, HttpServletResponse response, UserAccount user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
                List.of(new SimpleGrantedAuthority(user.role().authority()))));
        SecurityContextHolder.setContext(context);
        request.getSession().removeAttribute(PARKED_ATTRIBUTE);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        setCookie(response, PARKED_COOKIE, "", "/login", Duration.ZERO);
        finish(request, response, user.username());
    }

    private void finish(HttpServletRequest request, HttpServletResponse response, String username) {
        String known = cookie(request, KNOWN_BROWSER_COOKIE).flatMap(c -> browsers.identify(username, c)).orElse(null);
        throttle.recordSuccess(username, request.getRemoteAddr(), known);
        request.getSession().setAttribute(Sessions.BROWSER_ATTRIBUTE, Sessions.browserFamily(request.getHeader(HttpHeaders.USER_AGENT)));
        setCookie(response, KNOWN_BROWSER_COOKIE, browsers.issue(username), "/login", Duration.ofDays(180));
    }

    void setCookie(HttpServletResponse response, String name, String value, String path, Duration maxAge) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(name, value).path(path).maxAge(maxAge)
                .httpOnly(true).secure(secureCookies).sameSite("Strict").build().toString());
    }

    static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }
}
