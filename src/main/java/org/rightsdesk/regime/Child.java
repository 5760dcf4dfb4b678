package org.rightsdesk.regime;

import java.time.LocalDate;

/**
 * A minor child of the person, for the school-admission rules and the
 * register's ban on schooling.
 *
 * @param birthDate    the child's date of birth (required)
 * @param schoolApplied day an application to a school was filed, or null
 * @param grade        grade applied for (1–11), or null
 * @param testFailedOn day of an unsatisfactory Russian-language test result, or null
 * @param exemption    a relaxed or waived testing group, or null
 * @param ref          the caller's own identifier, echoed on items about the child
 */
public record Child(LocalDate birthDate, LocalDate schoolApplied, Integer grade, LocalDate testFailedOn,
                    SchoolTestExemption exemption, String ref) {
}
