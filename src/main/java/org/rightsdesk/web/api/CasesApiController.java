package org.rightsdesk.web.api;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.cases.CaseDesk;
import org.rightsdesk.cases.CaseProblem;
import org.rightsdesk.cases.Deadlines;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON view of the case desk for scripts and other tools: one's cases, a case, and the
 * deadline calendar. Same access rules as the pages; 503 while the vault is sealed.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases")
class CasesApiController {

    private final CaseDesk cases;
    private final Deadlines deadlines;
    private final AccountService accounts;
    private final Clock clock;

    CasesApiController(CaseDesk cases, Deadlines deadlines, AccountService accounts, Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/cases")
    @Operation(summary = "The cases the caller may see (client names only for admins and lawyers).",
            security = @SecurityRequirement(name = "token"))
    List<CaseDesk.CaseSummary> list(Principal me) {
        return cases.list(me(me));
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One case file; personal fields are empty for viewers.", security = @SecurityRequirement(name = "token"))
    CaseDesk.CaseView view(@PathVariable long id, Principal me) {
        return cases.view(id, me(me));
    }

    @GetMapping("/deadlines")
    @Operation(summary = "The caller's deadline calendar for today: overdue, this week, later.",
            security = @SecurityRequirement(name = "token"))
    Deadlines.Calendar calendar(Principal me) {
        return deadlines.calendar(me(me), LocalDate.now(clock));
    }

    @ExceptionHandler(CaseProblem.class)
    ResponseEntity<ProblemDetail> problem(CaseProblem e) {
        HttpStatus status = switch (e.code()) {
            case "not_found" -> HttpStatus.NOT_FOUND;
            case "forbidden" -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setProperty("code", e.code());
        return ResponseEntity.status(status).body(p);
    }

    private UserAccount me(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow();
    }
}
