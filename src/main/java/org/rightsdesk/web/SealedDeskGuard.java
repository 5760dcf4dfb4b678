package org.rightsdesk.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rightsdesk.vault.Vault;
import org.rightsdesk.vault.VaultSealedException;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A sealed server changes nothing on the case desk: one guard in front of every handler, so no
 * controller (of today or tomorrow) can forget it. Any request that may change something
 * (POST, PUT, PATCH, DELETE) to the case desk's pages or API is answered with the "sealed" page
 * (503; a problem for the API) before its handler runs, whether or not the change would have
 * needed a key: closing a case, deleting an attachment or changing a team touch no sealed value,
 * and are refused all the same. Reads already fail on their own when they need a key.
 */
@Component
class SealedDeskGuard implements HandlerInterceptor {

    /** The case desk's address space: its pages and its API. */
    static final List<PathPattern> DESK = List.of("/cases", "/cases/**", "/api/v1/cases", "/api/v1/cases/**",
            "/api/v1/clients/**", "/api/v1/deadlines/**").stream().map(PathPatternParser.defaultInstance::parse).toList();
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Vault vault;

    SealedDeskGuard(Vault vault) {
        this.vault = vault;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!SAFE.contains(request.getMethod()) && vault.isSealed() && onDesk(request)) {
            throw new VaultSealedException();
        }
        return true;
    }

    static boolean onDesk(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return DESK.stream().anyMatch(p -> p.matches(path));
    }
}
