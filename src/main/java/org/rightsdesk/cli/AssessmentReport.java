package org.rightsdesk.cli;

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
import org.rightsdesk.regime.Reading;
import org.rightsdesk.regime.Restriction;
import org.rightsdesk.regime.Text;

/**
 * The assessment as plain text for people at a terminal ({@code regime assess --format text}):
 * status, then dates (to do, missed, allowed from), restrictions, notes, and the rules cited.
 */
final class AssessmentReport {

    private AssessmentReport() {
    }

    static String render(Assessment a, Locale locale) {
        boolean ru = "ru".equals(locale.getLanguage());
        StringBuilder out = new StringBuilder();
        line(out, (ru ? "Оценка на " : "Assessment as of ") + Text.date(a.on(), locale));
        line(out, a.status().text().in(locale) + cite(a.status().citations()));
        if (a.visaFreeDays() != null) {
            line(out, a.visaFreeDays().text().in(locale));
        }
        section(out, ru ? "Что сделать и до какого числа" : "To do, by date");
        for (Obligation o : a.obligations()) {
            if (o.status() == ObligationStatus.OPEN) {
                obligation(out, o, locale, ru);
            }
        }
        section(out, ru ? "Пропущенные сроки" : "Missed deadlines");
        for (Obligation o : a.missedDeadlines()) {
            obligation(out, o, locale, ru);
            for (Consequence c : o.ifMissed()) {
                line(out, "      → " + c.text().in(locale) + cite(c.citations()));
            }
        }
        section(out, ru ? "С какого дня можно" : "Allowed from");
        for (AllowedFrom f : a.allowedFrom()) {
            line(out, "  " + Text.date(f.from(), locale) + "  " + f.text().in(locale) + cite(f.citations()));
            readings(out, f.readings(), locale);
        }
        section(out, ru ? "Ограничения" : "Restrictions");
        for (Restriction r : a.restrictions()) {
            line(out, "  [" + Text.label(r.status(), locale) + "] " + Text.label(r.kind(), locale) + ": " + r.text().in(locale)
                    + (r.from() == null ? "" : (ru ? " С " : " From ") + Text.date(r.from(), locale) + ".") + cite(r.citations()));
            if (!r.exceptions().isEmpty()) {
                line(out, "      " + (ru ? "Разрешено: " : "Still allowed: ")
                        + r.exceptions().stream().map(t -> t.in(locale)).collect(Collectors.joining("; ")));
            }
        }
        notes(out, ru ? "Неизвестно" : "Unknowns", a.unknowns(), locale);
        notes(out, ru ? "Важно знать" : "Warnings", a.warnings(), locale);
        notes(out, ru ? "Законопроекты (не закон)" : "Bills (not law)", a.bills(), locale);
        section(out, ru ? "Правила" : "Rules cited");
        if (a.citedRules().isEmpty()) {
            line(out, "  —");
        }
        for (Citation c : a.citedRules()) {
            line(out, "  " + c.rule() + "  " + c.title().in(locale) + " — " + c.basis() + " ["
                    + Text.label(c.confidence(), locale) + "; " + (c.inForceFrom() == null ? "…" : c.inForceFrom()) + " – "
                    + (c.inForceTo() == null ? "…" : c.inForceTo()) + "]");
            for (String s : c.sources()) {
                line(out, "        " + s);
            }
        }
        return out.toString();
    }

    private static void obligation(StringBuilder out, Obligation o, Locale locale, boolean ru) {
        String date = o.due() == null ? (ru ? "без даты" : "no date") : Text.date(o.due(), locale);
        line(out, "  " + date + "  " + Text.label(o.kind(), locale) + (o.ref() == null ? "" : " (" + o.ref() + ")") + ": "
                + (o.text() == null ? "" : o.text().in(locale)) + cite(o.citations()));
        if (o.inPersonBy() != null) {
            line(out, "      " + (ru ? "Лично — не позднее " : "In person by ") + Text.date(o.inPersonBy(), locale));
        }
        readings(out, o.readings(), locale);
    }

    private static void readings(StringBuilder out, List<Reading> readings, Locale locale) {
        if (readings.size() < 2) {
            return;
        }
        for (Reading r : readings) {
            line(out, "      " + (r.safe() ? "* " : "  ") + Text.date(r.date(), locale) + " — " + r.text().in(locale)
                    + cite(r.citations()));
        }
    }

    private static void notes(StringBuilder out, String title, List<Note> notes, Locale locale) {
        if (notes.isEmpty()) {
            return;
        }
        section(out, title);
        for (Note n : notes) {
            line(out, "  - " + n.text().in(locale) + cite(n.citations()));
        }
    }

    private static String cite(List<Citation> citations) {
        return citations.isEmpty() ? "" : " [" + citations.stream().map(Citation::rule).collect(Collectors.joining(", ")) + "]";
    }

    private static void section(StringBuilder out, String title) {
        if (out.length() > 0 && out.charAt(out.length() - 2) == ':') {
            out.append("  —\n");
        }
        out.append('\n').append(title).append(":\n");
    }

    private static void line(StringBuilder out, String s) {
        out.append(s).append('\n');
    }
}
