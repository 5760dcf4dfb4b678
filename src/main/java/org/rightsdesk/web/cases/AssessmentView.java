package org.rightsdesk.web.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rightsdesk.regime.Assessment;
import org.rightsdesk.regime.Citation;
import org.rightsdesk.regime.Note;
import org.rightsdesk.regime.Obligation;
import org.rightsdesk.regime.ObligationStatus;
import org.rightsdesk.regime.Restriction;
import org.rightsdesk.regime.Text;

/**
 * A client's assessment laid out for the client page in the reader's language: status, what is
 * due and by when, what was missed, what the client may not do, and the engine's warnings and
 * unknowns; its headlines (a day past the sources, facts older than the rules known) first. Every dated line names the rules (R-numbers) it rests on.
 */
record AssessmentView(List<String> headlines, String status, String dayCount, List<Row> todo, List<Row> missed,
                      List<Row> restrictions, List<String> warnings, List<String> unknowns, List<String> bills) {

    record Row(String date, String label, String text, String inPersonBy, String rules) {
    }

    static AssessmentView of(Assessment a, Locale locale) {
        List<Row> todo = new ArrayList<>();
        List<Row> missed = new ArrayList<>();
        for (Obligation o : a.obligations()) {
            if (o.status() == ObligationStatus.DONE) {
                continue;
            }
            Row row = new Row(date(o.due(), locale), Text.label(o.kind(), locale), o.text().in(locale),
                    date(o.inPersonBy(), locale), rules(o.citations()));
            (o.status() == ObligationStatus.MISSED ? missed : todo).add(row);
        }
        List<Row> restrictions = new ArrayList<>();
        for (Restriction r : a.restrictions()) {
            restrictions.add(new Row(date(r.from(), locale), Text.label(r.kind(), locale), r.text().in(locale), null,
                    rules(r.citations())));
        }
        return new AssessmentView(notes(a.headlines(), locale), a.status().text().in(locale),
                a.visaFreeDays() == null ? null : a.visaFreeDays().text().in(locale), todo, missed, restrictions,
                notes(a.warnings(), locale), notes(a.unknowns(), locale), notes(a.bills(), locale));
    }

    private static String date(LocalDate d, Locale locale) {
        return d == null ? null : Text.date(d, locale);
    }

    private static String rules(List<Citation> citations) {
        return String.join(", ", citations.stream().map(Citation::rule).distinct().toList());
    }

    private static List<String> notes(List<Note> notes, Locale locale) {
        return notes.stream().map(n -> n.text().in(locale)).toList();
    }
}
