package org.rightsdesk.regime;

import java.time.LocalDate;

/**
 * A look at the controlled persons register on the MVD website or Gosuslugi. The register
 * sends no letters, so only a check tells whether the person is listed.
 *
 * @param checkedOn   day of the check (required)
 * @param listed      whether the person was found in the register
 * @param listedSince day the entry appeared on the MVD site, if shown; only with {@code listed}
 */
public record RegistryCheck(LocalDate checkedOn, boolean listed, LocalDate listedSince) {
}
