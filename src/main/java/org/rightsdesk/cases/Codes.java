package org.rightsdesk.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The closed vocabularies of the case desk. Codes are stored in the database and used as
 * message keys ({@code cases.<list>.<code>}); the lists are what forms offer.
 */
public final class Codes {

    private Codes() {
    }

    /** Kinds of case the desk handles. */
    public static final List<String> CASE_KINDS = List.of("detention_expulsion", "deportation", "registry_inclusion",
            "patent_annulment", "school_refusal", "citizenship_termination", "coerced_enlistment", "raid_detention", "other");
    public static final List<String> CASE_STATUSES = List.of("open", "on_hold", "closed");
    public static final List<String> PARTY_ROLES = List.of("relative", "employer", "landlord", "witness", "interpreter",
            "authority", "opposing_counsel", "other");
    public static final List<String> PROCEEDING_KINDS = List.of("administrative_offence", "expulsion", "deportation",
            "appeal", "cassation", "registry", "administrative_claim", "civil", "criminal", "other");
    public static final List<String> HEARING_OUTCOMES = List.of("held", "adjourned", "decided_for", "decided_against",
            "cancelled");
    /** Kinds of migration fact (see {@link MigrationFact}). */
    public static final List<String> FACT_KINDS = List.of("stay", "place_of_stay", "document", "patent_payment", "ruling",
            "naturalisation", "child");
    /** Documents and filings (the regime's document kinds, lower case). */
    public static final List<String> DOCUMENT_KINDS = List.of("passport", "visa", "migration_card", "patent",
            "patent_application", "contract_notice", "eaeu_work_contract", "temporary_residence_permit", "residence_permit",
            "residence_application", "residence_registration", "study", "family_of_russian_resident", "compatriot_programme",
            "arrival_notification", "fingerprint_registration", "medical_certificate");
    public static final List<String> PURPOSES = List.of("work", "study", "private", "tourism", "business", "other");
    public static final List<String> ACCOMMODATIONS = List.of("dwelling", "hotel");
    public static final List<String> RULING_KINDS = List.of("court_expulsion", "police_expulsion", "deportation");
    public static final List<String> SEXES = List.of("male", "female");
    public static final List<String> SCHOOL_EXEMPTIONS = List.of("diplomatic_family", "compatriot_programme",
            "humanitarian_rvp", "transfer_between_schools", "basic_education_certificate");
    public static final List<String> REGISTRY_SOURCES = List.of("mvd_website", "gosuslugi", "other");

    /** The code if it is one of {@code allowed}; otherwise a problem naming the field. */
    static String check(String field, String value, List<String> allowed) {
        String code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(code)) {
            throw new CaseProblem("choice", field + ": '" + value + "' is not one of " + Arrays.toString(allowed.toArray()), field);
        }
        return code;
    }

    /** Like {@link #check} but blank means "not given". */
    static String optional(String field, String value, List<String> allowed) {
        return value == null || value.isBlank() ? null : check(field, value, allowed);
    }
}
