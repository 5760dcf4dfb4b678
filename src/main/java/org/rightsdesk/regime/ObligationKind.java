package org.rightsdesk.regime;

/** What an obligation is about; stable codes a caller (e.g. the Cases desk) can pick out. */
public enum ObligationKind {
    /** Leave Russia by the last day of lawful stay. */
    LEAVE_RUSSIA,
    /** Leave within 30 days after the lawful stay ended, to avoid the discretionary ban. */
    LEAVE_WITHIN_30_DAYS_OF_OVERSTAY,
    /** File the notice of arrival (migration registration; ). */
    MIGRATION_REGISTRATION,
    /** Register at the place of residence after receiving RVP or VNZh. */
    RESIDENCE_REGISTRATION,
    /** Apply for a patent. */
    PATENT_APPLICATION,
    /** Pay the next patent advance. */
    PATENT_PAYMENT,
    /** Hand MVD a copy of the work contract after a patent. */
    PATENT_CONTRACT_NOTICE,
    /** Apply to re-issue the patent before 12 months run out. */
    PATENT_REISSUE,
    /** Fingerprinting and photographing. */
    FINGERPRINTING,
    /** Medical examination. */
    MEDICAL_EXAMINATION,
    /** Repeat the medical examination after the certificates expire. */
    MEDICAL_REPEAT,
    /** File a complaint against an expulsion ruling. The appeal deadline. */
    EXPULSION_APPEAL,
    /** Leave on one's own after a ruling on controlled departure. */
    SELF_DEPARTURE_AFTER_EXPULSION,
    /** The limit of detention pending expulsion without a further court decision. */
    DETENTION_LIMIT,
    /** Report to the military commissariat after naturalisation. */
    MILITARY_REGISTRATION,
    /** Duties of a listed person: appear when summoned, report whereabouts and departure. */
    CONTROLLED_PERSON_REPORTING,
    /** The school's check of the application documents. */
    SCHOOL_DOCUMENT_CHECK
}
