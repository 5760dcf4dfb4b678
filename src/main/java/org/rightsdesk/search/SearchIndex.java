package org.rightsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.rightsdesk.monitor.Figures;
import org.rightsdesk.monitor.IncidentRegistry;
import org.rightsdesk.monitor.Measures;
import org.rightsdesk.monitor.RecordIds;
import org.rightsdesk.monitor.SourceCatalog;
import org.rightsdesk.storage.Outbox;
import org.rightsdesk.storage.StorageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the monitor desk's sources, incidents, figures and measures, in Russian
 * and English, with transliteration ("Котельники" finds "Kotelniki" and back) and highlighted
 * passages. The index (Lucene, in {@code <data>/search-index}) is derived data: {@link #drain()}
 * applies the outbox — committing the index before acknowledging, so a crash can only delay it
 * and re-applying is harmless — and {@link #rebuild} recreates it from the database.
 * One process writes the index at a time (Lucene's write lock); searches never block.
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 500;
    private static final Map<String, Float> ALL_FIELDS = Map.of(Analyzers.RU, 1.0f, Analyzers.EN, 1.0f, Analyzers.TRANSLIT, 0.6f);
    // A query in one script needs only that language's field and the transliteration key (which reaches the other script).
    private static final Map<String, Float> CYRILLIC_FIELDS = Map.of(Analyzers.RU, 1.0f, Analyzers.TRANSLIT, 0.6f);
    private static final Map<String, Float> LATIN_FIELDS = Map.of(Analyzers.EN, 1.0f, Analyzers.TRANSLIT, 0.6f);

    private final Path location;
    private final Outbox outbox;
    private final SearchDocuments documents;
    private final RecordIds ids;
    private final IncidentRegistry incidents;
    private final Figures figures;
    private final Measures measures;
    private final Analyzer analyzer = Analyzers.perField();

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    SearchIndex(StorageSettings storage, Outbox outbox, SearchDocuments documents, RecordIds ids, IncidentRegistry incidents,
                Figures figures, Measures measures) {
        this.location = storage.dataDir().resolve("search-index").toAbsolutePath().normalize();
        this.outbox = outbox;
        this.documents = documents;
        this.ids = ids;
        this.incidents = incidents;
        this.figures = figures;
        this.measures = measures;
    }

    /** Where the index lives. */
    public Path location() {
        return location;
    }

    /**
     * Searches everything ({@code kind} null) or one kind (source, incident, figure, measure).
     * {@code publishedOnly} leaves out what a monitor has not published. Query syntax: words (all
     * must match), "a phrase", -word to exclude, word* for a prefix, a | b for either.
     */
    public SearchResults search(String text, String kind, boolean publishedOnly, int limit) {
        if (text == null || text.isBlank()) {
            return SearchResults.none(text);
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields(text));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(text.strip());
        if (parsed == null) {
            return SearchResults.none(text);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
        if (kind != null && !kind.isBlank()) {
            q.add(new TermQuery(new Term(SearchDocuments.KIND, kind)), BooleanClause.Occur.FILTER);
        }
        if (publishedOnly) {
            q.add(new TermQuery(new Term(SearchDocuments.PUBLISHED, "true")), BooleanClause.Occur.FILTER);
        }
        Query query = q.build();
        try {
            SearcherManager manager = searchers();
            if (manager == null) {
                return SearchResults.none(text);
            }
            IndexSearcher searcher = manager.acquire();
            try {
                TopDocs top = searcher.search(query, Math.max(1, limit));
                Map<String, Set<String>> terms = Passages.terms(parsed);
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = searcher.storedFields().document(sd.doc);
                    hits.add(new SearchHit(d.get(SearchDocuments.KIND), d.getField(SearchDocuments.ID).numericValue().longValue(),
                            d.get(SearchDocuments.TITLE_EN), d.get(SearchDocuments.TITLE_RU), d.get(SearchDocuments.DATE),
                            Passages.highlight(d.get(Analyzers.TEXT), terms, analyzer), sd.score));
                }
                return new SearchResults(text, top.totalHits.value, hits);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Float> fields(String text) {
        boolean cyrillic = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        boolean latin = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        return cyrillic && !latin ? CYRILLIC_FIELDS : latin && !cyrillic ? LATIN_FIELDS : ALL_FIELDS;
    }

    /**
     * Applies every pending outbox entry to the index; returns how many were applied. An index that
     * does not exist yet (first start, deleted by hand) is rebuilt from the database first.
     */
    public synchronized int drain() {
        return drain(e -> { });
    }

    /** {@link #drain()} with a hook run before each entry (tests use it to simulate a crash). */
    synchronized int drain(Consumer<Outbox.Entry> beforeEach) {
        try {
            if (!DirectoryReader.indexExists(directory())) {
                rebuild(n -> { });
            }
            int applied = 0;
            for (List<Outbox.Entry> batch = outbox.next(BATCH); !batch.isEmpty(); batch = outbox.next(BATCH)) {
                applyAndCommit(batch, beforeEach);
                outbox.acknowledge(batch.get(batch.size() - 1).id());
                applied += batch.size();
            }
            return applied;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a batch into the index and commits it; on any failure the index keeps its last commit. */
    synchronized void applyAndCommit(List<Outbox.Entry> batch, Consumer<Outbox.Entry> beforeEach) throws IOException {
        IndexWriter w = writer();
        try {
            for (Outbox.Entry e : batch) {
                beforeEach.accept(e);
                Term key = new Term(SearchDocuments.KEY, SearchDocuments.key(e.entityType(), e.entityId()));
                Optional<Document> doc = documents.build(e.entityType(), e.entityId());
                if (doc.isPresent()) {
                    w.updateDocument(key, doc.get());
                } else {
                    w.deleteDocuments(key);
                }
            }
            w.commit();
            searchers().maybeRefresh();
        } catch (RuntimeException | IOException | Error e) {
            rollback();
            throw e;
        }
    }

    /**
     * Recreates the index from the database: every source, incident, figure and measure, page by
     * page; {@code progress} is told how many records have been read. Searches see the old index
     * until the new one is committed. Entries still on the outbox are applied again afterwards
     * (harmless: applying is idempotent).
     */
    public synchronized long rebuild(LongConsumer progress) {
        try {
            IndexWriter w = writer();
            long done = 0;
            try {
                w.deleteAll();
                done += addAll(w, ids::sourcesAfter, page -> page.stream().map(id -> documents.build(SourceCatalog.ENTITY, id))
                        .flatMap(Optional::stream).toList(), progress, done);
                done += addAll(w, incidents::idsAfter, documents::incidents, progress, done);
                done += addAll(w, figures::idsAfter, documents::figures, progress, done);
                done += addAll(w, measures::idsAfter, documents::measures, progress, done);
                w.commit();
                searchers().maybeRefresh();
            } catch (RuntimeException | IOException | Error e) {
                rollback();
                throw e;
            }
            log.info("Search index rebuilt: {} records", done);
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many records the index holds (documents, not counting deletions). */
    public long size() {
        try {
            SearcherManager manager = searchers();
            if (manager == null) {
                return 0;
            }
            IndexSearcher s = manager.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                manager.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Pager {
        List<Long> after(long afterId, int limit);
    }

    private interface Builder {
        List<Document> build(List<Long> ids);
    }

    private static long addAll(IndexWriter w, Pager pager, Builder builder, LongConsumer progress, long before) throws IOException {
        long done = 0;
        for (List<Long> page = pager.after(0, BATCH); !page.isEmpty(); page = pager.after(page.get(page.size() - 1), BATCH)) {
            for (Document d : builder.build(page)) {
                w.addDocument(d);
            }
            done += page.size();
            progress.accept(before + done);
        }
        return done;
    }

    private Directory directory() throws IOException {
        if (directory == null) {
            directory = FSDirectory.open(location);
        }
        return directory;
    }

    private synchronized IndexWriter writer() throws IOException {
        if (writer == null || !writer.isOpen()) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            try {
                writer = new IndexWriter(directory(), config);
            } catch (LockObtainFailedException e) {
                throw new SearchProblem("The search index in " + location + " is in use by another Rightsdesk process; "
                        + "stop it first (a running server keeps its index current by itself)", e);
            }
            if (searchers != null) {
                searchers.close();
            }
            searchers = new SearcherManager(writer, null);
        }
        return writer;
    }

    /** Readers over the writer when it is open; null while there is no index yet. */
    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null) {
            if (!DirectoryReader.indexExists(directory())) {
                return null;
            }
            writer();
        }
        return searchers;
    }

    private synchronized void rollback() {
        try {
            if (writer != null && writer.isOpen()) {
                writer.rollback(); // discards everything since the last commit and closes the writer
            }
        } catch (IOException e) {
            log.warn("Could not roll back the search index writer: {}", e.getMessage());
        }
        writer = null;
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null && writer.isOpen()) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            log.warn("Could not close the search index: {}", e.getMessage());
        }
    }
}
