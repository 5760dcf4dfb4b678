package org.rightsdesk.regime;

import java.time.LocalDate;

/**
 * Acquisition of Russian citizenship by a foreigner. From {@code acquired} on, the stay rules
 * no longer apply to the person, and a man must register for military service.
 *
 * @param acquired            day Russian citizenship was acquired (oath or decision date; required)
 * @param passportReceived    day the Russian passport was received, or null
 * @param residenceRegistered day of registration at the place of residence, or null
 * @param militaryRegistered  day of initial military registration, or null if not yet
 */
public record Naturalisation(LocalDate acquired, LocalDate passportReceived, LocalDate residenceRegistered,
                             LocalDate militaryRegistered) {
}
