package org.rightsdesk.regime;

/** On what ground a person is in Russia on a day. */
public enum StayBasis {
    /** Within the visa-free days. */
    VISA_FREE,
    /** A valid visa. */
    VISA,
    /** A paid patent. */
    PATENT,
    /** The work contract of an EAEU citizen. */
    EAEU_CONTRACT,
    /** Temporary residence permit. */
    TEMPORARY_RESIDENCE_PERMIT,
    /** Residence permit. */
    RESIDENCE_PERMIT,
    /** An accepted RVP/VNZh application, studies, family or the compatriots' programme. */
    OTHER_EXTENSION,
    /** Russian citizen: the stay rules no longer apply. */
    RUSSIAN_CITIZEN,
    /** No lawful ground: the permitted stay has ended. */
    NONE,
    /** The sources give no limit for this person: a lawyer must judge. */
    UNDETERMINED
}
