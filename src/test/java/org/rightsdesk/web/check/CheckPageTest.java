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

    @Test
    void aDutyAlreadyMetIsShownAsMetWithItsDayTripByTrip() throws Exception {
        String page = mvc.perform(post("/check").with(csrf()).header("Accept-Language", "en")
                        .param("step", "result").param("citizenship", "UZ").param("inRussia", "true")
                        .param("trip1Entered", "2024-11-02").param("trip1Left", "2024-12-20")
                        .param("entered", "2025-02-03").param("purpose", "WORK").param("accommodation", "DWELLING")
                        .param("arrived", "2025-02-04").param("notified", "2025-02-10").param("on", "2025-03-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Your dates", "Done and still to do, trip by trip",
                "Trip 1: 2 November 2024 (Saturday) – 20 December 2024 (Friday)",
                "Trip 2: from 3 February 2025 (Monday), still in Russia",
                "Done on 10 February 2025 (Monday), on time (due 17 February 2025 (Monday)).");
        assertThat(page).containsPattern("class=\"duty done\">\\s*<span class=\"badge\">done</span>\\s*"
                + "<span class=\"what\">Notice of arrival:</span>");
        assertThat(page.indexOf("Trip 1:")).isLessThan(page.indexOf("Trip 2:"));
        assertThat(page.indexOf("Trip 2:")).isLessThan(page.indexOf("Done on 10 February 2025"));
    }

    @Test
    void aMetDutyIsShownInRussianToo() throws Exception {
        String page = mvc.perform(post("/check").with(csrf()).header("Accept-Language", "ru")
                        .param("step", "result").param("citizenship", "UZ").param("inRussia", "true")
                        .param("entered", "2025-02-03").param("accommodation", "DWELLING")
                        .param("arrived", "2025-02-04").param("notified", "2025-02-10").param("on", "2025-03-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Что уже сделано и что предстоит", "Выполнено 10 февраля 2025 (понедельник), в срок")
                .doesNotContain("по поездкам");
    }

    @Test
    void withoutADayToCheckThePageAsksAgainWithTodayFilledIn() throws Exception {
        String page = mvc.perform(post("/check").with(csrf()).header("Accept-Language", "en")
                        .param("step", "result").param("citizenship", "UZ").param("ruling", "true")
                        .param("rulingKind", "COURT_EXPULSION").param("rulingServed", "2025-04-23").param("on", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Please give the day to check. Today is filled in.").doesNotContain("Your dates");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).toString();
        assertThat(page).containsPattern("id=\"on\" name=\"on\" value=\"" + today + "\"");
    }

    @Test
    void theQuestionsComeWithTodayFilledInAsTheDayToCheck() throws Exception {
        String page = mvc.perform(post("/check").with(csrf()).header("Accept-Language", "en")
                        .param("step", "questions").param("citizenship", "UZ").param("ruling", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).toString();
        assertThat(page).contains("Check the situation as of").containsPattern("id=\"on\" name=\"on\" value=\"" + today + "\"");
    }

    @Test
    void contradictionsAndUnknownDaysAreShownNextToTheQuestion() throws Exception {
        String child = mvc.perform(post("/check").with(csrf()).header("Accept-Language", "en")
                        .param("step", "result").param("citizenship", "UZ").param("child", "true")
                        .param("childBirth", "2020-01-10").param("childApplied", "2025-04-01").param("childGrade", "11")
                        .param("on", "2025-06-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(child).contains("This grade does not fit the child’s age.").doesNotContain("Your dates");
        String old = mvc.perform(post("/check").with(csrf()).header("Accept-Language", "en")
                        .param("step", "result").param("citizenship", "UZ").param("ruling", "true")
                        .param("rulingKind", "COURT_EXPULSION").param("rulingServed", "1999-04-23").param("on", "1999-04-24"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(old).contains("The rules before 2011 are not known here").doesNotContain("Your dates");
        String tampered = mvc.perform(post("/check").with(csrf()).header("Accept-Language", "en")
                        .param("step", "result").param("citizenship", "UZ").param("ruling", "true")
                        .param("rulingKind", "BANISHMENT").param("rulingServed", "2025-04-23").param("on", "2025-04-24"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tampered).contains("This answer cannot be used").doesNotContain("Your dates");
    }
}
