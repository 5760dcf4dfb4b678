package org.rightsdesk.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading a facts document is strict and says everything at once: {@code null} is never "not
 * given", the evaluation day is required, unknown fields, wrong types and bad dates are named,
 * control characters are refused (and never echoed), lists and documents have a size limit, and
 * the problems the reader finds come in one list with those the validator finds in the rest.
 */
class FactsReadingTest {

    static List<String> fields(String json) {
        FactsProblem p = catchThrowableOfType(FactsProblem.class, () -> RegimeJson.read(json));
        assertThat(p).as("refused: %s", json).isNotNull();
        return p.issues().stream().map(FactsProblem.Issue::field).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            listed null        | {"on":"2025-06-01","citizenship":"UZ","registryChecks":[{"checkedOn":"2025-05-01","listed":null}]} | registryChecks[0].listed
            on null            | {"on":null,"citizenship":"UZ"}                                                                  | on
            citizenship null   | {"on":"2025-06-01","citizenship":null}                                                          | citizenship
            left null          | {"on":"2025-06-01","citizenship":"UZ","stays":[{"entered":"2025-03-01","left":null}]}           | stays[0].left
            ref null           | {"on":"2025-06-01","citizenship":"UZ","stays":[{"entered":"2025-03-01","ref":null}]}            | stays[0].ref
            list null          | {"on":"2025-06-01","citizenship":"UZ","stays":null}                                             | stays
            element null       | {"on":"2025-06-01","citizenship":"UZ","stays":[null]}                                           | stays[0]
            forced null        | {"on":"2025-06-01","citizenship":"UZ","rulings":[{"kind":"DEPORTATION","decided":"2025-05-01","forced":null}]} | rulings[0].forced
            grade null         | {"on":"2025-06-01","citizenship":"UZ","children":[{"birthDate":"2015-01-01","grade":null}]}     | children[0].grade
            naturalisation null| {"on":"2025-06-01","citizenship":"UZ","naturalisation":null}                                    | naturalisation
            sex null           | {"on":"2025-06-01","citizenship":"UZ","sex":null}                                               | sex
            """)
    void nullIsAnErrorNamingTheFieldNeverNotGiven(String what, String json, String field) {
        assertThat(fields(json)).contains(field);
    }

    @Test
    void theEvaluationDayIsRequiredUnlessTheCallerGivesIt() {
        String json = "{\"citizenship\":\"UZ\",\"stays\":[{\"entered\":\"2025-03-01\"}]}";
        FactsProblem p = catchThrowableOfType(FactsProblem.class, () -> RegimeJson.read(json));
        assertThat(p.issues()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("on");
            assertThat(i.problem()).contains("required");
        });
        assertThat(RegimeJson.read(json, LocalDate.of(2025, 6, 1)).on()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void aBadDateAndAContradictionAreReportedTogether() {
        String json = """
                {"on": "2025-06-01", "citizenship": "UZ",
                 "stays": [{"entered": "2025-02-30", "left": "2025-03-10"}, {"entered": "2025-04-10", "left": "2025-04-01"}],
                 "documents": [{"kind": "PASSPORT", "issued": "2025-01-01"}],
                 "patentPayments": [{"paidOn": "2025-01-01", "months": 1}]}
                """;
        assertThat(fields(json)).containsExactlyInAnyOrder("stays[0].entered", "documents[0].kind", "stays[1].left",
                "patentPayments[0].paidOn");
    }

    @Test
    void aFieldTheReaderCouldNotReadIsNotReportedAgainAsMissing() {
        assertThat(fields("{\"on\":\"2025-06-01\",\"citizenship\":\"UZ\",\"stays\":[{\"entered\":\"yesterday\"}]}"))
                .containsExactly("stays[0].entered");
        assertThat(fields("{\"on\":\"2025-06-01\",\"citizenship\":\"UZ\",\"stays\":[7, {\"entered\":\"2025-03-01\"}]}"))
                .containsExactly("stays[0]");
    }

    @Test
    void controlCharactersAreRefusedInTextsAndNeverEchoedFromFieldNames() {
        List<String> ref = fields("{\"on\":\"2025-06-01\",\"citizenship\":\"UZ\",\"stays\":[{\"entered\":\"2025-03-01\","
                + "\"ref\":\"a\\u001b[2Jb\"}]}");
        assertThat(ref).containsExactly("stays[0].ref");
        for (String text : List.of("tab\\there", "line\\nbreak", "bell\\u0007", "csi\\u009b", "rtl\\u202eoverride", "del\\u007f")) {
            assertThat(fields("{\"on\":\"2025-06-01\",\"citizenship\":\"UZ\",\"documents\":[{\"kind\":\"VISA\","
                    + "\"issued\":\"2025-03-01\",\"ref\":\"" + text + "\"}]}")).as(text).containsExactly("documents[0].ref");
        }
        FactsProblem p = catchThrowableOfType(FactsProblem.class,
                () -> RegimeJson.read("{\"on\":\"2025-06-01\",\"citizenship\":\"UZ\",\"\\u001b[31mred\":1}"));
        assertThat(p.getMessage()).doesNotContain("\u001b").contains("\\u001B[31mred", "is not a known field");
    }

    @Test
    void aVeryLongTextIsRefused() {
        String ref = "x".repeat(201);
        assertThat(fields("{\"on\":\"2025-06-01\",\"citizenship\":\"UZ\",\"stays\":[{\"entered\":\"2025-03-01\",\"ref\":\""
                + ref + "\"}]}")).containsExactly("stays[0].ref");
    }

    @Test
    void aListLongerThanItsLimitIsOneProblemNamingTheList() {
        StringBuilder json = new StringBuilder("{\"on\":\"2025-06-01\",\"citizenship\":\"UZ\",\"rulings\":[");
        for (int i = 0; i <= 100; i++) {
            json.append(i == 0 ? "" : ",").append("{\"kind\":\"DEPORTATION\",\"decided\":\"2025-05-01\"}");
        }
        json.append("]}");
        FactsProblem p = catchThrowableOfType(FactsProblem.class, () -> RegimeJson.read(json.toString()));
        assertThat(p.issues()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("rulings");
            assertThat(i.problem()).contains("more than 100");
        });
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        String big = "{\"on\":\"2025-06-01\",\"citizenship\":\"UZ\",\"x\":\"" + "a".repeat(RegimeJson.MAX_DOCUMENT_BYTES) + "\"}";
        FactsProblem p = catchThrowableOfType(FactsProblem.class,
                () -> RegimeJson.read(new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null));
        assertThat(p.issues()).singleElement().satisfies(i -> assertThat(i.field()).isEqualTo("(document)"));
        assertThat(p.getMessage()).contains("larger than 8 MB");
    }
}
