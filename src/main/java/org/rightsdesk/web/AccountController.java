package org.rightsdesk.web;

import java.security.Principal;

import org.rightsdesk.accounts.AccountProblem;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.ApiTokens;
import org.rightsdesk.accounts.UserAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own account: change password, create and revoke personal API tokens. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final ProblemMessages problems;

    AccountController(AccountService accounts, ApiTokens tokens, ProblemMessages problems) {
        this.problems = problems;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Principal me, Model model) {
        UserAccount user = me(me);
        model.addAttribute("owner", user);
        model.addAttribute("tokens", tokens.listFor(user.id()));
        model.addAttribute("action", "/account/tokens");
        return "account";
    }

    @PostMapping("/account/password")
    String password(@RequestParam String current, @RequestParam String password, @RequestParam String repeat,
                    Principal me, RedirectAttributes redirect) {
        if (!password.equals(repeat)) {
            redirect.addFlashAttribute("problemKey", "account.password.mismatch");
            return "redirect:/account";
        }
        return problems.act(redirect, "/account",
                () -> accounts.changeOwnPassword(me.getName(), current, password));
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam String label, Principal me, Model model, RedirectAttributes redirect) {
        UserAccount user = me(me);
        try {
            model.addAttribute("issued", tokens.issue(user.id(), label, user));
        } catch (AccountProblem e) {
            redirect.addFlashAttribute("problem", problems.describe(e));
            return "redirect:/account";
        }
        return account(me, model);
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revoke(@PathVariable long tokenId, Principal me, RedirectAttributes redirect) {
        return problems.act(redirect, "/account", () -> tokens.revoke(tokenId, me(me)));
    }

    private UserAccount me(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow();
    }
}
