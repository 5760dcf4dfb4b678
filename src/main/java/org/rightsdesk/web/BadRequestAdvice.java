package org.rightsdesk.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * A request that is not what its handler reads — a form where an upload was expected, an upload
 * without its file — is the sender's mistake: 400, never a 500 and never a logged stack trace.
 * (Malformed bodies never get this far: {@link RequestLimits} refuses them.)
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BadRequestAdvice {

    @ExceptionHandler(MultipartException.class)
    void notAnUpload(HttpServletResponse response) throws IOException {
        response.sendError(400);
    }
}
