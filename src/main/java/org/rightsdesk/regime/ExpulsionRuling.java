package org.rightsdesk.regime;

import java.time.LocalDate;

/**
 * A ruling or decision to remove the person from Russia.
 *
 * @param kind          court expulsion, police expulsion or deportation (required)
 * @param decided       day the ruling was made (required)
 * @param served        day the person received (or was handed) a copy; starts the appeal period. Null if not known
 * @param forced        true for forced expulsion with placement in a special institution, false for
 *                      controlled departure on one's own
 * @param detained      true while the person is held pending expulsion
 * @param appealFiled   day a complaint was filed, or null
 * @param ref           the caller's own identifier (e.g. a proceeding id), echoed on the appeal obligation
 */
public record ExpulsionRuling(RulingKind kind, LocalDate decided, LocalDate served, boolean forced, boolean detained,
                              LocalDate appealFiled, String ref) {
}
