package org.rightsdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsdesk.cli.Launcher;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/v1/regime/assess}: public, JSON in and out, the same answer as the command
 * line, and a 400 problem naming the field for every kind of bad input (never a 500).
 */
@DatabaseTest
class RegimeApiTest {

    static final Path WORKER = Path.of("src/test/resources/regime/worker-2025.json");

    @Autowired
    MockMvc mvc;

    @Test
    void theApiAndTheCommandLineGiveTheSameAssessmentForTheSameFacts() throws Exception {
        String body = Files.readString(WORKER);
        String api = mvc.perform(post("/api/v1/regime/assess").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        int code = Launcher.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("regime", "assess", WORKER.toString());
        assertThat(code).isZero();
        assertThat(api.strip()).isEqualTo(out.toString().strip());
        assertThat(api).contains("\"kind\" : \"PATENT_PAYMENT\"", "\"due\" : \"2025-07-11\"");
    }

    @Test
    void anExpulsionRulingYieldsItsAppealDeadlineWithCitations() throws Exception {
        String body = """
                {"on": "2025-04-24", "citizenship": "UZ",
                 "rulings": [{"kind": "COURT_EXPULSION", "decided": "2025-04-22", "served": "2025-04-23", "ref": "proc-1"}]}
                """;
        mvc.perform(post("/api/v1/regime/assess").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.obligations[?(@.kind == 'EXPULSION_APPEAL')].due").value("2025-05-05"))
                .andExpect(jsonPath("$.obligations[?(@.kind == 'EXPULSION_APPEAL')].ref").value("proc-1"))
                .andExpect(jsonPath("$.rules[?(@.rule == 'R-071')].basis").value(Matchers.hasItem(Matchers.containsString("364-FZ"))))
                .andExpect(jsonPath("$.rules[?(@.rule == 'R-071')].sources[0]").exists());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            exit before entry | {"on":"2025-06-01","citizenship":"TJ","stays":[{"entered":"2025-03-10","left":"2025-03-01"}]} | stays[0].left
            payment before patent | {"on":"2025-06-01","citizenship":"TJ","documents":[{"kind":"PATENT","issued":"2025-03-10"}],"patentPayments":[{"paidOn":"2025-03-01","months":1}]} | patentPayments[0].paidOn
            unknown document kind | {"on":"2025-06-01","citizenship":"TJ","documents":[{"kind":"PASSPORT","issued":"2025-03-10"}]} | documents[0].kind
            year 3000 | {"on":"2025-06-01","citizenship":"TJ","stays":[{"entered":"3000-01-01"}]} | stays[0].entered
            missing citizenship | {"on":"2025-06-01","stays":[{"entered":"2025-03-01"}]} | citizenship
            missing entry | {"on":"2025-06-01","citizenship":"TJ","stays":[{"left":"2025-03-01"}]} | stays[0].entered
            malformed JSON | {"on":"2025-06-01","citizenship": | (document)
            wrong type | {"on":"2025-06-01","citizenship":"TJ","stays":"yesterday"} | stays
            unknown field | {"on":"2025-06-01","citizenship":"TJ","stayz":[]} | stayz
            not a date | {"on":"2025-02-30","citizenship":"TJ"} | on
            no evaluation day | {"citizenship":"TJ","stays":[{"entered":"2025-03-01"}]} | on
            evaluation day in 1900 | {"on":"1900-01-01","citizenship":"TJ"} | on
            listed is null | {"on":"2025-06-01","citizenship":"TJ","registryChecks":[{"checkedOn":"2025-05-01","listed":null}]} | registryChecks[0].listed
            child born after the day | {"on":"2025-06-01","citizenship":"TJ","children":[{"birthDate":"2025-08-01"}]} | children[0].birthDate
            grade 11 at age 5 | {"on":"2025-06-01","citizenship":"TJ","children":[{"birthDate":"2020-01-10","schoolApplied":"2025-04-01","grade":11}]} | children[0].grade
            ruling before the entry | {"on":"2025-06-01","citizenship":"TJ","stays":[{"entered":"2025-03-01"}],"rulings":[{"kind":"COURT_EXPULSION","decided":"2025-02-01"}]} | rulings[0].decided
            control character | {"on":"2025-06-01","citizenship":"TJ","stays":[{"entered":"2025-03-01","ref":"a\\u001bb"}]} | stays[0].ref
            """)
    void badInputIsA400ProblemNamingTheField(String what, String body, String field) throws Exception {
        mvc.perform(post("/api/v1/regime/assess").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid facts"))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem(field)))
                .andExpect(jsonPath("$.obligations").doesNotExist());
    }

    @Test
    void anEmptyBodyAndAWrongContentTypeAreClientErrorsToo() throws Exception {
        mvc.perform(post("/api/v1/regime/assess").contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("(document)"));
        mvc.perform(post("/api/v1/regime/assess").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/regime/assess").contentType(MediaType.APPLICATION_JSON).content("[1,2]"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theEndpointIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/regime/assess'].post.summary").value(Matchers.containsString("Assess")))
                .andExpect(jsonPath("$.components.schemas.AssessRequest.properties.stays").exists())
                .andExpect(jsonPath("$.components.schemas.Assessment").exists());
    }

    @Test
    void allProblemsComeInOneAnswerReadingAndValidationAlike() throws Exception {
        String body = """
                {"on": "2025-06-01", "citizenship": "TJ",
                 "stays": [{"entered": "2025-02-30"}, {"entered": "2025-04-10", "left": "2025-04-01"}]}
                """;
        mvc.perform(post("/api/v1/regime/assess").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("stays[0].entered", "stays[1].left")))
                .andExpect(jsonPath("$.errors[?(@.field == 'stays[1].left')].code").value("exit-before-entry"));
    }

    @Test
    void aDayPastTheSourcesHorizonIsHeadlinedFirst() throws Exception {
        String body = "{\"on\": \"2026-06-01\", \"citizenship\": \"TJ\", \"stays\": [{\"entered\": \"2026-05-01\"}]}";
        String json = mvc.perform(post("/api/v1/regime/assess").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headlines[0].code").value("beyond-sources-horizon"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json.indexOf("\"headlines\"")).isLessThan(json.indexOf("\"status\""));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefused() throws Exception {
        // The server's body limit (1 MB for JSON, RequestLimits) refuses it before the codec's own 8 MB limit is reached.
        byte[] big = new byte[org.rightsdesk.regime.RegimeJson.MAX_DOCUMENT_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        mvc.perform(post("/api/v1/regime/assess").contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.title").value("Request too large"));
    }
}
