package org.rightsdesk.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.rightsdesk.monitor.Figure;
import org.rightsdesk.monitor.Figures;
import org.rightsdesk.monitor.Gazetteer;
import org.rightsdesk.monitor.Incident;
import org.rightsdesk.monitor.IncidentRegistry;
import org.rightsdesk.monitor.Measure;
import org.rightsdesk.monitor.Measures;
import org.rightsdesk.monitor.OutcomeCount;
import org.rightsdesk.monitor.Source;
import org.rightsdesk.monitor.SourceCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the desk's records into index documents: sources (title, publisher, main text), incidents
 * (their coded values spelled out in Russian and English, place names from the gazetteer in both
 * languages, the description and the titles of their sources), figures and measures. Only what the
 * monitor module exposes goes in — news text and coded facts, never personal data. Merged incidents
 * are left out: they live on inside the incident they were merged into.
 */
@Component
class SearchDocuments {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String TITLE_EN = "title_en";
    static final String TITLE_RU = "title_ru";
    static final String DATE = "date";
    static final String PUBLISHED = "published";

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final SourceCatalog sources;
    private final IncidentRegistry incidents;
    private final Figures figures;
    private final Measures measures;
    private final Gazetteer gazetteer;
    private final MessageSource messages;

    SearchDocuments(SourceCatalog sources, IncidentRegistry incidents, Figures figures, Measures measures, Gazetteer gazetteer,
                    MessageSource messages) {
        this.sources = sources;
        this.incidents = incidents;
        this.figures = figures;
        this.measures = measures;
        this.gazetteer = gazetteer;
        this.messages = messages;
    }

    static String key(String kind, long id) {
        return kind + ":" + id;
    }

    /** The document for one record, or empty when it is gone (or merged away) and must leave the index. */
    Optional<Document> build(String kind, long id) {
        return switch (kind) {
            case SourceCatalog.ENTITY -> sources.find(id).map(this::source);
            case IncidentRegistry.ENTITY -> incidents.find(id).filter(i -> !i.merged()).map(i -> incident(i));
            case Figures.ENTITY -> figures.find(id).map(this::figure);
            case Measures.ENTITY -> measures.find(id).map(this::measure);
            default -> Optional.empty();
        };
    }

    /** Documents for many incidents at once (rebuilding): sources are looked up once per batch, not per incident. */
    List<Document> incidents(List<Long> ids) {
        Map<Long, List<Long>> cited = incidents.sourceIdsOf(ids);
        Map<Long, String> titles = new HashMap<>();
        return incidents.findAll(ids).stream().filter(i -> !i.merged())
                .map(i -> incident(i, cited.getOrDefault(i.id(), List.of()).stream()
                        .map(s -> titles.computeIfAbsent(s, k -> sources.find(k).map(Source::title).orElse(""))).toList()))
                .toList();
    }

    List<Document> figures(List<Long> ids) {
        return figures.findAll(ids).stream().map(this::figure).toList();
    }

    List<Document> measures(List<Long> ids) {
        return measures.findAll(ids).stream().map(this::measure).toList();
    }

    Document source(Source s) {
        String text = String.join("\n", s.title(), nz(s.publisher()), s.mainText());
        return doc(SourceCatalog.ENTITY, s.id(), s.title(), s.title(), s.publishedOn() == null ? "" : s.publishedOn().toString(),
                true, text);
    }

    Document incident(Incident i) {
        return incident(i, incidents.sourceIdsOf(List.of(i.id())).getOrDefault(i.id(), List.of()).stream()
                .map(s -> sources.find(s).map(Source::title).orElse("")).toList());
    }

    private Document incident(Incident i, List<String> sourceTitles) {
        List<String> parts = new ArrayList<>();
        for (Locale l : List.of(Locale.ENGLISH, RU)) {
            parts.add(label("monitor.type." + i.type().code(), l));
            if (i.place().regionCode() != null) {
                parts.add(gazetteer.regionName(i.place().regionCode(), l));
            }
            if (i.place().locality() != null) {
                parts.add(gazetteer.localityName(i.place().regionCode(), i.place().locality(), l));
            }
            if (i.place().siteKind() != null) {
                parts.add(label("monitor.site." + i.place().siteKind().code(), l));
            }
            i.agencies().forEach(a -> parts.add(label("monitor.agency." + a.code(), l)));
            if (i.identification() != null) {
                parts.add(label("monitor.identification." + i.identification().code(), l));
            }
            for (OutcomeCount o : i.outcomes()) {
                parts.add(label("monitor.outcome." + o.outcome().code(), l));
            }
        }
        if (i.place().locality() != null) {
            parts.add(i.place().locality());
        }
        parts.add(nz(i.count().unit()));
        parts.add(i.description());
        parts.addAll(sourceTitles);
        String date = i.period() != null ? i.period().label() : i.reportedOn() == null ? "" : i.reportedOn().toString();
        return doc(IncidentRegistry.ENTITY, i.id(), incidentTitle(i, Locale.ENGLISH), incidentTitle(i, RU), date, i.published(),
                parts.stream().filter(p -> p != null && !p.isBlank()).distinct().collect(Collectors.joining("\n")));
    }

    private String incidentTitle(Incident i, Locale l) {
        List<String> t = new ArrayList<>();
        t.add(label("monitor.type." + i.type().code(), l));
        if (i.place().regionCode() != null) {
            t.add(gazetteer.regionName(i.place().regionCode(), l));
        }
        if (i.place().locality() != null) {
            t.add(gazetteer.localityName(i.place().regionCode(), i.place().locality(), l));
        }
        return String.join(" · ", t);
    }

    Document figure(Figure f) {
        String source = f.sourceId() == null ? "" : sources.find(f.sourceId()).map(Source::title).orElse("");
        String title = f.quantityText() + " — " + f.what();
        return doc(Figures.ENTITY, f.id(), title, title, f.asOf() == null ? "" : f.asOf().label(), f.published(),
                String.join("\n", f.what(), f.quantityText(), f.attributedTo(), f.asOf() == null ? "" : f.asOf().label(), source));
    }

    Document measure(Measure m) {
        String source = m.sourceId() == null ? "" : sources.find(m.sourceId()).map(Source::title).orElse("");
        return doc(Measures.ENTITY, m.id(), m.title(), m.title(), m.effectiveOn() == null ? "" : m.effectiveOn().toString(),
                m.published(), String.join("\n", m.title(), m.description(), label("monitor.measureKind." + m.kind().code(), Locale.ENGLISH),
                        label("monitor.measureKind." + m.kind().code(), RU), String.join(" ", m.ruleIds()), source));
    }

    private static Document doc(String kind, long id, String titleEn, String titleRu, String date, boolean published, String text) {
        Document d = new Document();
        d.add(new StringField(KEY, key(kind, id), Field.Store.YES));
        d.add(new StringField(KIND, kind, Field.Store.YES));
        d.add(new StoredField(ID, id));
        d.add(new StoredField(TITLE_EN, titleEn));
        d.add(new StoredField(TITLE_RU, titleRu));
        d.add(new StoredField(DATE, date));
        d.add(new StringField(PUBLISHED, Boolean.toString(published), Field.Store.NO));
        d.add(new StoredField(Analyzers.TEXT, text));
        d.add(new TextField(Analyzers.RU, text, Field.Store.NO));
        d.add(new TextField(Analyzers.EN, text, Field.Store.NO));
        d.add(new TextField(Analyzers.TRANSLIT, text, Field.Store.NO));
        return d;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1).replace('_', ' '), locale);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
