package org.rightsdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's frame needs: who is signed in (name and role only, from the session, no
 * database read) and links that switch language while staying on the same page.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAttributes {

    /** The signed-in user's frame data, or an anonymous one. */
    record Viewer(boolean signedIn, String username, String role) {
        public boolean isAdmin() {
            return "ADMIN".equals(role);
        }

        /** Monitors and admins code incidents from sources. */
        public boolean mayCode() {
            return "ADMIN".equals(role) || "MONITOR".equals(role);
        }

        public boolean mayUseCases() {
            return "ADMIN".equals(role) || "LAWYER".equals(role) || "VIEWER".equals(role);
        }
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new Viewer(false, null, null);
        }
        String role = auth.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse("");
        return new Viewer(true, auth.getName(), role);
    }

    @ModelAttribute("langRu")
    String langRu(HttpServletRequest request) {
        return sameUrlWithLang(request, "ru");
    }

    @ModelAttribute("langEn")
    String langEn(HttpServletRequest request) {
        return sameUrlWithLang(request, "en");
    }

    static String sameUrlWithLang(HttpServletRequest request, String lang) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
                .query(request.getQueryString())
                .replaceQueryParam("error")
                .replaceQueryParam("logout")
                .replaceQueryParam("lang", lang)
                .build().toUriString();
    }
}
