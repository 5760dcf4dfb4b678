package org.rightsdesk.web;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;
import org.rightsdesk.accounts.LoginThrottledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, with a plain message for each way signing in can fail. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String sealed, @RequestParam(required = false) String expired,
                 HttpSession session, Model model) {
        if (error != null) {
            Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (last instanceof LoginThrottledException throttled) {
                long seconds = Math.max(1, Duration.between(Instant.now(), throttled.retryAt()).toSeconds());
                model.addAttribute("errorKey", seconds > 90 ? "login.error.locked" : "login.error.throttled");
                model.addAttribute("retryMinutes", (seconds + 59) / 60);
                model.addAttribute("retrySeconds", seconds);
            } else {
                // Wrong password, unknown name and disabled account all read the same,
                // so the page does not tell a guesser which accounts exist.
                model.addAttribute("errorKey", "login.error.bad");
            }
        }
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("sealed", sealed != null);
        model.addAttribute("expired", expired != null);
        return "login";
    }
}
