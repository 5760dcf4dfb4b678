package org.rightsdesk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rightsdesk.monitor.NewSource;
import org.rightsdesk.monitor.SourceCatalog;
import org.rightsdesk.monitor.StoryGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files articles as monitor sources, one file at a time, each in its own transaction: the source,
 * its near-duplicate fingerprint and its place in a story are written together or not at all, and
 * a failure stops only that file. Importing the same file again finds it already present (by the
 * hash of its main text) and changes nothing. Used by the upload form and by
 * {@code ./rightsdesk import articles DIR}.
 */
@Service
public class ArticleImport {

    private static final Logger log = LoggerFactory.getLogger(ArticleImport.class);

    /** What became of one file. */
    public enum Status {
        /** Filed as a new source. */
        IMPORTED,
        /** Filed as a new source and grouped into a near-duplicate story. */
        GROUPED,
        /** The same main text was already on file; nothing changed. */
        PRESENT,
        /** Not an article file (.html, .htm, .txt); not read. */
        SKIPPED,
        /** Could not be imported; nothing was written. */
        FAILED
    }

    /**
     * The outcome for one file. {@code reason} is one English sentence for the report;
     * {@code problemCode}/{@code problemArgs} let the web shell translate it.
     */
    public record Result(String file, Status status, Long sourceId, Long storyId, Long matchedSourceId, Integer similarity,
                         String reason, String problemCode, Object[] problemArgs, List<String> notes) {

        static Result failed(String file, String code, String reason, Object... args) {
            return new Result(file, Status.FAILED, null, null, null, null, reason, code, args, List.of());
        }

        /** One line of the import report. */
        public String line() {
            String detail = switch (status) {
                case IMPORTED -> "source " + sourceId;
                case GROUPED -> "source " + sourceId + ", story " + storyId + " (" + similarity + " % the same as source "
                        + matchedSourceId + ")";
                case PRESENT -> "source " + sourceId + (storyId != null ? ", story " + storyId : "");
                case SKIPPED -> "not .html, .htm or .txt";
                case FAILED -> reason;
            };
            String note = notes.isEmpty() ? "" : "; " + String.join("; ", notes);
            return String.format("%-9s %s: %s%s", status.name().toLowerCase(java.util.Locale.ROOT), file, detail, note);
        }
    }

    /** Metadata a person gives with an upload; any non-null value replaces what the page says. */
    public record Corrections(String url, String publisher, String title, LocalDate publishedOn, String language) {
        public static final Corrections NONE = new Corrections(null, null, null, null, null);
    }

    private final ArticleExtractor extractor;
    private final SourceCatalog catalog;
    private final StoryGroups stories;
    private final Fingerprints fingerprints;
    private final TransactionTemplate transactions;

    ArticleImport(SourceCatalog catalog, StoryGroups stories, Fingerprints fingerprints, PlatformTransactionManager tx,
                  @Value("${rightsdesk.import.max-article-bytes:" + ArticleExtractor.DEFAULT_MAX_BYTES + "}") long maxBytes) {
        this.extractor = new ArticleExtractor(maxBytes);
        this.catalog = catalog;
        this.stories = stories;
        this.fingerprints = fingerprints;
        this.transactions = new TransactionTemplate(tx);
    }

    /** The largest article file accepted, in bytes. */
    public long maxBytes() {
        return extractor.maxBytes();
    }

    /** Reads and imports one file from disk; {@code name} is how the report names it. */
    public Result importFile(Path file, String name, String importedBy) {
        if (!ArticleExtractor.isArticleFile(name)) {
            return new Result(name, Status.SKIPPED, null, null, null, null, "not .html, .htm or .txt", "type", new Object[0], List.of());
        }
        byte[] bytes;
        try {
            extractor.checkSize(Files.size(file));
            bytes = Files.readAllBytes(file);
        } catch (ArticleProblem p) {
            return Result.failed(name, p.code(), p.getMessage(), p.args());
        } catch (IOException e) {
            return Result.failed(name, "unreadable", "cannot read the file: " + e.getMessage(), String.valueOf(e.getMessage()));
        }
        return importBytes(bytes, name, Corrections.NONE, importedBy);
    }

    /** Imports one article given as bytes (an upload), with optional corrections to its metadata. */
    public Result importBytes(byte[] bytes, String name, Corrections corrections, String importedBy) {
        Article article;
        try {
            article = extractor.extract(bytes, name);
        } catch (ArticleProblem p) {
            return Result.failed(name, p.code(), p.getMessage(), p.args());
        } catch (RuntimeException e) {
            // The extractor is ours and pure; anything else escaping it is a bug, reported per file.
            log.warn("Extraction failed unexpectedly for one file: {}", e.toString());
            return Result.failed(name, "unreadable", "the file could not be read as an article (" + e.getClass().getSimpleName() + ")",
                    e.getClass().getSimpleName());
        }
        return file(article, name, corrections, importedBy);
    }

    private Result file(Article article, String name, Corrections c, String importedBy) {
        NewSource s = article.toNewSource(name);
        NewSource corrected = new NewSource(pick(c.url(), s.url()), pick(c.publisher(), s.publisher()), pick(c.title(), s.title()),
                c.publishedOn() != null ? c.publishedOn() : s.publishedOn(), pick(c.language(), s.language()), s.mainText(),
                s.fileName(), s.encoding());
        Set<Long> shingles = NearDuplicates.shingles(article.mainText());
        long[] bands = NearDuplicates.bands(NearDuplicates.signature(shingles));
        try {
            return transactions.execute(status -> {
                SourceCatalog.Filed filed = catalog.file(corrected, importedBy);
                long id = filed.source().id();
                if (!filed.created()) {
                    return new Result(name, Status.PRESENT, id, filed.source().storyId(), null, null, null, null, null, article.notes());
                }
                fingerprints.add(id, shingles, bands);
                Optional<Fingerprints.Match> match = fingerprints.closest(id, shingles, bands);
                if (match.isEmpty()) {
                    return new Result(name, Status.IMPORTED, id, null, null, null, null, null, null, article.notes());
                }
                Fingerprints.Match m = match.get();
                long story = stories.group(id, m.source().id(), m.similarity().percent(), "import:" + importedBy);
                return new Result(name, Status.GROUPED, id, story, m.source().id(), m.similarity().percent(), null, null, null,
                        article.notes());
            });
        } catch (RuntimeException e) {
            log.warn("Filing an imported article failed: {}", e.toString());
            return Result.failed(name, "database", "could not be filed, nothing was written (" + rootMessage(e) + ")", rootMessage(e));
        }
    }

    /** Fingerprints sources filed without one, so that later imports can find them as near-duplicates. */
    @EventListener(ApplicationReadyEvent.class)
    public int fingerprintMissing() {
        int done = 0;
        List<Long> ids;
        while (!(ids = fingerprints.missing(500)).isEmpty()) {
            List<Long> batch = ids;
            done += transactions.execute(status -> fingerprints.backfill(batch));
        }
        if (done > 0) {
            log.info("Fingerprinted {} sources for near-duplicate search", done);
        }
        return done;
    }

    private static String pick(String corrected, String found) {
        return corrected != null && !corrected.isBlank() ? corrected.strip() : found;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
