package org.rightsdesk.web.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.rightsdesk.regime.AllowedFrom;
import org.rightsdesk.regime.Assessment;
import org.rightsdesk.regime.Citation;
import org.rightsdesk.regime.Consequence;
import org.rightsdesk.regime.Note;
import org.rightsdesk.regime.Obligation;
import org.rightsdesk.regime.ObligationStatus;
import org.rightsdesk.regime.PersonFacts;
import org.rightsdesk.regime.Reading;
import org.rightsdesk.regime.Restriction;
import org.rightsdesk.regime.Text;
import org.rightsdesk.regime.TripDuties;

/**
 * The assessment laid out for a person reading it in one language: headlines that qualify the
 * whole answer, then dates (what to do by when, what was missed), the duties trip by trip with
 * those already done (the day and whether on time), what becomes allowed, restrictions, then
 * the explanations and legal citations. Everything is rendered to strings here so the template
 * stays simple.
 */
record CheckView(List<String> headlines, String status, String dayCount, List<Row> todo, List<Row> missed,
                 List<TripRow> trips, boolean byTrip, List<Row> allowed, List<RestrictionRow> restrictions,
                 List<String> warnings, List<String> unknowns, List<String> bills, List<Row> explained, String on) {

    /** One trip (or the duties not about a trip) with its duties. */
    record TripRow(String title, List<DutyRow> duties) {
    }

    /**
     * One duty and where it stands. {@code state} is {@code done}, {@code late}, {@code missed} or {@code open}
     * (a CSS class and what a test looks for); {@code mark} and {@code text} are the words.
     */
    record DutyRow(String state, String mark, String label, String text) {
    }

    record Row(String anchor, String date, String label, String text, String inPersonBy, String doneOn,
               List<String> readings, List<String> consequences, String confidence, List<CitationRow> citations) {
    }

    record RestrictionRow(String label, String status, String from, String until, String text, List<String> exceptions,
                          List<CitationRow> citations) {
    }

    record CitationRow(String rule, String title, String summary, String basis, String period, String confidence,
                       List<String> sources) {
    }

    static CheckView of(Assessment a, PersonFacts facts, Locale locale) {
        List<Row> todo = new ArrayList<>();
        List<Row> missed = new ArrayList<>();
        List<Row> explained = new ArrayList<>();
        int n = 0;
        for (Obligation o : a.obligations()) {
            if (o.status() == ObligationStatus.DONE) {
                continue;
            }
            Row row = row("item-" + n++, o, locale);
            (o.status() == ObligationStatus.MISSED ? missed : todo).add(row);
            explained.add(row);
        }
        List<Row> allowed = new ArrayList<>();
        for (AllowedFrom f : a.allowedFrom()) {
            Row row = new Row("item-" + n++, date(f.from(), locale), Text.label(f.kind(), locale), f.text().in(locale), null,
                    null, readings(f.readings(), locale), List.of(), Text.label(f.confidence(), locale),
                    citations(f.citations(), locale));
            allowed.add(row);
            explained.add(row);
        }
        List<RestrictionRow> restrictions = new ArrayList<>();
        for (Restriction r : a.restrictions()) {
            List<String> exceptions = new ArrayList<>();
            r.exceptions().forEach(t -> exceptions.add(t.in(locale)));
            restrictions.add(new RestrictionRow(Text.label(r.kind(), locale), Text.label(r.status(), locale),
                    date(r.from(), locale), date(r.until(), locale), r.text().in(locale), exceptions,
                    citations(r.citations(), locale)));
        }
        List<TripDuties> groups = TripDuties.of(a, facts);
        List<TripRow> trips = new ArrayList<>();
        for (TripDuties t : groups) {
            List<DutyRow> duties = new ArrayList<>();
            for (Obligation o : t.duties()) {
                duties.add(duty(o, locale));
            }
            trips.add(new TripRow(t.title().in(locale), duties));
        }
        return new CheckView(notes(a.headlines(), locale), a.status().text().in(locale),
                a.visaFreeDays() == null ? null : a.visaFreeDays().text().in(locale), todo, missed, trips, groups.size() > 1,
                allowed, restrictions, notes(a.warnings(), locale), notes(a.unknowns(), locale), notes(a.bills(), locale),
                explained, date(a.on(), locale));
    }

    private static DutyRow duty(Obligation o, Locale locale) {
        String state;
        String mark;
        if (TripDuties.met(o)) {
            state = o.status() == ObligationStatus.DONE ? "done" : "late";
            mark = Text.label(ObligationStatus.DONE, locale);
        } else {
            state = o.status() == ObligationStatus.MISSED ? "missed" : "open";
            mark = Text.label(o.status(), locale);
        }
        return new DutyRow(state, mark, Text.label(o.kind(), locale), TripDuties.state(o).in(locale));
    }

    private static Row row(String anchor, Obligation o, Locale locale) {
        List<String> consequences = new ArrayList<>();
        for (Consequence c : o.ifMissed()) {
            consequences.add(c.text().in(locale) + " (" + rules(c.citations()) + ")");
        }
        return new Row(anchor, o.due() == null ? null : date(o.due(), locale), Text.label(o.kind(), locale),
                o.text() == null ? "" : o.text().in(locale), o.inPersonBy() == null ? null : date(o.inPersonBy(), locale),
                o.doneOn() == null ? null : date(o.doneOn(), locale), readings(o.readings(), locale), consequences,
                Text.label(o.confidence(), locale), citations(o.citations(), locale));
    }

    private static List<String> readings(List<Reading> readings, Locale locale) {
        List<String> out = new ArrayList<>();
        if (readings.size() < 2) {
            return out;
        }
        for (Reading r : readings) {
            out.add(date(r.date(), locale) + " — " + r.text().in(locale) + " (" + rules(r.citations()) + ")");
        }
        return out;
    }

    private static List<CitationRow> citations(List<Citation> citations, Locale locale) {
        List<CitationRow> out = new ArrayList<>();
        for (Citation c : citations) {
            String period = (c.inForceFrom() == null ? "…" : c.inForceFrom().toString()) + " – "
                    + (c.inForceTo() == null ? "…" : c.inForceTo().toString());
            out.add(new CitationRow(c.rule(), c.title().in(locale), c.summary().in(locale), c.basis(), period,
                    Text.label(c.confidence(), locale), c.sources()));
        }
        return out;
    }

    private static List<String> notes(List<Note> notes, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Note n : notes) {
            String cited = rules(n.citations());
            out.add(n.text().in(locale) + (cited.isEmpty() ? "" : " (" + cited + ")"));
        }
        return out;
    }

    private static String rules(List<Citation> citations) {
        return String.join(", ", citations.stream().map(Citation::rule).sorted(Comparator.naturalOrder()).toList());
    }

    private static String date(LocalDate day, Locale locale) {
        return day == null ? null : Text.date(day, locale);
    }
}
