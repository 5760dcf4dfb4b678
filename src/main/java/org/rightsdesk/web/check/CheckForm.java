package org.rightsdesk.web.check;

/**
 * The answers of the public "Check your situation" form, as typed (strings; parsed by
 * {@link CheckFacts}). Only ever held in the request: never stored, logged or put in a URL.
 * Step 1 sets the situation flags; step 2 asks only for the dates those flags need.
 */
public class CheckForm {

    // Step 1: who and what applies.
    private String citizenship;
    private boolean inRussia;
    private boolean visa;
    private boolean work;
    private boolean ruling;
    private boolean registry;
    private boolean citizen;
    private boolean child;

    // Step 2: trips.
    private String entered;
    private String purpose;
    private String trip1Entered;
    private String trip1Left;
    private String trip2Entered;
    private String trip2Left;
    private String trip3Entered;
    private String trip3Left;
    private String accommodation;
    private String arrived;
    private String notified;
    private String visaFrom;
    private String visaUntil;
    // Work.
    private String patentApplied;
    private String patentIssued;
    private String patentMonths;
    private String patentLastPaid;
    private String contractNotice;
    private String fingerprinted;
    private String medical;
    // Ruling.
    private String rulingKind;
    private String rulingDecided;
    private String rulingServed;
    private boolean rulingDetained;
    private String rulingAppealFiled;
    // Register.
    private String registryChecked;
    private String registryListed;
    private String registryListedSince;
    // Naturalisation.
    private String citizenSince;
    private String passportReceived;
    private String residenceRegistered;
    private String sex;
    private String militaryRegistered;
    // Child.
    private String childBirth;
    private String childApplied;
    private String childGrade;
    private String childFailed;
    private String childExemption;
    // The day to check (defaults to today).
    private String on;

    public String getCitizenship() { return citizenship; }
    public void setCitizenship(String v) { citizenship = v; }
    public boolean isInRussia() { return inRussia; }
    public void setInRussia(boolean v) { inRussia = v; }
    public boolean isVisa() { return visa; }
    public void setVisa(boolean v) { visa = v; }
    public boolean isWork() { return work; }
    public void setWork(boolean v) { work = v; }
    public boolean isRuling() { return ruling; }
    public void setRuling(boolean v) { ruling = v; }
    public boolean isRegistry() { return registry; }
    public void setRegistry(boolean v) { registry = v; }
    public boolean isCitizen() { return citizen; }
    public void setCitizen(boolean v) { citizen = v; }
    public boolean isChild() { return child; }
    public void setChild(boolean v) { child = v; }
    public String getEntered() { return entered; }
    public void setEntered(String v) { entered = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getTrip1Entered() { return trip1Entered; }
    public void setTrip1Entered(String v) { trip1Entered = v; }
    public String getTrip1Left() { return trip1Left; }
    public void setTrip1Left(String v) { trip1Left = v; }
    public String getTrip2Entered() { return trip2Entered; }
    public void setTrip2Entered(String v) { trip2Entered = v; }
    public String getTrip2Left() { return trip2Left; }
    public void setTrip2Left(String v) { trip2Left = v; }
    public String getTrip3Entered() { return trip3Entered; }
    public void setTrip3Entered(String v) { trip3Entered = v; }
    public String getTrip3Left() { return trip3Left; }
    public void setTrip3Left(String v) { trip3Left = v; }
    public String getAccommodation() { return accommodation; }
    public void setAccommodation(String v) { accommodation = v; }
    public String getArrived() { return arrived; }
    public void setArrived(String v) { arrived = v; }
    public String getNotified() { return notified; }
    public void setNotified(String v) { notified = v; }
    public String getVisaFrom() { return visaFrom; }
    public void setVisaFrom(String v) { visaFrom = v; }
    public String getVisaUntil() { return visaUntil; }
    public void setVisaUntil(String v) { visaUntil = v; }
    public String getPatentApplied() { return patentApplied; }
    public void setPatentApplied(String v) { patentApplied = v; }
    public String getPatentIssued() { return patentIssued; }
    public void setPatentIssued(String v) { patentIssued = v; }
    public String getPatentMonths() { return patentMonths; }
    public void setPatentMonths(String v) { patentMonths = v; }
    public String getPatentLastPaid() { return patentLastPaid; }
    public void setPatentLastPaid(String v) { patentLastPaid = v; }
    public String getContractNotice() { return contractNotice; }
    public void setContractNotice(String v) { contractNotice = v; }
    public String getFingerprinted() { return fingerprinted; }
    public void setFingerprinted(String v) { fingerprinted = v; }
    public String getMedical() { return medical; }
    public void setMedical(String v) { medical = v; }
    public String getRulingKind() { return rulingKind; }
    public void setRulingKind(String v) { rulingKind = v; }
    public String getRulingDecided() { return rulingDecided; }
    public void setRulingDecided(String v) { rulingDecided = v; }
    public String getRulingServed() { return rulingServed; }
    public void setRulingServed(String v) { rulingServed = v; }
    public boolean isRulingDetained() { return rulingDetained; }
    public void setRulingDetained(boolean v) { rulingDetained = v; }
    public String getRulingAppealFiled() { return rulingAppealFiled; }
    public void setRulingAppealFiled(String v) { rulingAppealFiled = v; }
    public String getRegistryChecked() { return registryChecked; }
    public void setRegistryChecked(String v) { registryChecked = v; }
    public String getRegistryListed() { return registryListed; }
    public void setRegistryListed(String v) { registryListed = v; }
    public String getRegistryListedSince() { return registryListedSince; }
    public void setRegistryListedSince(String v) { registryListedSince = v; }
    public String getCitizenSince() { return citizenSince; }
    public void setCitizenSince(String v) { citizenSince = v; }
    public String getPassportReceived() { return passportReceived; }
    public void setPassportReceived(String v) { passportReceived = v; }
    public String getResidenceRegistered() { return residenceRegistered; }
    public void setResidenceRegistered(String v) { residenceRegistered = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v; }
    public String getMilitaryRegistered() { return militaryRegistered; }
    public void setMilitaryRegistered(String v) { militaryRegistered = v; }
    public String getChildBirth() { return childBirth; }
    public void setChildBirth(String v) { childBirth = v; }
    public String getChildApplied() { return childApplied; }
    public void setChildApplied(String v) { childApplied = v; }
    public String getChildGrade() { return childGrade; }
    public void setChildGrade(String v) { childGrade = v; }
    public String getChildFailed() { return childFailed; }
    public void setChildFailed(String v) { childFailed = v; }
    public String getChildExemption() { return childExemption; }
    public void setChildExemption(String v) { childExemption = v; }
    public String getOn() { return on; }
    public void setOn(String v) { on = v; }
}
