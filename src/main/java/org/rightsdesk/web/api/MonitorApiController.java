package org.rightsdesk.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.MonitorProblem;
import org.rightsdesk.monitor.Statistics;
import org.rightsdesk.monitor.StatisticsQuery;
import org.rightsdesk.web.monitor.StatisticsExport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Monitor statistics for API clients: the same JSON as the statistics page's download (columns in docs/monitor.md). */
@RestController
@RequestMapping("/api/v1/monitor")
@Tag(name = "Monitor")
class MonitorApiController {

    private final Statistics statistics;
    private final StatisticsExport export;

    MonitorApiController(Statistics statistics, StatisticsExport export) {
        this.statistics = statistics;
        this.export = export;
    }

    @GetMapping(value = "/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Counts of de-duplicated incidents by month, type, region, site kind and agency, reported next to "
            + "corroborated and verified, people affected per qualifier. publicOnly=true gives the public, suppressed version.",
            security = @SecurityRequirement(name = "token"))
    ResponseEntity<String> statistics(@Parameter(description = "first month, YYYY-MM") @RequestParam(required = false) String from,
                                      @Parameter(description = "last month, YYYY-MM") @RequestParam(required = false) String to,
                                      @Parameter(description = "incident type code") @RequestParam(required = false) String type,
                                      @RequestParam(defaultValue = "false") boolean publicOnly) {
        StatisticsQuery q = new StatisticsQuery(from, to, type == null || type.isBlank() ? null : IncidentType.fromCode(type), false);
        return ResponseEntity.ok(export.json(publicOnly ? statistics.publicReport(q) : statistics.report(q)));
    }

    @ExceptionHandler(MonitorProblem.class)
    ProblemDetail badRequest(MonitorProblem e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
