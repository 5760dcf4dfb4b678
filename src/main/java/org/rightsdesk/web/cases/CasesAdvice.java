package org.rightsdesk.web.cases;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rightsdesk.web.LayoutAttributes;
import org.rightsdesk.cases.CaseProblem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A case-desk page that cannot be shown says why in one sentence: not found (or not yours), forbidden, or bad input. */
@ControllerAdvice(assignableTypes = {CasesController.class, ClientsController.class})
class CasesAdvice {

    private final CaseForms forms;
    private final LayoutAttributes layout;

    CasesAdvice(CaseForms forms, LayoutAttributes layout) {
        this.forms = forms;
        this.layout = layout;
    }

    @ExceptionHandler(CaseProblem.class)
    String problem(CaseProblem e, HttpServletRequest request, HttpServletResponse response, Model model) {
        layout.fill(model, request);
        response.setStatus(switch (e.code()) {
            case "not_found" -> 404;
            case "forbidden" -> 403;
            default -> 400;
        });
        model.addAttribute("problem", forms.describe(e));
        return "cases/problem";
    }
}
