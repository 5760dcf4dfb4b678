package org.rightsdesk.web.api;

import java.net.URI;

import org.rightsdesk.vault.TamperedRecordException;
import org.rightsdesk.vault.VaultSealedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** API answers for a sealed vault (503, retry later) and a tampered record (500), as RFC 9457 problems. */
@RestControllerAdvice(basePackages = "org.rightsdesk.web.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVaultAdvice {

    @ExceptionHandler(VaultSealedException.class)
    ResponseEntity<ProblemDetail> sealed() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The vault is sealed: personal data cannot be read until an administrator unseals it.");
        p.setTitle("Vault sealed");
        p.setType(URI.create("https://rightsdesk.invalid/problems/vault-sealed"));
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "300").body(p);
    }

    @ExceptionHandler(TamperedRecordException.class)
    ResponseEntity<ProblemDetail> tampered() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "A stored record failed its integrity check and was not decrypted; an alarm has been logged.");
        p.setTitle("Integrity check failed");
        return ResponseEntity.status(500).body(p);
    }
}
