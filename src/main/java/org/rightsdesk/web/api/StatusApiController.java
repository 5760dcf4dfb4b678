package org.rightsdesk.web.api;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.vault.Vault;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Health for monitoring and load balancers, and "who am I" for API clients. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Status")
class StatusApiController {

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Vault vault;

    StatusApiController(JdbcClient jdbc, AccountService accounts, Vault vault) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.vault = vault;
    }

    /** Health document: status, database reachability, and what other modules add (e.g. seal state). */
    public record Health(String status, boolean database, Map<String, Object> details) {
    }

    /** The caller's account. */
    public record Me(String username, String role) {
    }

    @GetMapping("/health")
    @Operation(summary = "Is the server up, its database reachable, and the vault sealed? No authentication.")
    ResponseEntity<Health> health() {
        boolean db;
        try {
            db = jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
        } catch (RuntimeException e) {
            db = false;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        // A sealed server is up and healthy: it just shows no personal data until unsealed.
        details.put("sealed", vault.isSealed());
        details.put("vault", vault.status().code());
        Health health = new Health(db ? "up" : "down", db, details);
        return ResponseEntity.status(db ? 200 : 503).body(health);
    }

    @GetMapping("/me")
    @Operation(summary = "The account the API token belongs to.", security = @SecurityRequirement(name = "token"))
    Me me(Principal principal) {
        UserAccount account = accounts.find(principal.getName()).orElseThrow();
        return new Me(account.username(), account.role().code());
    }
}
