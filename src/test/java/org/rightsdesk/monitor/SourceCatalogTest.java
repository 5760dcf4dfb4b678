package org.rightsdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsdesk.storage.Outbox;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class SourceCatalogTest {

    @Autowired
    SourceCatalog sources;
    @Autowired
    Outbox outbox;

    private static NewSource article(String body) {
        return new NewSource("https://news.example/a/" + UUID.randomUUID(), "Example News", "Проверка на рынке",
                LocalDate.of(2025, 3, 14), "ru", body, "a.html", "UTF-8");
    }

    @Test
    void filingTheSameTextTwiceAddsNothing() {
        String body = "Сотрудники полиции провели проверку документов на рынке. " + UUID.randomUUID();
        SourceCatalog.Filed first = sources.file(article(body), "tester");
        SourceCatalog.Filed again = sources.file(article("  " + body.replace(" ", "\n ") + "\n"), "tester");
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.source().id()).isEqualTo(first.source().id());
    }

    @Test
    void aFiledSourceReadsBackWithItsDateAndLandsOnTheOutbox() {
        long before = outbox.pending();
        Source s = sources.file(article("Text " + UUID.randomUUID()), "tester").source();
        assertThat(s.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(s.title()).isEqualTo("Проверка на рынке");
        assertThat(s.storyId()).isNull();
        assertThat(outbox.pending()).isEqualTo(before + 1);
        assertThat(outbox.next(10_000)).anySatisfy(e -> {
            assertThat(e.entityType()).isEqualTo(SourceCatalog.ENTITY);
            assertThat(e.entityId()).isEqualTo(s.id());
        });
    }

    @Test
    void sourcesAreGroupedIntoStories() {
        Source a = sources.file(article("A " + UUID.randomUUID()), "tester").source();
        Source b = sources.file(article("B " + UUID.randomUUID()), "tester").source();
        sources.assignStory(a.id(), a.id());
        sources.assignStory(b.id(), a.id());
        assertThat(sources.story(a.id())).extracting(Source::id).containsExactly(a.id(), b.id());
        sources.assignStory(b.id(), null);
        assertThat(sources.story(a.id())).extracting(Source::id).containsExactly(a.id());
    }

    @Test
    void theHashIgnoresWhitespaceButNotWords() {
        assertThat(SourceCatalog.contentHash("a  b\nc")).isEqualTo(SourceCatalog.contentHash(" a b c "));
        assertThat(SourceCatalog.contentHash("a b c")).isNotEqualTo(SourceCatalog.contentHash("a b d"));
    }
}
