package org.rightsdesk.web.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsdesk.monitor.Count;
import org.rightsdesk.monitor.Incident;
import org.rightsdesk.monitor.IncidentFilter;
import org.rightsdesk.monitor.IncidentRegistry;
import org.rightsdesk.monitor.NewSource;
import org.rightsdesk.monitor.Qualifier;
import org.rightsdesk.monitor.Source;
import org.rightsdesk.monitor.SourceCatalog;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
class MonitorPagesTest {

    static final RequestPostProcessor MONITOR = user("marta").roles("MONITOR");
    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    SourceCatalog sources;
    @Autowired
    IncidentRegistry incidents;

    private Source article(String text) {
        return sources.file(new NewSource("https://example.test/" + UUID.randomUUID(), "Test Herald", "Checks at a building site",
                LocalDate.of(2025, 5, 20), "en", text + " " + UUID.randomUUID(), "a.txt", "UTF-8"), "tester").source();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who).header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aMonitorCodesFromASourceIsShownDuplicatesAndMergesOrKeepsApart() throws Exception {
        String town = "Siteton-" + UUID.randomUUID().toString().substring(0, 6);
        Source first = article("On 19 May 2025 officers checked workers at a building site; about 40 people were held.");
        String form = page("/monitor/incidents/new?source=" + first.id(), MONITOR);
        assertThat(form).contains("Checks at a building site").contains("about 40 people were held");

        String created = mvc.perform(post("/monitor/incidents").with(MONITOR).with(csrf())
                        .param("sourceId", String.valueOf(first.id())).param("type", "raid").param("dateFrom", "2025-05-19")
                        .param("region", "RU-MOS").param("locality", town).param("siteKind", "construction")
                        .param("count", "40").param("qualifier", "about").param("agencies", "police")
                        .param("quoteFields[0]", "count").param("quotes[0]", "about 40 people were held"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(created).startsWith("/monitor/incidents/");
        long id = Long.parseLong(created.replaceAll("\\D+", " ").trim().split(" ")[0]);
        String shown = page("/monitor/incidents/" + id, MONITOR);
        assertThat(shown).contains("about 40 people were held").contains("counted");

        Source second = article("A building site raid on 19 May 2025 ended with 42 detentions.");
        String again = mvc.perform(post("/monitor/incidents").with(MONITOR).with(csrf()).header("Accept-Language", "en")
                        .param("sourceId", String.valueOf(second.id())).param("type", "raid").param("dateFrom", "2025-05-19")
                        .param("region", "RU-MOS").param("locality", town).param("siteKind", "construction")
                        .param("count", "42").param("qualifier", "exact")
                        .param("quoteFields[0]", "count").param("quotes[0]", "ended with 42 detentions"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("This may already be on file").contains("same locality (" + town + ")")
                .contains("numbers compatible (42 and about 40)").contains("merge:" + id);

        mvc.perform(post("/monitor/incidents").with(MONITOR).with(csrf())
                        .param("sourceId", String.valueOf(second.id())).param("type", "raid").param("dateFrom", "2025-05-19")
                        .param("region", "RU-MOS").param("locality", town).param("siteKind", "construction")
                        .param("count", "42").param("qualifier", "exact").param("decision", "merge:" + id)
                        .param("quoteFields[0]", "count").param("quotes[0]", "ended with 42 detentions"))
                .andExpect(status().is3xxRedirection());
        String merged = page("/monitor/incidents/" + id, MONITOR);
        assertThat(merged).contains("Sources disagree").contains("ended with 42 detentions").contains("about 40 people were held")
                .contains("Count this one").contains("merged");
        assertThat(incidents.file(id).orElseThrow().sources()).hasSize(2);
    }

    @Test
    void aBadDateIsNamedOnTheFormAndNothingIsSaved() throws Exception {
        long before = incidents.count(IncidentFilter.all());
        String body = mvc.perform(post("/monitor/incidents").with(MONITOR).with(csrf()).header("Accept-Language", "en")
                        .param("type", "raid").param("dateFrom", "2025-02-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("&quot;2025-02-31&quot; does not exist: that month has 28 days.");
        assertThat(incidents.count(IncidentFilter.all())).isEqualTo(before);
    }

    @Test
    void viewersReadButCannotCode() throws Exception {
        page("/monitor", VIEWER);
        page("/monitor/statistics", VIEWER);
        mvc.perform(get("/monitor/incidents/new").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/monitor/incidents").with(VIEWER).with(csrf()).param("type", "raid")).andExpect(status().isForbidden());
    }

    @Test
    void everyPageRendersAndChartsCarryNoInlineStyleOrScript() throws Exception {
        Incident i = incidents.create(new org.rightsdesk.monitor.IncidentDraft(org.rightsdesk.monitor.IncidentType.DETENTION,
                org.rightsdesk.monitor.Period.parse("2025-03", null, null), new org.rightsdesk.monitor.Place("RU-MOW", null,
                org.rightsdesk.monitor.SiteKind.METRO), new Count(64L, Qualifier.MORE_THAN, null), null, null, null, "", null, null),
                "tester", List.of());
        for (String url : List.of("/monitor", "/monitor/incidents", "/monitor/incidents?type=detention&region=RU-MOW",
                "/monitor/incidents/" + i.id(), "/monitor/incidents/" + i.id() + "/edit", "/monitor/incidents/import",
                "/monitor/figures", "/monitor/figures/new", "/monitor/measures", "/monitor/measures/new", "/monitor/timeline",
                "/monitor/statistics?from=2025-01&to=2025-12", "/search?q=metro", "/monitor/incidents/new")) {
            String html = page(url, MONITOR);
            assertThat(html).as(url).doesNotContain(" style=").doesNotContain("<style").doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                    .doesNotContainPattern("\\son[a-z]+=");
        }
        String stats = page("/monitor/statistics", MONITOR);
        assertThat(stats).contains("<svg").contains("role='img'").contains("more than 64");
    }

    @Test
    void statisticsDownloadInCsvAndJsonWithQualifiersKeptApart() throws Exception {
        String csv = mvc.perform(get("/monitor/statistics.csv").with(MONITOR)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("table,key,label,incidents,corroborated,verified,people_exact");
        assertThat(csv).contains("\ntotal,");
        String json = mvc.perform(get("/monitor/statistics.json").with(MONITOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"more_than\"").contains("\"tables\"").contains("\"suppression_threshold\" : null");
        mvc.perform(get("/monitor/statistics.csv?from=2024-13").with(MONITOR)).andExpect(status().isBadRequest());
    }

    @Test
    void publicPagesOpenWithoutSigningInShowOnlyPublishedAndWithholdSmallCells() throws Exception {
        Incident unpublished = incidents.create(new org.rightsdesk.monitor.IncidentDraft(org.rightsdesk.monitor.IncidentType.VIOLENCE,
                null, new org.rightsdesk.monitor.Place("RU-KDA", null, null), new Count(3L, Qualifier.EXACT, null), null, null, null,
                "private note", null, null), "tester", List.of());
        mvc.perform(get("/public/monitor/incidents/" + unpublished.id())).andExpect(status().isNotFound());
        incidents.setPublished(unpublished.id(), true, "tester");
        String pub = mvc.perform(get("/public/monitor/incidents/" + unpublished.id()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pub).contains("Violence by officials").doesNotContain("private note");
        String stats = mvc.perform(get("/public/monitor").header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(stats).contains("Monitoring statistics").contains("withheld").contains("counts under 5 are withheld");
        String csv = mvc.perform(get("/public/monitor/statistics.csv").header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // One published incident in the region: its count and its people are withheld, and say so.
        assertThat(csv.lines().filter(l -> l.startsWith("region,RU-KDA,Krasnodar Krai,")).findFirst().orElseThrow())
                .startsWith("region,RU-KDA,Krasnodar Krai,,").endsWith("incidents;people");
        mvc.perform(get("/public/monitor/timeline")).andExpect(status().isOk());
        mvc.perform(get("/public/monitor/statistics/columns")).andExpect(status().isOk());
        mvc.perform(get("/monitor/statistics")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theImportReportSpeaksTheReadersLanguage() throws Exception {
        byte[] csv = "type,date_from,region,count\nraid,2025-02-31,RU-MOW,3\nraid,2025-03-01,RU-MOW,many\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var file = new org.springframework.mock.web.MockMultipartFile("files", "bad.csv", "text/csv", csv);
        String ru = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/monitor/incidents/import")
                        .file(file).with(MONITOR).with(csrf()).header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ru).contains("строка 2: ").contains("строка 3: count: «many» — не целое число.").doesNotContain("row 3");
        String en = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/monitor/incidents/import")
                        .file(file).with(MONITOR).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(en).contains("row 3: count: &quot;many&quot; is not a whole number.");
    }

    @Test
    void aMonitorCorrectsAFigureAndItMovesToItsSeries() throws Exception {
        String marker = "corrected-" + System.nanoTime();
        org.rightsdesk.monitor.Figures figures = context.getBean(org.rightsdesk.monitor.Figures.class);
        org.rightsdesk.monitor.Figure f = figures.record(new org.rightsdesk.monitor.NewFigure(8000, Qualifier.MORE_THAN,
                "foreigners deported " + marker + " typo", "2024", "Ministry of the Interior", null, null), false, "marta");

        String form = page("/monitor/figures/" + f.id() + "/edit", MONITOR);
        assertThat(form).contains("value=\"8000\"").contains("foreigners deported " + marker + " typo")
                .contains("action=\"/monitor/figures/" + f.id() + "\"");
        mvc.perform(get("/monitor/figures/" + f.id() + "/edit").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/monitor/figures/" + f.id()).with(VIEWER).with(csrf()).param("quantity", "1")).andExpect(status().isForbidden());

        mvc.perform(post("/monitor/figures/" + f.id()).with(MONITOR).with(csrf()).param("quantity", "80 000").param("qualifier", "more_than")
                        .param("what", "Foreigners deported " + marker).param("asOf", "2024").param("attributedTo", "Ministry of the Interior")
                        .param("sourceId", "").param("quote", ""))
                .andExpect(status().is3xxRedirection());
        org.rightsdesk.monitor.Figure corrected = figures.find(f.id()).orElseThrow();
        assertThat(corrected.quantity()).isEqualTo(80000);
        assertThat(corrected.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(corrected.seriesKey()).isEqualTo(org.rightsdesk.monitor.Figures.seriesKey("foreigners deported " + marker));
        assertThat(corrected.published()).isFalse();

        // A wrong number is refused with the form shown again and nothing changed.
        String refused = mvc.perform(post("/monitor/figures/" + f.id()).with(MONITOR).with(csrf()).header("Accept-Language", "en")
                        .param("quantity", "lots").param("qualifier", "exact").param("what", "x").param("attributedTo", "y"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("role=\"alert\"").contains("value=\"lots\"");
        assertThat(figures.find(f.id()).orElseThrow().quantity()).isEqualTo(80000);
    }

    @Test
    void aMonitorCorrectsAMeasure() throws Exception {
        String marker = "measure-" + System.nanoTime();
        org.rightsdesk.monitor.Measures measures = context.getBean(org.rightsdesk.monitor.Measures.class);
        org.rightsdesk.monitor.Measure m = measures.record(new org.rightsdesk.monitor.NewMeasure(org.rightsdesk.monitor.MeasureKind.LAW,
                "Law " + marker, "", java.time.LocalDate.of(2025, 2, 5), null, "R-010", null, null), false, "marta");

        String form = page("/monitor/measures/" + m.id() + "/edit", MONITOR);
        assertThat(form).contains("Law " + marker).contains("2025-02-05").contains("action=\"/monitor/measures/" + m.id() + "\"");
        mvc.perform(get("/monitor/measures/" + m.id() + "/edit").with(VIEWER)).andExpect(status().isForbidden());

        mvc.perform(post("/monitor/measures/" + m.id()).with(MONITOR).with(csrf()).param("kind", "law").param("title", "Federal law " + marker)
                        .param("description", "").param("effectiveOn", "2025-02-05").param("region", "").param("ruleIds", "R-010 R-011")
                        .param("sourceId", "").param("quote", ""))
                .andExpect(status().is3xxRedirection());
        org.rightsdesk.monitor.Measure corrected = measures.find(m.id()).orElseThrow();
        assertThat(corrected.title()).isEqualTo("Federal law " + marker);
        assertThat(corrected.ruleIds()).containsExactly("R-010", "R-011");

        // An impossible date is refused with the form shown again and nothing changed.
        mvc.perform(post("/monitor/measures/" + m.id()).with(MONITOR).with(csrf()).param("kind", "law").param("title", "x")
                        .param("effectiveOn", "2025-02-30"))
                .andExpect(status().isOk());
        assertThat(measures.find(m.id()).orElseThrow().title()).isEqualTo("Federal law " + marker);
    }
}
