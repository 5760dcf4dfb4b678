package org.rightsdesk.cases;

/**
 * A client as typed into the intake or edit form; every field is the raw text. Only the name is
 * required. {@code registryCheckDays} is how often to re-check the controlled persons register
 * (blank: no reminders).
 */
public record ClientForm(String fullName, String birthDate, String citizenship, String sex, String passport,
                         String phone, String address, String notes, String registryCheckDays) {
}
