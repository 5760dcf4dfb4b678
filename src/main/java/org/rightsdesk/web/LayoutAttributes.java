package org.rightsdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import org.rightsdesk.vault.Vault;
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
public class LayoutAttributes {

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

        public boolean maySeal() {
            return "ADMIN".equals(role) || "LAWYER".equals(role);
        }
    }

    /** The vault's state for the frame's banner: {@code not_set_up}, {@code sealed} or {@code unsealed}. */
    record VaultBanner(String status, boolean ephemeral) {
        public boolean sealed() {
            return "sealed".equals(status);
        }

        public boolean notSetUp() {
            return "not_set_up".equals(status);
        }
    }

    private final Vault vault;

    LayoutAttributes(Vault vault) {
        this.vault = vault;
    }

    @ModelAttribute("vaultBanner")
    VaultBanner vaultBanner() {
        return new VaultBanner(vault.status().code(), vault.isEphemeral());
    }

    /**
     * Puts the frame's attributes into a model that {@code @ModelAttribute} methods did not fill:
     * views rendered by exception handlers (the "sealed" page, a case-desk problem page).
     */
    public void fill(org.springframework.ui.Model model, HttpServletRequest request) {
        model.addAttribute("viewer", viewer());
        model.addAttribute("vaultBanner", vaultBanner());
        model.addAttribute("langRu", langRu(request));
        model.addAttribute("langEn", langEn(request));
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
