package org.rightsdesk.web.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public page without a browser: no login, nothing cached, questions shown only for the
 * situations ticked, answers that lead with dates, and nothing typed ending up in the logs.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class CheckPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theStartPageIsPublicAndNeverCached() throws Exception {
        mvc.perform(get("/check").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(content().string(Matchers.containsString("Your citizenship")))
                .andExpect(content().string(Matchers.containsString("Uzbekistan")))
                .andExpect(content().string(Matchers.containsString("method=\"post\"")));
    }

    @Test
    void stepTwoAsksOnlyForTheDatesOfTheTickedSituations() throws Exception {
        String page = mvc.perform(post("/check").with(csrf()).header("Accept-Language", "en")
                        .param("step", "questions").param("citizenship", "UZ").param("ruling", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The day you received a copy", "name=\"rulingServed\"")
                .doesNotContain("name=\"patentIssued\"", "name=\"childBirth\"", "name=\"entered\"");
    }

    @Test
    void theAnswerLeadsWithTheDeadlineAndCitesItsRule(CapturedOutput output) throws Exception {
        String page = mvc.perform(post("/check").with(csrf()).header("Accept-Language", "en")
                        .param("step", "result").param("citizenship", "UZ").param("ruling", "true")
                        .param("rulingKind", "COURT_EXPULSION").param("rulingServed", "2019-04-23")
                        .param("on", "2019-04-24"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Your dates", "3 May 2019 (Friday)", "R-070");
        assertThat(page.indexOf("3 May 2019 (Friday)")).isLessThan(page.indexOf("R-070"));
        assertThat(output.getAll()).doesNotContain("2019-04-23");
    }

    @Test
    void russianIsTheDefault() throws Exception {
        mvc.perform(get("/check"))
                .andExpect(content().string(Matchers.containsString("Ваше гражданство")));
    }

    @Test
    void anExitBeforeTheEntryIsShownNextToTheQuestion() throws Exception {
        String page = mvc.perform(post("/check").with(csrf()).header("Accept-Language", "en")
                        .param("step", "result").param("citizenship", "TJ")
                        .param("trip1Entered", "2025-03-10").param("trip1Left", "2025-03-01").param("on", "2025-06-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The day you left is before the day you entered.", "Please check the marked answers.")
                .doesNotContain("Your dates");
    }

    @Test
    void anUnknownCitizenshipIsRefusedPolitely() throws Exception {
        mvc.perform(post("/check").with(csrf()).header("Accept-Language", "en").param("step", "questions").param("citizenship", "ZZ"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please choose your citizenship.")));
    }
}
