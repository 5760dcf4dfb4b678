package org.rightsdesk.web.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.rightsdesk.monitor.Agency;
import org.rightsdesk.monitor.Qualifier;
import org.rightsdesk.monitor.Source;
import org.rightsdesk.suggest.SuggestedIncident;
import org.rightsdesk.suggest.SuggestedValue;
import org.rightsdesk.suggest.Suggestions;

/**
 * What the coding form shows of the suggester's drafts, in the reader's language: a line per
 * suggested incident, a row per suggested value of the one being coded (with the coder's
 * decision), and the source's text cut into pieces so the supporting words can be marked —
 * server-side, so it all works with JavaScript off.
 */
final class SuggestionViews {

    /** One suggested incident in the list above the form. */
    record Line(int index, String summary, String evidence) {
    }

    /** One suggested value on the form: what it is, the words, and the coder's decision. */
    record Row(int index, String part, String partLabel, String value, String valueLabel, Integer start, String quote, String decision) {
    }

    /** A piece of the source text; {@code mark} is null, "evidence" or "value", {@code anchor} an id for the value rows to link to. */
    record Piece(String text, String mark, String anchor) {
    }

    private final MonitorMessages messages;

    SuggestionViews(MonitorMessages messages) {
        this.messages = messages;
    }

    List<Line> lines(Suggestions s) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < s.incidents().size(); i++) {
            SuggestedIncident d = s.incidents().get(i);
            List<String> parts = new ArrayList<>();
            parts.add(messages.label("monitor.type." + d.type().code()));
            parts.add(d.period() == null ? messages.label("monitor.suggest.noDate") : d.period().label());
            List<String> place = new ArrayList<>();
            if (d.place().regionCode() != null) {
                place.add(messages.regionName(d.place().regionCode()));
            }
            if (d.place().locality() != null) {
                place.add(d.place().locality());
            }
            if (d.place().siteKind() != null) {
                place.add(messages.label("monitor.site." + d.place().siteKind().code()));
            }
            parts.add(place.isEmpty() ? messages.label("monitor.suggest.noPlace") : String.join(", ", place));
            if (d.count().known()) {
                parts.add(countLabel(d.count().qualifier().code() + " " + d.count().value()));
            }
            d.agencies().stream().sorted().map(Agency::code).forEach(a -> parts.add(messages.label("monitor.agency." + a)));
            out.add(new Line(i, String.join(" · ", parts), d.evidence()));
        }
        return out;
    }

    List<Row> rows(IncidentForm f) {
        List<Row> out = new ArrayList<>();
        for (int n = 0; n < f.getSuggestedParts().size(); n++) {
            String part = f.getSuggestedParts().get(n);
            String value = at(f.getSuggestedValues(), n);
            out.add(new Row(n, part, messages.label(partKey(part)), value, valueLabel(part, value), at(f.getSuggestedStarts(), n),
                    at(f.getSuggestedQuotes(), n), at(f.getDecisions(), n) == null ? "accept" : f.getDecisions().get(n)));
        }
        return out;
    }

    /** The text with the chosen suggestion's values marked, or every suggestion's sentence when none is chosen. */
    static List<Piece> pieces(Source source, Suggestions s, List<Row> rows) {
        String text = source.mainText();
        List<int[]> marks = new ArrayList<>(); // start, end, kind (0 evidence, 1 value), row index
        if (rows.isEmpty()) {
            for (SuggestedIncident d : s.incidents()) {
                marks.add(new int[] {d.evidenceStart(), d.evidenceEnd(), 0, -1});
            }
        } else {
            for (Row r : rows) {
                if (r.start() != null && r.quote() != null && text.startsWith(r.quote(), r.start())) {
                    marks.add(new int[] {r.start(), r.start() + r.quote().length(), 1, r.index()});
                }
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        marks.forEach(m -> {
            cuts.add(m[0]);
            cuts.add(m[1]);
        });
        List<Piece> out = new ArrayList<>();
        Integer from = null;
        java.util.Set<Integer> anchored = new java.util.HashSet<>();
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int a = from;
                int[] best = marks.stream().filter(m -> m[0] <= a && m[1] >= cut)
                        .min((x, y) -> Integer.compare(x[1] - x[0], y[1] - y[0])).orElse(null);
                String anchor = best != null && best[3] >= 0 && anchored.add(best[3]) ? "value-" + best[3] : null;
                out.add(new Piece(text.substring(from, cut), best == null ? null : best[2] == 1 ? "value" : "evidence", anchor));
            }
            from = cut;
        }
        return out;
    }

    private String valueLabel(String part, String value) {
        if (value == null) {
            return "";
        }
        return switch (SuggestedValue.Part.fromCode(part)) {
            case TYPE -> messages.label("monitor.type." + value);
            case REGION -> messages.regionName(value);
            case SITE -> messages.label("monitor.site." + value);
            case COUNT -> countLabel(value);
            case AGENCY -> messages.label("monitor.agency." + value);
            case OUTCOME -> messages.label("monitor.outcome." + value);
            case DATE, LOCALITY -> value;
        };
    }

    private String countLabel(String value) {
        int space = value.indexOf(' ');
        if (space < 0) {
            return messages.label("monitor.suggest.vague", value);
        }
        String q = value.substring(0, space);
        String n = value.substring(space + 1);
        return Qualifier.EXACT.code().equals(q) ? n : messages.label("monitor.qualifier." + q) + " " + n;
    }

    private static String partKey(String part) {
        return switch (SuggestedValue.Part.fromCode(part)) {
            case TYPE -> "monitor.field.type";
            case DATE -> "monitor.field.date";
            case REGION -> "monitor.form.region";
            case LOCALITY -> "monitor.form.locality";
            case SITE -> "monitor.form.siteKind";
            case COUNT -> "monitor.field.count";
            case AGENCY -> "monitor.field.agency";
            case OUTCOME -> "monitor.field.outcome";
        };
    }

    private static <T> T at(List<T> list, int n) {
        return n < list.size() ? list.get(n) : null;
    }
}
