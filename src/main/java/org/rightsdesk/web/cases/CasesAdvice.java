package org.rightsdesk.web.cases;

import jakarta.servlet.http.HttpServletResponse;
import org.rightsdesk.cases.CaseProblem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A case-desk page that cannot be shown says why in one sentence: not found (or not yours), forbidden, or bad input. */
@ControllerAdvice(assignableTypes = {CasesController.class, ClientsController.class})
class CasesAdvice {

    private final CaseForms forms;

    CasesAdvice(CaseForms forms) {
        this.forms = forms;
    }

    @ExceptionHandler(CaseProblem.class)
    String problem(CaseProblem e, HttpServletResponse response, Model model) {
        response.setStatus(switch (e.code()) {
            case "not_found" -> 404;
            case "forbidden" -> 403;
            default -> 400;
        });
        model.addAttribute("problem", forms.describe(e));
        return "cases/problem";
    }
}
