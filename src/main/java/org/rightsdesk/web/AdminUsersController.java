package org.rightsdesk.web;

import java.security.Principal;

import org.rightsdesk.accounts.AccountProblem;
import org.rightsdesk.accounts.AccountSettings;
import org.rightsdesk.accounts.SecondFactor;
import org.rightsdesk.accounts.Sessions;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.ApiTokens;
import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.accounts.LoginThrottle;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins manage staff accounts: create (with a one-time random password to hand over), reset a
 * password, change role, disable, lift sign-in delays, end a user's sessions, remove a lost second
 * factor, require a second factor of admins and lawyers, and create or revoke a user's API tokens.
 */
@Controller
class AdminUsersController {

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final ProblemMessages problems;
    private final Sessions sessions;
    private final SecondFactor secondFactor;
    private final AccountSettings settings;

    AdminUsersController(AccountService accounts, LoginThrottle throttle, ApiTokens tokens, AuditLog audit,
                         ProblemMessages problems, Sessions sessions, SecondFactor secondFactor, AccountSettings settings) {
        this.problems = problems;
        this.sessions = sessions;
        this.secondFactor = secondFactor;
        this.settings = settings;
        this.accounts = accounts;
        this.throttle = throttle;
        this.tokens = tokens;
        this.audit = audit;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("locks", throttle.lockedAccounts());
        model.addAttribute("roles", Role.values());
        model.addAttribute("sessionCounts", sessions.countByUser());
        model.addAttribute("secondFactorRequired", settings.secondFactorRequired());
        model.addAttribute("enrolled", accounts.list().stream().filter(u -> secondFactor.isEnrolled(u.id()))
                .map(UserAccount::username).collect(java.util.stream.Collectors.toSet()));
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String role, Principal me, Model model,
                  RedirectAttributes redirect) {
        try {
            String password = AccountService.generatePassword();
            UserAccount created = accounts.createUser(username, Role.fromCode(role), password, me.getName());
            model.addAttribute("created", created);
            model.addAttribute("password", password);
            return list(model);
        } catch (AccountProblem e) {
            redirect.addFlashAttribute("problem", problems.describe(e));
            return "redirect:/admin/users";
        }
    }

    @PostMapping("/admin/users/{id}/role")
    String role(@PathVariable long id, @RequestParam String role, Principal me, RedirectAttributes redirect) {
        return problems.act(redirect, "/admin/users", () -> accounts.changeRole(id, Role.fromCode(role), me.getName()));
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam boolean enabled, Principal me, RedirectAttributes redirect) {
        return problems.act(redirect, "/admin/users", () -> accounts.setEnabled(id, enabled, me.getName()));
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, Principal me, Model model, RedirectAttributes redirect) {
        try {
            UserAccount user = accounts.byId(id);
            String password = AccountService.generatePassword();
            accounts.resetPassword(user.username(), password, me.getName());
            model.addAttribute("created", user);
            model.addAttribute("password", password);
            model.addAttribute("passwordReset", true);
            return list(model);
        } catch (AccountProblem e) {
            redirect.addFlashAttribute("problem", problems.describe(e));
            return "redirect:/admin/users";
        }
    }

    @PostMapping("/admin/users/{id}/sessions/end")
    String endSessions(@PathVariable long id, Principal me, RedirectAttributes redirect) {
        return problems.act(redirect, "/admin/users", () -> accounts.endSessions(id, me.getName()));
    }

    @PostMapping("/admin/users/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, Principal me, RedirectAttributes redirect) {
        return problems.act(redirect, "/admin/users", () -> secondFactor.resetByAdmin(accounts.byId(id), me.getName()));
    }

    @PostMapping("/admin/settings/second-factor")
    String requireSecondFactor(@RequestParam boolean required, Principal me, RedirectAttributes redirect) {
        return problems.act(redirect, "/admin/users", () -> settings.setSecondFactorRequired(required, me.getName()));
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable long id, Principal me, RedirectAttributes redirect) {
        return problems.act(redirect, "/admin/users", () -> {
            throttle.unlock(accounts.byId(id).username());
            audit.record(me.getName(), "user.unlocked", "user", String.valueOf(id));
        });
    }

    @GetMapping("/admin/users/{id}/tokens")
    String tokens(@PathVariable long id, Model model) {
        model.addAttribute("owner", accounts.byId(id));
        model.addAttribute("tokens", tokens.listFor(id));
        model.addAttribute("action", "/admin/users/" + id + "/tokens");
        model.addAttribute("tokenDays", tokens.lifetime().toDays());
        return "tokens";
    }

    @PostMapping("/admin/users/{id}/tokens")
    String issue(@PathVariable long id, @RequestParam(defaultValue = "") String label,
                 @RequestParam(defaultValue = "") String password, Principal me, Model model, RedirectAttributes redirect) {
        try {
            accounts.byId(id); // an unknown user is a problem to show, not a failed insert
            model.addAttribute("issued", tokens.issue(id, label, me(me), password));
        } catch (AccountProblem e) {
            redirect.addFlashAttribute("problem", problems.describe(e));
            return "redirect:/admin/users/" + id + "/tokens";
        }
        return tokens(id, model);
    }

    @PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long tokenId, Principal me, RedirectAttributes redirect) {
        return problems.act(redirect, "/admin/users/" + id + "/tokens", () -> tokens.revoke(tokenId, me(me)));
    }

    private UserAccount me(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow();
    }
}
