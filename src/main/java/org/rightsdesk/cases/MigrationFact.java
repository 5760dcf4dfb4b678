package org.rightsdesk.cases;

import java.time.LocalDate;
import java.util.Map;

/**
 * A dated fact about a client's migration history, in the shape the regime rules read: stays
 * (entry and exit), places of stay, documents and filings, patent payments, removal rulings,
 * naturalisation, children. Stored sealed as JSON; the kind is stored in clear.
 */
public sealed interface MigrationFact {

    /** The stored kind code (one of {@link Codes#FACT_KINDS}). */
    String kind();

    /** A document number to index for lookup, if the fact has one. */
    default String documentNumber() {
        return null;
    }

    /** One stay in Russia; {@code left} is null while the client is still there. */
    record Stay(LocalDate entered, LocalDate left, String purpose) implements MigrationFact {
        public String kind() {
            return "stay";
        }
    }

    /** Arrival at an address (starts migration registration). */
    record PlaceOfStay(LocalDate arrived, String accommodation, String address) implements MigrationFact {
        public String kind() {
            return "place_of_stay";
        }
    }

    /** A document held or a filing made. */
    record Document(String documentKind, String number, LocalDate issued, LocalDate validUntil, String issuedBy)
            implements MigrationFact {
        public String kind() {
            return "document";
        }

        @Override
        public String documentNumber() {
            return number;
        }
    }

    /** An advance payment for a patent, covering {@code months} months. */
    record PatentPayment(LocalDate paidOn, int months) implements MigrationFact {
        public String kind() {
            return "patent_payment";
        }
    }

    /** A ruling or decision to remove the client; {@code served} starts the appeal period. */
    record Ruling(String rulingKind, LocalDate decided, LocalDate served, boolean forced, boolean detained,
                  LocalDate appealFiled, String issuedBy, String number) implements MigrationFact {
        public String kind() {
            return "ruling";
        }

        @Override
        public String documentNumber() {
            return number;
        }
    }

    /** Acquisition of Russian citizenship. */
    record Naturalisation(LocalDate acquired, LocalDate passportReceived, LocalDate residenceRegistered,
                          LocalDate militaryRegistered) implements MigrationFact {
        public String kind() {
            return "naturalisation";
        }
    }

    /** A minor child (school admission). */
    record Child(String name, LocalDate birthDate, LocalDate schoolApplied, Integer grade, LocalDate testFailedOn,
                 String exemption) implements MigrationFact {
        public String kind() {
            return "child";
        }
    }

    /** The record class for a stored kind. */
    static Class<? extends MigrationFact> type(String kind) {
        return switch (kind) {
            case "stay" -> Stay.class;
            case "place_of_stay" -> PlaceOfStay.class;
            case "document" -> Document.class;
            case "patent_payment" -> PatentPayment.class;
            case "ruling" -> Ruling.class;
            case "naturalisation" -> Naturalisation.class;
            case "child" -> Child.class;
            default -> throw new IllegalArgumentException("Unknown fact kind " + kind);
        };
    }

    /**
     * Reads a fact from form fields (names as in the forms), checking every date and choice.
     *
     * @throws CaseProblem naming the first field that is wrong
     */
    static MigrationFact fromForm(String kind, Map<String, String> f, LocalDate today) {
        String k = Codes.check("kind", kind, Codes.FACT_KINDS);
        return switch (k) {
            case "stay" -> {
                LocalDate entered = DateInput.required("entered", f.get("entered"));
                LocalDate left = DateInput.optional("left", f.get("left"));
                DateInput.notFuture("entered", entered, today);
                DateInput.notFuture("left", left, today);
                DateInput.notBefore("left", left, "entered", entered);
                yield new Stay(entered, left, Codes.optional("purpose", f.get("purpose"), Codes.PURPOSES));
            }
            case "place_of_stay" -> {
                LocalDate arrived = DateInput.required("arrived", f.get("arrived"));
                DateInput.notFuture("arrived", arrived, today);
                // Required: a hotel stay must be registered by the next working day, a flat within days.
                yield new PlaceOfStay(arrived, Codes.check("accommodation", f.get("accommodation"), Codes.ACCOMMODATIONS),
                        text("address", f.get("address"), 500));
            }
            case "document" -> {
                LocalDate issued = DateInput.required("issued", f.get("issued"));
                LocalDate validUntil = DateInput.optional("validUntil", f.get("validUntil"));
                DateInput.notFuture("issued", issued, today);
                DateInput.notBefore("validUntil", validUntil, "issued", issued);
                yield new Document(Codes.check("documentKind", f.get("documentKind"), Codes.DOCUMENT_KINDS),
                        text("number", f.get("number"), 60), issued, validUntil, text("issuedBy", f.get("issuedBy"), 200));
            }
            case "patent_payment" -> {
                LocalDate paid = DateInput.required("paidOn", f.get("paidOn"));
                DateInput.notFuture("paidOn", paid, today);
                yield new PatentPayment(paid, number("months", f.get("months"), 1, 12));
            }
            case "ruling" -> {
                LocalDate decided = DateInput.required("decided", f.get("decided"));
                LocalDate served = DateInput.optional("served", f.get("served"));
                LocalDate appeal = DateInput.optional("appealFiled", f.get("appealFiled"));
                DateInput.notFuture("decided", decided, today);
                DateInput.notFuture("served", served, today);
                DateInput.notFuture("appealFiled", appeal, today);
                DateInput.notBefore("served", served, "decided", decided);
                DateInput.notBefore("appealFiled", appeal, "decided", decided);
                yield new Ruling(Codes.check("rulingKind", f.get("rulingKind"), Codes.RULING_KINDS), decided, served,
                        "true".equals(f.get("forced")), "true".equals(f.get("detained")), appeal,
                        text("issuedBy", f.get("issuedBy"), 200), text("number", f.get("number"), 60));
            }
            case "naturalisation" -> {
                LocalDate acquired = DateInput.required("acquired", f.get("acquired"));
                DateInput.notFuture("acquired", acquired, today);
                LocalDate passport = DateInput.optional("passportReceived", f.get("passportReceived"));
                LocalDate residence = DateInput.optional("residenceRegistered", f.get("residenceRegistered"));
                LocalDate military = DateInput.optional("militaryRegistered", f.get("militaryRegistered"));
                DateInput.notBefore("passportReceived", passport, "acquired", acquired);
                DateInput.notBefore("militaryRegistered", military, "acquired", acquired);
                DateInput.notFuture("passportReceived", passport, today);
                DateInput.notFuture("residenceRegistered", residence, today);
                DateInput.notFuture("militaryRegistered", military, today);
                yield new Naturalisation(acquired, passport, residence, military);
            }
            case "child" -> {
                LocalDate born = DateInput.required("birthDate", f.get("birthDate"));
                DateInput.notFuture("birthDate", born, today);
                LocalDate applied = DateInput.optional("schoolApplied", f.get("schoolApplied"));
                LocalDate failed = DateInput.optional("testFailedOn", f.get("testFailedOn"));
                DateInput.notBefore("schoolApplied", applied, "birthDate", born);
                DateInput.notFuture("testFailedOn", failed, today);
                String grade = f.get("grade");
                yield new Child(text("name", f.get("name"), 200), born, applied,
                        grade == null || grade.isBlank() ? null : number("grade", grade, 1, 11), failed,
                        Codes.optional("exemption", f.get("exemption"), Codes.SCHOOL_EXEMPTIONS));
            }
            default -> throw new IllegalStateException(k);
        };
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new CaseProblem("too_long", field + " is longer than " + max + " characters", field, max);
        }
        return v;
    }

    static int number(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CaseProblem("number", field + ": '" + value + "' is not a whole number from " + min + " to " + max,
                    field, min, max);
        }
    }
}
