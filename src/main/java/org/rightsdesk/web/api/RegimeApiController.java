package org.rightsdesk.web.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rightsdesk.regime.Assessment;
import org.rightsdesk.regime.FactsProblem;
import org.rightsdesk.regime.PersonFacts;
import org.rightsdesk.regime.RegimeEngine;
import org.rightsdesk.regime.RegimeJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/regime/assess}: the regime engine over HTTP, public and stateless. The
 * body is parsed by the module's own codec ({@link RegimeJson}, shared with the CLI), so both
 * give the same answer and the same field-named errors; the evaluation day {@code on} is
 * required (the server's clock is never used for it). The body is read up to the codec's size
 * limit and the answer is streamed to the response as it is written. Nothing is stored or logged.
 */
@RestController
@RequestMapping("/api/v1/regime")
@Tag(name = "Regime", description = "Migration-regime rules: facts about a person in, dated obligations, restrictions and citations out.")
class RegimeApiController {

    private final RegimeEngine engine = new RegimeEngine();

    /** The request document as documented in OpenAPI: the facts of {@link PersonFacts} plus the day. */
    @Schema(name = "AssessRequest", description = "A person's facts (all fields of PersonFacts) and the day to judge them on. "
            + "null is never a value: leave out what is not known.")
    record AssessRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Evaluation day, YYYY-MM-DD, "
            + "from 2011-01-01 to the end of the year after the production calendar's last year") LocalDate on,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "UZ") String citizenship,
                         org.rightsdesk.regime.Sex sex, LocalDate birthDate, List<org.rightsdesk.regime.Stay> stays,
                         List<org.rightsdesk.regime.PlaceOfStay> placesOfStay, List<org.rightsdesk.regime.Document> documents,
                         List<org.rightsdesk.regime.PatentPayment> patentPayments,
                         List<org.rightsdesk.regime.ExpulsionRuling> rulings,
                         List<org.rightsdesk.regime.RegistryCheck> registryChecks,
                         org.rightsdesk.regime.Naturalisation naturalisation, List<org.rightsdesk.regime.Child> children) {
    }

    @PostMapping(path = "/assess", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assess a person's situation on a day: status, legal-stay timeline, obligations with due dates, "
            + "missed deadlines, restrictions, warnings and unknowns, each citing its rules (R-numbers). No authentication.",
            description = "Items cite rules by R-number; the final 'rules' list gives each cited rule once with basis, period, "
                    + "sources and confidence. Texts are {key, en, ru}. Invalid facts give HTTP 400 with an RFC 9457 problem "
                    + "whose 'errors' name each field (e.g. stays[1].left) and what is wrong.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = AssessRequest.class))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The assessment",
                            content = @Content(schema = @Schema(implementation = Assessment.class))),
                    @ApiResponse(responseCode = "400", description = "Invalid facts: RFC 9457 problem with 'errors'",
                            content = @Content(mediaType = "application/problem+json"))})
    void assess(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RegimeJson.Request facts = RegimeJson.read(request.getInputStream(), null);
        Assessment assessment = engine.assess(facts.facts(), facts.on());
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        RegimeJson.write(assessment, response.getOutputStream());
    }

    @ExceptionHandler(FactsProblem.class)
    ResponseEntity<ProblemDetail> invalid(FactsProblem problem) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problem.issues().size() == 1 ? problem.getMessage() : problem.issues().size() + " problems in the facts: " + problem.getMessage());
        body.setTitle("Invalid facts");
        body.setType(URI.create("urn:rightsdesk:problem:invalid-facts"));
        List<Map<String, String>> errors = new ArrayList<>();
        for (FactsProblem.Issue i : problem.issues()) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("field", i.field());
            e.put("problem", i.problem());
            e.put("code", i.code());
            errors.add(e);
        }
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
