package org.rightsdesk.web.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsdesk.monitor.Claim;
import org.rightsdesk.monitor.CodedField;
import org.rightsdesk.monitor.IncidentFile;
import org.rightsdesk.monitor.IncidentRegistry;
import org.rightsdesk.monitor.NewSource;
import org.rightsdesk.monitor.SourceCatalog;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coding form's suggestions as plain HTML posts (no JavaScript): a rejected value is not coded
 * and leaves no claim, an accepted one is a claim at the suggested occurrence of its words (not the
 * first one), a corrected value keeps its words; a text in another language says why there is nothing.
 */
@DatabaseTest
class SuggestionsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SourceCatalog sources;
    @Autowired
    IncidentRegistry registry;

    private long source(String text, String language) {
        return sources.file(new NewSource("https://example.test/" + UUID.randomUUID(), "Тест", "Заголовок " + UUID.randomUUID(),
                LocalDate.of(2033, 3, 4), language, text, "t.txt", "UTF-8"), "test").source().id();
    }

    @Test
    void acceptedValuesBecomeClaimsAtTheirWordsAndRejectedOnesAreNotCoded() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        // "рынке" twice: the suggestion points at the second; the claim must too.
        String text = "Торговцы на рынке говорят о проверках. Во вторник полиция и ОМОН провели рейд на рынке в Химках, задержаны 17 мигрантов. "
                + marker;
        long id = source(text, "ru");
        String form = mvc.perform(get("/monitor/incidents/new").param("source", String.valueOf(id)).param("suggestion", "0")
                        .with(user("m").roles("MONITOR")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Suggested values").contains("name=\"decisions[0]\"").contains("<mark class=\"value\"");
        int site = text.indexOf("рынке", text.indexOf("рейд"));

        var post = post("/monitor/incidents").with(csrf()).with(user("m").roles("MONITOR")).header("Accept-Language", "en")
                .param("sourceId", String.valueOf(id)).param("type", "raid").param("dateFrom", "2033-03-01")
                .param("region", "RU-MOS").param("locality", "Химки").param("siteKind", "market").param("count", "17")
                .param("qualifier", "exact").param("agencies", "police", "rosgvardia").param("suggestion", "0");
        String[][] rows = {
                {"type", "raid", String.valueOf(text.indexOf("рейд")), "рейд", "accept"},
                {"date", "2033-03-01", String.valueOf(text.indexOf("Во вторник")), "Во вторник", "accept"},
                {"site", "market", String.valueOf(site), "рынке", "accept"},
                {"agency", "rosgvardia", String.valueOf(text.indexOf("ОМОН")), "ОМОН", "reject"},
                {"count", "exact 17", String.valueOf(text.indexOf("17")), "17", "accept"}};
        for (int n = 0; n < rows.length; n++) {
            post.param("suggestedParts[" + n + "]", rows[n][0]).param("suggestedValues[" + n + "]", rows[n][1])
                    .param("suggestedStarts[" + n + "]", rows[n][2]).param("suggestedQuotes[" + n + "]", rows[n][3])
                    .param("decisions[" + n + "]", rows[n][4]);
        }
        String location = mvc.perform(post).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long incident = Long.parseLong(location.replaceAll("^/monitor/incidents/(\\d+).*$", "$1"));
        IncidentFile file = registry.file(incident).orElseThrow();
        assertThat(file.incident().agencies()).extracting(a -> a.code()).containsExactly("police");
        assertThat(file.claims()).noneMatch(c -> c.field() == CodedField.AGENCY);
        Claim place = file.claims().stream().filter(c -> c.field() == CodedField.PLACE).findFirst().orElseThrow();
        assertThat(place.span().start()).isEqualTo(site);
        assertThat(file.claims()).anyMatch(c -> c.field() == CodedField.COUNT && c.counted() && c.span() != null
                && c.span().quote().equals("17"));
    }

    @Test
    void aTextInAnotherLanguageSaysWhyThereAreNoSuggestions() throws Exception {
        long id = source("Die Polizei hat am Donnerstag auf einem Markt dreißig Migranten festgenommen, wie die Zeitung berichtet. "
                + UUID.randomUUID(), "de");
        String page = mvc.perform(get("/monitor/incidents/new").param("source", String.valueOf(id))
                        .with(user("m").roles("MONITOR")).header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Предложений нет: текст не на русском и не на английском.");
    }
}
