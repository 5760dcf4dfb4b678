package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * An assessment's duties trip by trip, the met ones beside the open and missed ones, so that a
 * person sees what is already done (and whether on time) and not only what is left. Shared by
 * the text report and the public page, so both group and word them the same way.
 *
 * <p>A duty belongs to the stay whose {@code ref} it carries; otherwise to the latest stay entered
 * on or before its due date (or the day it was done, for a duty without a date). Duties that
 * are not about a trip (the school's check, military registration after naturalisation, the
 * register's reporting duties) and duties dated before the first entry form a last group
 * without a trip. Within a group the assessment's order is kept (soonest first).
 *
 * @param number the trip's number, 1 for the earliest; 0 for the group without a trip
 * @param trip   the stay, or null for the group without a trip
 * @param duties the trip's obligations, met and not
 */
public record TripDuties(int number, Stay trip, List<Obligation> duties) {

    /** Kinds that are about the person or a child, whatever trip they fall in. */
    private static final Set<ObligationKind> NOT_ABOUT_A_TRIP = Set.of(ObligationKind.SCHOOL_DOCUMENT_CHECK,
            ObligationKind.MILITARY_REGISTRATION, ObligationKind.CONTROLLED_PERSON_REPORTING);

    /**
     * The assessment's obligations grouped by trip, earliest trip first, every trip known on the
     * evaluation day listed even when it has no duty (so the person sees which trips were looked at),
     * and the group without a trip last (only when it has duties).
     */
    public static List<TripDuties> of(Assessment assessment, PersonFacts facts) {
        List<Stay> stays = new ArrayList<>();
        for (Stay s : facts.stays()) {
            if (s != null && s.entered() != null && !s.entered().isAfter(assessment.on())) {
                stays.add(s);
            }
        }
        stays.sort(Comparator.comparing(Stay::entered));
        List<List<Obligation>> byTrip = new ArrayList<>();
        stays.forEach(s -> byTrip.add(new ArrayList<>()));
        List<Obligation> other = new ArrayList<>();
        for (Obligation o : assessment.obligations()) {
            int trip = tripOf(o, stays);
            (trip < 0 ? other : byTrip.get(trip)).add(o);
        }
        List<TripDuties> out = new ArrayList<>(stays.size() + 1);
        for (int i = 0; i < stays.size(); i++) {
            out.add(new TripDuties(i + 1, stays.get(i), List.copyOf(byTrip.get(i))));
        }
        if (!other.isEmpty()) {
            out.add(new TripDuties(0, null, List.copyOf(other)));
        }
        return out;
    }

    private static int tripOf(Obligation o, List<Stay> stays) {
        if (o.ref() != null) {
            for (int i = 0; i < stays.size(); i++) {
                if (o.ref().equals(stays.get(i).ref())) {
                    return i;
                }
            }
        }
        LocalDate anchor = o.due() != null ? o.due() : o.doneOn();
        if (NOT_ABOUT_A_TRIP.contains(o.kind()) || anchor == null) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < stays.size() && !stays.get(i).entered().isAfter(anchor); i++) {
            found = i;
        }
        return found;
    }

    /** Met: done in time, or done after the deadline (still done, and the person should know it was late). */
    public static boolean met(Obligation o) {
        return o.status() == ObligationStatus.DONE || o.doneOn() != null;
    }

    /** The trip's heading: "Trip 2: 3 February 2025 (Monday) – 20 May 2025 (Tuesday)", or "Not about a trip". */
    public Text title() {
        if (trip == null) {
            return Text.of("regime.t.duty.noTrip");
        }
        return trip.left() == null ? Text.of("regime.t.duty.tripOpen", number, trip.entered())
                : Text.of("regime.t.duty.trip", number, trip.entered(), trip.left());
    }

    /**
     * Where a duty stands, in words with its dates: "Done on 10 February 2025, on time (due 17 February 2025)",
     * "Done on …, late (it was due …)", "To do by …", "Missed: it was due …".
     */
    public static Text state(Obligation o) {
        if (met(o)) {
            if (o.doneOn() == null) {
                return Text.of("regime.t.duty.doneNoDate");
            }
            if (o.status() == ObligationStatus.DONE) {
                return o.due() == null ? Text.of("regime.t.duty.done", o.doneOn())
                        : Text.of("regime.t.duty.doneOnTime", o.doneOn(), o.due());
            }
            return Text.of("regime.t.duty.doneLate", o.doneOn(), o.due());
        }
        if (o.due() == null) {
            return Text.of("regime.t.duty.noDate");
        }
        return switch (o.status()) {
            case OPEN -> Text.of("regime.t.duty.open", o.due());
            case MISSED -> Text.of("regime.t.duty.missed", o.due());
            default -> Text.of("regime.t.duty.other", o.status(), o.due());
        };
    }
}
