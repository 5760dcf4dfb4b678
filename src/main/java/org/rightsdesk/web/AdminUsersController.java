package org.rightsdesk.web;

import java.security.Principal;

import org.rightsdesk.accounts.AccountProblem;
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
 * Admins manage staff accounts: create (with a one-time random password to hand over), change
 * role, disable, lift a login lock, and create or revoke a user's API tokens.
 */
@Controller
class AdminUsersController {

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final ProblemMessages problems;

    AdminUsersController(AccountService accounts, LoginThrottle throttle, ApiTokens tokens, AuditLog audit,
                         ProblemMessages problems) {
        this.problems = problems;
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
        return "tokens";
    }

    @PostMapping("/admin/users/{id}/tokens")
    String issue(@PathVariable long id, @RequestParam String label, Principal me, Model model, RedirectAttributes redirect) {
        try {
            accounts.byId(id); // an unknown user is a problem to show, not a failed insert
            model.addAttribute("issued", tokens.issue(id, label, me(me)));
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
