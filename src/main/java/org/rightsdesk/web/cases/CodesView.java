package org.rightsdesk.web.cases;

import java.util.List;

import org.rightsdesk.cases.Codes;

/** The case desk's vocabularies, for the templates' choice lists. */
public final class CodesView {

    static final CodesView INSTANCE = new CodesView();

    public List<String> getCaseKinds() {
        return Codes.CASE_KINDS;
    }

    public List<String> getCaseStatuses() {
        return Codes.CASE_STATUSES;
    }

    public List<String> getPartyRoles() {
        return Codes.PARTY_ROLES;
    }

    public List<String> getProceedingKinds() {
        return Codes.PROCEEDING_KINDS;
    }

    public List<String> getHearingOutcomes() {
        return Codes.HEARING_OUTCOMES;
    }

    public List<String> getFactKinds() {
        return Codes.FACT_KINDS;
    }

    public List<String> getDocumentKinds() {
        return Codes.DOCUMENT_KINDS;
    }

    public List<String> getPurposes() {
        return Codes.PURPOSES;
    }

    public List<String> getAccommodations() {
        return Codes.ACCOMMODATIONS;
    }

    public List<String> getRulingKinds() {
        return Codes.RULING_KINDS;
    }

    public List<String> getSexes() {
        return Codes.SEXES;
    }

    public List<String> getSchoolExemptions() {
        return Codes.SCHOOL_EXEMPTIONS;
    }

    public List<String> getRegistrySources() {
        return Codes.REGISTRY_SOURCES;
    }
}
