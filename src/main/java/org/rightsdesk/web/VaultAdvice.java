package org.rightsdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rightsdesk.vault.TamperedRecordException;
import org.rightsdesk.vault.VaultSealedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Pages that need personal data answer a sealed vault with the "sealed" page (503), and a record
 * that failed its integrity check with a plain explanation (500), never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class VaultAdvice {

    private final LayoutAttributes layout;

    VaultAdvice(LayoutAttributes layout) {
        this.layout = layout;
    }

    @ExceptionHandler(VaultSealedException.class)
    String sealed(HttpServletRequest request, HttpServletResponse response, Model model) {
        layout.fill(model, request);
        model.addAttribute("changeRefused", !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()));
        response.setStatus(503);
        response.setHeader("Retry-After", "300");
        return "vault/sealed";
    }

    @ExceptionHandler(TamperedRecordException.class)
    String tampered(HttpServletRequest request, HttpServletResponse response, Model model) {
        layout.fill(model, request);
        response.setStatus(500);
        return "vault/tampered";
    }
}
