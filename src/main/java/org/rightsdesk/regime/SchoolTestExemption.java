package org.rightsdesk.regime;

/** Groups for whom the school Russian test is relaxed or waived since 2025-10-19. */
public enum SchoolTestExemption {
    /** Child of diplomatic or consular staff: oral test only, re-sit without waiting. */
    DIPLOMATIC_FAMILY,
    /** Compatriot-programme family: oral test only, re-sit without waiting. */
    COMPATRIOT_PROGRAMME,
    /** Family of a humanitarian-RVP holder: oral test only, re-sit without waiting. */
    HUMANITARIAN_RVP,
    /** Pupil transferring from another school with the personal file: no test (single source). */
    TRANSFER_BETWEEN_SCHOOLS,
    /** Holder of the basic general education certificate entering grade 10: no test (single source). */
    BASIC_EDUCATION_CERTIFICATE
}
