package org.rightsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Extraction from our own fixture pages: metadata, furniture, encodings and bad files. */
class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article extract(String fixture) {
        return extractor.extract(Fixtures.bytes(fixture), fixture);
    }

    @Test
    void aRussianNewsPageGivesItsMetadataAndOnlyTheStory() {
        Article a = extract("market-check-ru.html");
        assertThat(a.title()).isEqualTo("На рынке в Энске проверили документы у торговцев");
        assertThat(a.publisher()).isEqualTo("Вестник Примера");
        assertThat(a.url()).isEqualTo("https://vestnik-primer.example/news/2025/03/14/market-check");
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(a.language()).isEqualTo("ru");
        assertThat(a.encoding()).isEqualTo("UTF-8");
        assertThat(a.mainText().split("\n\n")).containsExactly(
                "Торговые ряды на Северном рынке.",
                "Утром в пятницу сотрудники полиции и миграционной службы провели проверку документов на Северном рынке Энска. "
                        + "По данным пресс-службы областного управления, проверено около 120 иностранных граждан.",
                "Из них 17 человек доставлены в отдел полиции для составления протоколов о нарушении миграционного законодательства. "
                        + "В отношении троих, как сообщили в ведомстве, суд рассмотрит вопрос о выдворении.",
                "Торговцы рассказали, что проверка продолжалась около четырёх часов и рынок всё это время был закрыт для покупателей.",
                "Правозащитники напоминают, что при проверке документов человек вправе знать, на каком основании его задерживают, "
                        + "и получить копию протокола.");
    }

    @Test
    void theSamePageInWindows1251ReadsTheSame() {
        Article utf8 = extract("market-check-ru.html");
        Article cp1251 = extract("market-check-ru-cp1251.html");
        assertThat(cp1251.encoding()).isEqualTo("windows-1251");
        assertThat(cp1251.mainText()).isEqualTo(utf8.mainText());
        assertThat(cp1251.title()).isEqualTo(utf8.title());
    }

    @Test
    void anEnglishPageWithAppealsAndTeasers() {
        Article a = extract("airport-refusals-en.html");
        assertThat(a.title()).isEqualTo("Dozens turned back at Zarechye airport");
        assertThat(a.publisher()).isEqualTo("The Example Ledger");
        assertThat(a.url()).isEqualTo("https://ledger.example/2025/06/02/airport-refusals");
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.mainText())
                .contains("refused entry to at least 35 travellers", "\"We asked for the list of names",
                        "Passengers waiting in the arrivals hall.")
                .doesNotContain("Sam Writer", "Jo Lens", "newsletter", "Dear readers", "Monthly", "Continue", "bus lanes",
                        "Heatwave", "Donate");
    }

    @Test
    void aPlainTextNoteLosesItsFurniture() {
        Article a = extract("detention-notes.txt");
        assertThat(a.title()).isEqualTo("Hotline notes: family held at the district police station");
        assertThat(a.format()).isEqualTo("text");
        assertThat(a.mainText().split("\n\n")).containsExactly(
                "A woman called the hotline at 21:15 to say that her husband and his brother had been detained near the Central bus "
                        + "station during a document check.",
                "Both men hold valid work patents, she said, but the officers took them to the district station and did not explain why.",
                "The lawyer on duty was sent to the station and reported at 23:30 that both men had been released without a protocol.");
    }

    @Test
    void malformedHtmlIsReadLikeABrowserWouldAndSaysSo() {
        Article a = extract("malformed.html");
        assertThat(a.mainText()).contains("Police officers checked the papers", "six were taken to a police station",
                "The site manager declined to comment.").doesNotContain("Share");
        assertThat(a.notes()).singleElement().asString().startsWith("malformed HTML repaired");
    }

    @Test
    void badFilesAreRefusedWithOneReason() {
        assertThatThrownBy(() -> extract("empty.txt")).isInstanceOf(ArticleProblem.class).hasMessage("the file is empty (0 bytes)");
        assertThatThrownBy(() -> extract("short.txt")).isInstanceOf(ArticleProblem.class)
                .hasMessageStartingWith("no article text found");
        assertThatThrownBy(() -> extract("market-check-ru-koi8.html")).isInstanceOf(ArticleProblem.class)
                .hasMessageStartingWith("unknown text encoding: not UTF-8, and read as Windows-1251");
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        assertThatThrownBy(() -> extractor.extract(junk, "junk.html")).isInstanceOf(ArticleProblem.class)
                .hasMessageStartingWith("binary file (");
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> extractor.extract(pdf, "saved.html")).hasMessage("binary file (PDF), not an HTML or text article");
        ArticleExtractor small = new ArticleExtractor(1024);
        assertThatThrownBy(() -> small.extract(Fixtures.bytes("market-check-ru.html"), "a.html")).isInstanceOf(ArticleProblem.class)
                .hasMessageMatching("the file is too large \\(0\\.\\d MB; the limit is 0\\.0 MB\\)");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() {
        ArticleProblem p = org.junit.jupiter.api.Assertions.assertThrows(ArticleProblem.class, () -> extractor.checkSize(50L * 1024 * 1024));
        assertThat(p.code()).isEqualTo("too-large");
        assertThat(p.getMessage()).isEqualTo("the file is too large (50.0 MB; the limit is 20.0 MB)");
    }

    @Test
    void aPageWithoutHeadlineGetsItsOpeningWordsAsDisplayTitle() {
        String text = "Полиция провела рейд в общежитии на окраине города, задержаны двенадцать человек. Об этом сообщили в ведомстве.\n"
                + "Всех задержанных отпустили к утру, протоколы составлены на троих.";
        Article a = extractor.extract(text.getBytes(StandardCharsets.UTF_8), "note.txt");
        assertThat(a.title()).isNull();
        assertThat(a.displayTitle()).isEqualTo("Полиция провела рейд в общежитии на окраине города, задержаны двенадцать человек.");
    }

    @Test
    void whitespaceIsTidiedSoQuotesCanBeFoundAgain() {
        String text = "Police\u00a0 checked   documents at the\u00admarket.\u200b Forty people were questioned and six taken to the station.";
        Article a = extractor.extract(text.getBytes(StandardCharsets.UTF_8), "x.txt");
        assertThat(a.mainText()).isEqualTo("Police checked documents at themarket. Forty people were questioned and six taken to the station.");
    }
}
