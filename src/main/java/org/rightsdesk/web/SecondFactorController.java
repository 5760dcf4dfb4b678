package org.rightsdesk.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.rightsdesk.accounts.AccountProblem;
import org.rightsdesk.accounts.SecondFactor;
import org.rightsdesk.accounts.SecondFactorPending;
import org.rightsdesk.accounts.UserAccount;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: the code from the authenticator app (or a recovery code), or —
 * when the account must have a second factor and has none yet — setting one up right there.
 * Both are plain forms; the QR code is drawn on the server, so JavaScript is never needed.
 */
@Controller
class SecondFactorController {

    /** Session attribute: a digest of the secret offered for enrolment, so the form cannot swap it. */
    static final String OFFER_ATTRIBUTE = "rd.2fa.offer";

    private final SecondFactor secondFactor;
    private final SignIn signIn;
    private final ProblemMessages problems;

    SecondFactorController(SecondFactor secondFactor, SignIn signIn, ProblemMessages problems) {
        this.secondFactor = secondFactor;
        this.signIn = signIn;
        this.problems = problems;
    }

    @GetMapping("/login/second-factor")
    String codePage() {
        return "login-code";
    }

    @PostMapping("/login/second-factor")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        Optional<UserAccount> user = pendingUser();
        Optional<SecondFactor.PasswordKey> key = signIn.parkedKey(request);
        if (user.isEmpty() || key.isEmpty()) {
            return startAgain(request);
        }
        try {
            if (secondFactor.verify(user.get(), key.get(), code)) {
                signIn.upgrade(request, response, user.get());
                return "redirect:/";
            }
            model.addAttribute("problemKey", "second_factor.code.wrong");
        } catch (AccountProblem e) {
            model.addAttribute("problem", problems.describe(e));
        }
        return "login-code";
    }

    @GetMapping("/login/enrol")
    String enrolPage(HttpSession session, Model model) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending)) {
            return "redirect:/account/second-factor";
        }
        offer(pending.getName(), session, model);
        return "login-enrol";
    }

    @PostMapping("/login/enrol")
    String enrol(@RequestParam(defaultValue = "") String secret, @RequestParam(defaultValue = "") String code,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<UserAccount> user = pendingUser();
        Optional<SecondFactor.PasswordKey> key = signIn.parkedKey(request);
        if (user.isEmpty() || key.isEmpty() || !offered(request.getSession(), secret)) {
            return startAgain(request);
        }
        try {
            List<String> codes = secondFactor.enrol(user.get(), key.get(), secret, code, request.getSession().getId());
            request.getSession().removeAttribute(OFFER_ATTRIBUTE);
            signIn.upgrade(request, response, user.get());
            model.addAttribute("recoveryCodes", codes);
            return "recovery-codes";
        } catch (AccountProblem e) {
            model.addAttribute("problem", problems.describe(e));
            model.addAttribute("secret", secret);
            model.addAttribute("qr", QrSvg.render(secondFactor.offerAgain(user.get().username(), secret).otpauthUri(), "QR"));
            return "login-enrol";
        }
    }

    /** Puts a fresh secret, its QR code, and the session's record of it in place. */
    void offer(String username, HttpSession session, Model model) {
        SecondFactor.Offer offer = secondFactor.offer(username);
        session.setAttribute(OFFER_ATTRIBUTE, digest(offer.secret()));
        model.addAttribute("secret", offer.secret());
        model.addAttribute("qr", QrSvg.render(offer.otpauthUri(), "QR"));
    }

    static boolean offered(HttpSession session, String secret) {
        Object expected = session.getAttribute(OFFER_ATTRIBUTE);
        return expected != null && expected.equals(digest(secret));
    }

    static String digest(String secret) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("offer:" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<UserAccount> pendingUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof SecondFactorPending)) {
            return Optional.empty();
        }
        return secondFactor.account(auth.getName()).filter(UserAccount::enabled);
    }

    /** The pending state is gone or broken (cookie expired, another browser): sign in again. */
    private String startAgain(HttpServletRequest request) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending)) {
            // Fully signed in already (a stale form, a second tab): nothing to start again, and no reason to sign out.
            return "redirect:/account/second-factor";
        }
        request.getSession().invalidate();
        SecurityContextHolder.clearContext();
        return "redirect:/login?expired";
    }
}
