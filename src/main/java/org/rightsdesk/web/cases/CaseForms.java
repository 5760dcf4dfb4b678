package org.rightsdesk.web.cases;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.cases.CaseProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shared plumbing of the case desk's forms: who is acting, and Post/Redirect/Get with either
 * "saved" or one sentence naming the problem, keeping what was typed so nothing is lost.
 */
@Component
class CaseForms {

    private final AccountService accounts;
    private final MessageSource messages;

    CaseForms(AccountService accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    UserAccount me(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow();
    }

    /** The problem in the reader's language, with field names (e.g. "birthDate") turned into their labels. */
    String describe(CaseProblem e) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && s.matches("[a-zA-Z]+")) {
                args[i] = messages.getMessage("cases.field." + s, null, s, locale);
            }
        }
        return messages.getMessage("cases.problem." + e.code(), args, e.getMessage(), locale);
    }

    /** Runs an action; on success redirects to its result, on a problem back to {@code back} with the input. */
    String act(RedirectAttributes redirect, String back, Map<String, String> input, Supplier<String> action) {
        try {
            String target = action.get();
            redirect.addFlashAttribute("done", true);
            return "redirect:" + (target == null ? back : target);
        } catch (CaseProblem e) {
            redirect.addFlashAttribute("problem", describe(e));
            redirect.addFlashAttribute("form", input == null ? Map.of() : new HashMap<>(input));
            return "redirect:" + back;
        }
    }

    String act(RedirectAttributes redirect, String back, Map<String, String> input, Runnable action) {
        return act(redirect, back, input, () -> {
            action.run();
            return null;
        });
    }
}
