package org.rightsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of a saved article into an {@link Article}: detects the encoding
 * ({@link TextEncoding}), reads HTML ({@code .html}, {@code .htm}, or a text file that is really
 * HTML) or plain text ({@code .txt}), removes the page furniture ({@link Furniture}) and gathers
 * title, outlet, address, publication date and language. Pure: no Spring, no database, so the
 * same code serves the upload form, the bulk command and the evaluation.
 *
 * <p>Every refusal is an {@link ArticleProblem} with one plain sentence: empty file, binary file,
 * too large, unknown encoding, no article text.
 */
public final class ArticleExtractor {

    /** Default upper bound for one article file: saved pages with inline images reach a few MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Below this many letters there is no story to file. */
    static final int MIN_LETTERS = 40;

    private final long maxBytes;

    public ArticleExtractor() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleExtractor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** True for the file names the importer takes: .html, .htm and .txt. */
    public static boolean isArticleFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt");
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks a size before reading a file into memory. */
    public void checkSize(long size) {
        if (size > maxBytes) {
            throw new ArticleProblem("too-large", "the file is too large (" + megabytes(size) + "; the limit is "
                    + megabytes(maxBytes) + ")", megabytes(size), megabytes(maxBytes));
        }
    }

    public Article extract(byte[] bytes, String fileName) {
        checkSize(bytes.length);
        if (!isArticleFile(fileName)) {
            throw new ArticleProblem("type", "not an article file: only .html, .htm and .txt are imported");
        }
        TextEncoding.Decoded decoded = TextEncoding.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new ArticleProblem("no-text", "the file contains no text, only whitespace");
        }
        boolean html = fileName.toLowerCase(Locale.ROOT).matches(".*\\.html?$") ? looksLikeMarkup(text) : HtmlPages.looksLikeHtml(text);
        return html ? fromHtml(text, decoded.encoding()) : fromText(text, decoded.encoding());
    }

    private Article fromHtml(String text, String encoding) {
        HtmlPages.Page page = HtmlPages.read(text);
        Furniture.Result story = Furniture.clean(page.blocks(), page.title());
        List<String> notes = new ArrayList<>();
        if (page.syntaxErrors() > 0) {
            notes.add("malformed HTML repaired (" + page.syntaxErrors() + (page.syntaxErrors() == 1 ? " error)" : " errors)"));
        }
        String url = page.url() != null ? page.url() : story.hints().url();
        String publisher = page.publisher() != null ? page.publisher() : story.hints().publisher();
        java.time.LocalDate published = page.published() != null ? page.published() : story.hints().published();
        return assemble(story, page.title(), publisher, url, published, page.declaredLanguage(), encoding, "html", notes);
    }

    private Article fromText(String text, String encoding) {
        Furniture.Result story = Furniture.clean(PlainText.blocks(text), null);
        String url = story.hints().url();
        java.time.LocalDate published = story.hints().published() != null ? story.hints().published()
                : PageDates.inUrl(url).orElse(null);
        String publisher = story.hints().publisher() != null ? story.hints().publisher() : HtmlPages.host(url);
        return assemble(story, story.title(), publisher, url, published, null, encoding, "text", new ArrayList<>());
    }

    private static Article assemble(Furniture.Result story, String title, String publisher, String url,
                                    java.time.LocalDate published, String declaredLanguage, String encoding, String format,
                                    List<String> notes) {
        String mainText = String.join("\n\n", story.kept());
        long letters = mainText.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            throw new ArticleProblem("no-text", "no article text found (" + letters + " letters left after removing page furniture)",
                    letters);
        }
        List<Article.Removed> removed = story.dropped().stream().map(d -> new Article.Removed(d.text(), d.reason())).toList();
        return new Article(blankToNull(title), blankToNull(publisher), url, published,
                Languages.detect(mainText, declaredLanguage), mainText, encoding, format, removed, List.copyOf(notes));
    }

    /** An .html file without a single tag is plain text saved under the wrong name. */
    private static boolean looksLikeMarkup(String text) {
        return text.matches("(?s).*<\\s*[a-zA-Z!?/][^>]*>.*");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
