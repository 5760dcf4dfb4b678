package org.rightsdesk.web.monitor;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.rightsdesk.monitor.MonitorProblem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every monitor page needs besides its own data: whether the reader may code and publish
 * (monitors and admins) or only read (viewers, lawyers, the public), and the helpers templates use
 * to name regions and places in the reader's language.
 */
@ControllerAdvice(basePackageClasses = MonitorModel.class)
class MonitorModel {

    private final MonitorMessages messages;

    MonitorModel(MonitorMessages messages) {
        this.messages = messages;
    }

    @ModelAttribute("mayCode")
    boolean mayCode() {
        return mayCode(SecurityContextHolder.getContext().getAuthentication());
    }

    @ModelAttribute("names")
    MonitorMessages names() {
        return messages;
    }

    /** A bad parameter in a link (a month like 2024-13, an unknown code): the 400 page, not a stack trace. */
    @ExceptionHandler(MonitorProblem.class)
    void badRequest(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    static boolean mayCode(Authentication auth) {
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_MONITOR") || a.getAuthority().equals("ROLE_ADMIN"));
    }
}
