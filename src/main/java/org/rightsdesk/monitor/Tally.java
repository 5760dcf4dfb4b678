package org.rightsdesk.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * How many incidents, and how many people they affected, kept apart by qualifier: exact numbers,
 * lower bounds ("at least", "more than"), approximations ("about") and upper bounds ("up to"),
 * plus the incidents that give no number at all. Adding tallies never mixes these, so a total is
 * stated as honestly as its weakest part: a sum with one "more than 64" in it is "more than N".
 */
public record Tally(long incidents, long exact, long atLeast, long moreThan, long about, long upTo, long withoutCount) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0);

    /** One part of a people total as a reader sees it: kind is exact, at_least, more_than, about or up_to. */
    public record PeoplePart(String kind, long value) {
    }

    public static Tally of(Count count) {
        if (!count.known()) {
            return new Tally(1, 0, 0, 0, 0, 0, 1);
        }
        long v = count.value();
        return switch (count.qualifier()) {
            case EXACT -> new Tally(1, v, 0, 0, 0, 0, 0);
            case AT_LEAST -> new Tally(1, 0, v, 0, 0, 0, 0);
            case MORE_THAN -> new Tally(1, 0, 0, v, 0, 0, 0);
            case ABOUT -> new Tally(1, 0, 0, 0, v, 0, 0);
            case UP_TO -> new Tally(1, 0, 0, 0, 0, v, 0);
        };
    }

    public Tally plus(Tally o) {
        return new Tally(incidents + o.incidents, exact + o.exact, atLeast + o.atLeast, moreThan + o.moreThan,
                about + o.about, upTo + o.upTo, withoutCount + o.withoutCount);
    }

    /** The people total without its incident count (for suppressing only the people cell). */
    public Tally withoutPeople() {
        return new Tally(incidents, 0, 0, 0, 0, 0, 0);
    }

    public Tally withIncidents(long n) {
        return new Tally(n, exact, atLeast, moreThan, about, upTo, withoutCount);
    }

    /** Every number of people reported, whatever its qualifier (used to decide on suppression). */
    public long peopleMentioned() {
        return exact + atLeast + moreThan + about + upTo;
    }

    /** The guaranteed minimum: exact numbers plus lower bounds. */
    public long lowerBound() {
        return exact + atLeast + moreThan;
    }

    /** How {@link #lowerBound()} reads: "more_than" if any part is strict, "at_least" if any is a bound or missing, else "exact". */
    public String lowerBoundKind() {
        return moreThan > 0 ? "more_than" : (atLeast > 0 || withoutCount > 0) ? "at_least" : "exact";
    }

    /** True when the people total is a plain number with no qualifier and no incident without a number. */
    public boolean peopleExact() {
        return atLeast == 0 && moreThan == 0 && about == 0 && upTo == 0 && withoutCount == 0;
    }

    /**
     * The people total as parts to print joined with "+": the lower bound (exact, at least or more
     * than), then "about" and "up to" amounts. Incidents without a number make the bound "at least".
     */
    public List<PeoplePart> people() {
        List<PeoplePart> parts = new ArrayList<>();
        String kind = lowerBoundKind();
        if (lowerBound() > 0 || (about == 0 && upTo == 0)) {
            parts.add(new PeoplePart(kind, lowerBound()));
        }
        if (about > 0) {
            parts.add(new PeoplePart("about", about));
        }
        if (upTo > 0) {
            parts.add(new PeoplePart("up_to", upTo));
        }
        return parts;
    }
}
