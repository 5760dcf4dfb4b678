package org.rightsdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
 * The assessment as plain text for people at a terminal ({@code regime assess --format text}):
 * headlines, status, then dates (to do, missed), the duties trip by trip with those already
 * done, allowed from, restrictions, notes, and the rules cited. Written line by line to the
 * terminal as it goes (an assessment of 10,000 stays is megabytes of text), and every line
 * passes through {@link #safe}, so that no control character reaches the terminal whatever the
 * facts held.
 */
final class AssessmentReport {

    private final PrintWriter out;
    private final Locale locale;
    private final boolean ru;
    /** Whether the section just opened has had a line yet ("—" is printed for an empty one). */
    private boolean sectionEmpty;

    private AssessmentReport(PrintWriter out, Locale locale) {
        this.out = out;
        this.locale = locale;
        this.ru = "ru".equals(locale.getLanguage());
    }

    /** Writes the report to {@code out} line by line (flushed, not closed). */
    static void write(Assessment a, PersonFacts facts, Locale locale, PrintWriter out) {
        new AssessmentReport(out, locale).report(a, facts);
        out.flush();
    }

    private void report(Assessment a, PersonFacts facts) {
        line((ru ? "Оценка на " : "Assessment as of ") + Text.date(a.on(), locale));
        for (Note n : a.headlines()) {
            line("!! " + n.text().in(locale) + cite(n.citations()));
        }
        line(a.status().text().in(locale) + cite(a.status().citations()));
        if (a.visaFreeDays() != null) {
            line(a.visaFreeDays().text().in(locale));
        }
        section(ru ? "Что сделать и до какого числа" : "To do, by date");
        for (Obligation o : a.obligations()) {
            if (o.status() == ObligationStatus.OPEN) {
                obligation(o);
            }
        }
        section(ru ? "Пропущенные сроки" : "Missed deadlines");
        for (Obligation o : a.missedDeadlines()) {
            obligation(o);
            for (Consequence c : o.ifMissed()) {
                line("      → " + c.text().in(locale) + cite(c.citations()));
            }
        }
        duties(a, facts);
        section(ru ? "С какого дня можно" : "Allowed from");
        for (AllowedFrom f : a.allowedFrom()) {
            line("  " + Text.date(f.from(), locale) + "  " + f.text().in(locale) + cite(f.citations()));
            readings(f.readings());
        }
        restrictions(a.restrictions());
        notes(ru ? "Неизвестно" : "Unknowns", a.unknowns());
        notes(ru ? "Важно знать" : "Warnings", a.warnings());
        notes(ru ? "Законопроекты (не закон)" : "Bills (not law)", a.bills());
        rules(a.citedRules());
        endSection();
    }

    /**
     * Every duty with where it stands, the met ones with the day they were met and whether on time,
     * grouped by trip when there was more than one.
     */
    private void duties(Assessment a, PersonFacts facts) {
        List<TripDuties> trips = TripDuties.of(a, facts);
        long tripCount = trips.stream().filter(t -> t.trip() != null).count();
        section(ru ? (tripCount > 1 ? "Выполнено и предстоит, по поездкам" : "Выполнено и предстоит")
                : (tripCount > 1 ? "Done and to do, trip by trip" : "Done and to do"));
        for (TripDuties trip : trips) {
            boolean headed = trips.size() > 1;
            String indent = headed ? "    " : "  ";
            if (headed) {
                line("  " + trip.title().in(locale) + ":");
                if (trip.duties().isEmpty()) {
                    line(indent + (ru ? "обязанностей не найдено" : "no duties found"));
                }
            }
            for (Obligation o : trip.duties()) {
                line(indent + "[" + mark(o) + "] " + Text.label(o.kind(), locale) + (o.ref() == null ? "" : " (" + o.ref() + ")")
                        + ": " + TripDuties.state(o).in(locale) + cite(o.citations()));
            }
        }
    }

    private String mark(Obligation o) {
        if (TripDuties.met(o)) {
            return o.status() == ObligationStatus.DONE ? (ru ? "выполнено" : "done") : (ru ? "выполнено поздно" : "done late");
        }
        return Text.label(o.status(), locale);
    }

    private void obligation(Obligation o) {
        String date = o.due() == null ? (ru ? "без даты" : "no date") : Text.date(o.due(), locale);
        line("  " + date + "  " + Text.label(o.kind(), locale) + (o.ref() == null ? "" : " (" + o.ref() + ")") + ": "
                + (o.text() == null ? "" : o.text().in(locale)) + cite(o.citations()));
        if (o.inPersonBy() != null) {
            line("      " + (ru ? "Лично — не позднее " : "In person by ") + Text.date(o.inPersonBy(), locale));
        }
        if (o.doneOn() != null && o.status() != ObligationStatus.DONE) {
            line("      " + TripDuties.state(o).in(locale));
        }
        readings(o.readings());
    }

    private void restrictions(List<Restriction> restrictions) {
        section(ru ? "Ограничения" : "Restrictions");
        for (Restriction r : restrictions) {
            line("  [" + Text.label(r.status(), locale) + "] " + Text.label(r.kind(), locale) + ": " + r.text().in(locale)
                    + (r.from() == null ? "" : (ru ? " С " : " From ") + Text.date(r.from(), locale) + ".") + cite(r.citations()));
            if (!r.exceptions().isEmpty()) {
                line("      " + (ru ? "Разрешено: " : "Still allowed: ")
                        + r.exceptions().stream().map(t -> t.in(locale)).collect(Collectors.joining("; ")));
            }
        }
    }

    private void rules(List<Citation> cited) {
        section(ru ? "Правила" : "Rules cited");
        for (Citation c : cited) {
            line("  " + c.rule() + "  " + c.title().in(locale) + " — " + c.basis() + " ["
                    + Text.label(c.confidence(), locale) + "; " + (c.inForceFrom() == null ? "…" : c.inForceFrom()) + " – "
                    + (c.inForceTo() == null ? "…" : c.inForceTo()) + "]");
            for (String s : c.sources()) {
                line("        " + s);
            }
        }
    }

    private void readings(List<Reading> readings) {
        if (readings.size() < 2) {
            return;
        }
        for (Reading r : readings) {
            line("      " + (r.safe() ? "* " : "  ") + Text.date(r.date(), locale) + " — " + r.text().in(locale)
                    + cite(r.citations()));
        }
    }

    private void notes(String title, List<Note> notes) {
        if (notes.isEmpty()) {
            return;
        }
        section(title);
        for (Note n : notes) {
            line("  - " + n.text().in(locale) + cite(n.citations()));
        }
    }

    private static String cite(List<Citation> citations) {
        return citations.isEmpty() ? "" : " [" + citations.stream().map(Citation::rule).collect(Collectors.joining(", ")) + "]";
    }

    private void section(String title) {
        endSection();
        out.print('\n');
        out.print(safe(title));
        out.print(":\n");
        sectionEmpty = true;
    }

    private void endSection() {
        if (sectionEmpty) {
            out.print("  —\n");
            sectionEmpty = false;
        }
    }

    private void line(String s) {
        out.print(safe(s));
        out.print('\n');
        sectionEmpty = false;
    }

    /**
     * The text with every control character (C0, DEL, C1, line separators, bidirectional controls)
     * replaced by U+FFFD: the facts are checked for them, and this is the second line of defence
     * between a file someone else wrote and a terminal that obeys escape sequences.
     */
    static String safe(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
                    || c == '\u061c';
            if (control && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(control ? '\uFFFD' : c);
            }
        }
        return out == null ? s : out.toString();
    }
}
