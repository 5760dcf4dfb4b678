package org.rightsdesk.web;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.rightsdesk.accounts.AccountProblem;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.ApiTokens;
import org.rightsdesk.accounts.SecondFactor;
import org.rightsdesk.accounts.Sessions;
import org.rightsdesk.accounts.UserAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own account: change password, see and end their sessions, set up the second factor,
 * create and revoke personal API tokens. Everything that changes how one signs in or acts on
 * one's behalf asks for the password again.
 */
@Controller
class AccountController {

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final Sessions sessions;
    private final SecondFactor secondFactor;
    private final SecondFactorController enrolment;
    private final ProblemMessages problems;

    AccountController(AccountService accounts, ApiTokens tokens, Sessions sessions, SecondFactor secondFactor,
                      SecondFactorController enrolment, ProblemMessages problems) {
        this.problems = problems;
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.secondFactor = secondFactor;
        this.enrolment = enrolment;
    }

    @GetMapping("/account")
    String account(Principal me, HttpSession session, Model model) {
        UserAccount user = me(me);
        model.addAttribute("owner", user);
        model.addAttribute("tokens", tokens.listFor(user.id()));
        model.addAttribute("tokenDays", tokens.lifetime().toDays());
        model.addAttribute("action", "/account/tokens");
        model.addAttribute("sessions", sessions.listFor(user.username(), session.getId()));
        model.addAttribute("secondFactorOn", secondFactor.isEnrolled(user.id()));
        model.addAttribute("secondFactorRequired", secondFactor.isRequired(user));
        return "account";
    }

    @PostMapping("/account/password")
    String password(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                    @RequestParam(defaultValue = "") String repeat, Principal me, HttpSession session,
                    RedirectAttributes redirect) {
        if (!password.equals(repeat)) {
            redirect.addFlashAttribute("problemKey", "account.password.mismatch");
            return "redirect:/account";
        }
        return problems.act(redirect, "/account",
                () -> accounts.changeOwnPassword(me.getName(), current, password, session.getId()));
    }

    @PostMapping("/account/sessions/end-others")
    String endOthers(Principal me, HttpSession session, RedirectAttributes redirect) {
        return problems.act(redirect, "/account", () -> accounts.endOwnSessions(me.getName(), session.getId()));
    }

    @PostMapping("/account/sessions/{handle}/end")
    String endOne(@PathVariable String handle, Principal me, RedirectAttributes redirect) {
        return problems.act(redirect, "/account", () -> accounts.endOwnSession(me.getName(), handle));
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String password,
                 Principal me, HttpSession session, Model model, RedirectAttributes redirect) {
        UserAccount user = me(me);
        try {
            model.addAttribute("issued", tokens.issue(user.id(), label, user, password));
        } catch (AccountProblem e) {
            redirect.addFlashAttribute("problem", problems.describe(e));
            return "redirect:/account";
        }
        return account(me, session, model);
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revoke(@PathVariable long tokenId, Principal me, RedirectAttributes redirect) {
        return problems.act(redirect, "/account", () -> tokens.revoke(tokenId, me(me)));
    }

    // ---- second factor -----------------------------------------------------------------------------

    @GetMapping("/account/second-factor")
    String secondFactorPage(Principal me, HttpSession session, Model model) {
        UserAccount user = me(me);
        model.addAttribute("enrolled", secondFactor.isEnrolled(user.id()));
        model.addAttribute("required", secondFactor.isRequired(user));
        model.addAttribute("codesLeft", secondFactor.recoveryCodesLeft(user.id()));
        enrolment.offer(user.username(), session, model);
        return "second-factor";
    }

    @PostMapping("/account/second-factor")
    String enrol(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String secret,
                 @RequestParam(defaultValue = "") String code, Principal me, HttpSession session, Model model,
                 RedirectAttributes redirect) {
        UserAccount user = me(me);
        if (!SecondFactorController.offered(session, secret)) {
            redirect.addFlashAttribute("problemKey", "second_factor.form.stale");
            return "redirect:/account/second-factor";
        }
        try {
            List<String> codes = secondFactor.enrolWithPassword(user, password, secret, code, session.getId());
            session.removeAttribute(SecondFactorController.OFFER_ATTRIBUTE);
            model.addAttribute("recoveryCodes", codes);
            return "recovery-codes";
        } catch (AccountProblem e) {
            redirect.addFlashAttribute("problem", problems.describe(e));
            return "redirect:/account/second-factor";
        }
    }

    @PostMapping("/account/second-factor/recovery-codes")
    String renewCodes(@RequestParam(defaultValue = "") String password, Principal me, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("recoveryCodes", secondFactor.renewRecoveryCodes(me(me), password));
            return "recovery-codes";
        } catch (AccountProblem e) {
            redirect.addFlashAttribute("problem", problems.describe(e));
            return "redirect:/account/second-factor";
        }
    }

    @PostMapping("/account/second-factor/disable")
    String disable(@RequestParam(defaultValue = "") String password, Principal me, HttpSession session,
                   RedirectAttributes redirect) {
        return problems.act(redirect, "/account/second-factor",
                () -> secondFactor.disableWithPassword(me(me), password, session.getId()));
    }

    private UserAccount me(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow();
    }
}
