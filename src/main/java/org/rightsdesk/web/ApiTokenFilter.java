package org.rightsdesk.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rightsdesk.accounts.ApiTokens;
import org.rightsdesk.accounts.UserAccount;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer rd_…} on API requests and, when the token is valid, lets the
 * request act as the token's owner. A wrong or revoked token gets a 401 problem at once,
 * rather than falling through as anonymous.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var account = tokens.authenticate(header.substring(7).trim());
        if (account.isEmpty()) {
            ApiProblemEntryPoint.write(response, 401, "Invalid API token",
                    "The bearer token is unknown, revoked, or belongs to a disabled account.");
            return;
        }
        UserAccount user = account.get();
        var auth = UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
