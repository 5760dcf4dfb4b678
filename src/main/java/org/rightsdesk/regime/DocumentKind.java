package org.rightsdesk.regime;

/**
 * The documents and filings the rules read. Each constant says which date is "issued" and
 * what "validUntil" means for it.
 */
public enum DocumentKind {
    /** A Russian visa; issued = first day valid, validUntil = last day valid. */
    VISA,
    /** The migration card filled in at entry; informational. */
    MIGRATION_CARD,
    /** A work patent; issued = issue date. Its validity follows the advance payments. */
    PATENT,
    /** Filing of the patent application; issued = filing day. */
    PATENT_APPLICATION,
    /** Copy of the work contract handed to MVD after a patent; issued = day handed in. */
    CONTRACT_NOTICE,
    /** Work contract of an EAEU citizen; issued = start, validUntil = end of the contract. */
    EAEU_WORK_CONTRACT,
    /** Temporary residence permit (RVP); issued and validUntil as on the permit. */
    TEMPORARY_RESIDENCE_PERMIT,
    /** Residence permit (VNZh); issued and validUntil as on the permit. */
    RESIDENCE_PERMIT,
    /** An accepted application for RVP or VNZh; issued = acceptance, validUntil = decision, if known. */
    RESIDENCE_APPLICATION,
    /** Registration at the place of residence of a permit holder; issued = day registered. */
    RESIDENCE_REGISTRATION,
    /** Study at a Russian institution that extends the stay; issued = start, validUntil = end. */
    STUDY,
    /** Family member of a Russian citizen or of a VNZh holder living in Russia; issued = from when. */
    FAMILY_OF_RUSSIAN_RESIDENT,
    /** Participant (or family) of the compatriots' resettlement programme; issued = from when. */
    COMPATRIOT_PROGRAMME,
    /** Notice of arrival filed (migration registration); issued = filing day, validUntil = registered until. */
    ARRIVAL_NOTIFICATION,
    /** State fingerprint registration and photographing done; issued = day done. */
    FINGERPRINT_REGISTRATION,
    /** Medical examination certificates; issued = day of issue, valid one year. */
    MEDICAL_CERTIFICATE
}
