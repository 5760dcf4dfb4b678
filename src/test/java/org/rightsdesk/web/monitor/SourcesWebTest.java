package org.rightsdesk.web.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.rightsdesk.monitor.SourceCatalog;
import org.rightsdesk.monitor.StoryGroups;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class SourcesWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SourceCatalog sources;
    @Autowired
    StoryGroups stories;

    /** An English article of our own, unique to this run (tests share the database). */
    private static String article(String marker, String extraParagraph) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            body.append("<p>Volunteers ").append(marker).append(" counted ").append(i + 12)
                    .append(" people held after a check ").append(marker).append(" at the ").append(i + 3)
                    .append("th dormitory block, and lawyers ").append(marker).append(" were refused access for hours.</p>\n");
        }
        return "<html lang=\"en\"><head><title>Dormitory check " + marker + "</title><meta property=\"og:site_name\" content=\"Example Post\"></head>"
                + "<body><article><h1>Dormitory check " + marker + "</h1>" + body + extraParagraph
                + "<p>Sign up for our weekly newsletter</p><div class=\"share\">Share Facebook Telegram</div></article></body></html>";
    }

    private static MockMultipartFile upload(String name, String html) {
        return new MockMultipartFile("file", name, "text/html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readersSeeSourcesButOnlyMonitorsImportAndLawyersStayOut() throws Exception {
        mvc.perform(get("/monitor/sources").with(user("v").roles("VIEWER"))).andExpect(status().isOk());
        mvc.perform(get("/monitor/sources").with(user("l").roles("LAWYER"))).andExpect(status().isForbidden());
        mvc.perform(get("/monitor/sources/import").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/monitor/sources/import").file(upload("a.html", article("x", ""))).with(csrf())
                .with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/monitor/sources/import").file(upload("a.html", article("x", "")))
                .with(user("m").roles("MONITOR"))).andExpect(status().isForbidden());
    }

    @Test
    void aMonitorUploadsAnArticleReadsItAndDecidesOnItsNearDuplicate() throws Exception {
        String marker = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String page = mvc.perform(multipart("/monitor/sources/import").file(upload("dorm.html", article(marker, "")))
                        .with(csrf()).with(user("mira").roles("MONITOR")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Imported as a new source.")))
                .andReturn().getResponse().getContentAsString();
        long id = firstNumber(page, "/monitor/sources/(\\d+)\"");
        mvc.perform(get("/monitor/sources/" + id).with(user("v").roles("VIEWER")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dormitory check " + marker)))
                .andExpect(content().string(Matchers.containsString("were refused access for hours.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Sign up for our weekly"))))
                .andExpect(content().string(Matchers.containsString("Example Post")));

        String again = mvc.perform(multipart("/monitor/sources/import").file(upload("dorm-again.html", article(marker, "")))
                        .with(csrf()).with(user("mira").roles("MONITOR")).header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Этот текст уже есть в картотеке; ничего не изменено.");

        String update = "<p>Update " + marker + ": all of them were released the next morning without charge.</p>";
        String grouped = mvc.perform(multipart("/monitor/sources/import").file(upload("dorm-update.html", article(marker, update)))
                        .with(csrf()).with(user("mira").roles("MONITOR")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Imported and grouped into story")))
                .andReturn().getResponse().getContentAsString();
        long storyId = firstNumber(grouped, "/monitor/sources/stories/(\\d+)\"");

        mvc.perform(get("/monitor/sources/stories").with(user("v").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/monitor/sources/stories/" + storyId)));
        mvc.perform(post("/monitor/sources/stories/" + storyId + "/confirm").with(csrf()).with(user("mira").roles("MONITOR")))
                .andExpect(redirectedUrl("/monitor/sources/stories/" + storyId));
        assertThat(stories.story(storyId).orElseThrow().confirmedBy()).isEqualTo("mira");
        mvc.perform(post("/monitor/sources/stories/" + storyId + "/split").param("sourceId", String.valueOf(id)).with(csrf())
                .with(user("mira").roles("MONITOR"))).andExpect(redirectedUrl("/monitor/sources/stories/" + storyId));
        assertThat(sources.find(id).orElseThrow().storyId()).isNull();
        mvc.perform(get("/monitor/sources/stories/" + storyId).with(user("v").roles("VIEWER")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("split off as a different story")))
                .andExpect(content().string(Matchers.containsString("mira")));
        mvc.perform(post("/monitor/sources/stories/" + storyId + "/confirm").with(csrf()).with(user("v").roles("VIEWER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badUploadsAreNamedInTheReadersLanguageAndWriteNothing() throws Exception {
        long before = sources.count();
        mvc.perform(multipart("/monitor/sources/import").file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
                        .with(csrf()).with(user("m").roles("MONITOR")).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Не загружено, ничего не записано: файл пуст (0 байт).")));
        byte[] koi8;
        try (InputStream in = getClass().getResourceAsStream("/org/rightsdesk/ingest/fixtures/market-check-ru-koi8.html")) {
            koi8 = in.readAllBytes();
        }
        mvc.perform(multipart("/monitor/sources/import").file(new MockMultipartFile("file", "koi8.html", "text/html", koi8))
                        .with(csrf()).with(user("m").roles("MONITOR")).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("unknown text encoding: only UTF-8 and Windows-1251 are read.")));
        mvc.perform(multipart("/monitor/sources/import").file(upload("a.html", article("date", ""))).param("published", "2025-02-31")
                        .with(csrf()).with(user("m").roles("MONITOR")).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("The date 2025-02-31 is not a calendar date")));
        assertThat(sources.count()).isEqualTo(before);
    }

    private static long firstNumber(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex + " in page").isTrue();
        return Long.parseLong(m.group(1));
    }
}
