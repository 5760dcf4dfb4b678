package org.rightsdesk.web;

import org.rightsdesk.accounts.AccountProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turns a module's problem into a sentence in the reader's language, falling back to the
 * module's English message when the bundle has no entry, and runs form actions with it.
 */
@Component
class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    String describe(AccountProblem problem) {
        return messages.getMessage("problem." + problem.code(), problem.args(), problem.getMessage(),
                LocaleContextHolder.getLocale());
    }

    /** Runs a form action and redirects back with "saved" or the problem, Post/Redirect/Get style. */
    String act(RedirectAttributes redirect, String back, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (AccountProblem e) {
            redirect.addFlashAttribute("problem", describe(e));
        }
        return "redirect:" + back;
    }
}
