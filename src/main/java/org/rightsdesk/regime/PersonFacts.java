package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the regime rules need to know about one foreign national: the input of
 * {@link RegimeEngine#assess}. Only facts, never conclusions: the engine decides what they
 * mean on a given day. Lists may be given in any order (the assessment does not depend on it)
 * and are never null (null becomes empty). Facts dated after the evaluation day are left out
 * of that day's assessment, with a warning.
 *
 * <p>Build one with {@link #builder()} or the canonical constructor; check it with
 * {@link RegimeEngine#validate}, which names every field that is wrong.
 *
 * @param citizenship    ISO 3166-1 alpha-2 code of the foreign citizenship (e.g. {@code UZ}; {@code XX} for a
 *                       stateless person). For a naturalised person, the former citizenship (required)
 * @param sex            as in the documents, or null if not known (needed for military registration, R-101)
 * @param birthDate      date of birth, or null (needed for the exemptions of children under 6, R-032)
 * @param stays          entries into and exits from Russia
 * @param placesOfStay   arrivals at addresses inside Russia (start of migration registration, R-020)
 * @param documents      visas, patents, permits, filings and certificates with their dates
 * @param patentPayments advance payments for patents
 * @param rulings        expulsion rulings and deportation decisions
 * @param registryChecks looks at the controlled persons register
 * @param naturalisation acquisition of Russian citizenship, or null
 * @param children       minor children (school admission, R-090 ff.)
 */
public record PersonFacts(String citizenship, Sex sex, LocalDate birthDate, List<Stay> stays,
                          List<PlaceOfStay> placesOfStay, List<Document> documents, List<PatentPayment> patentPayments,
                          List<ExpulsionRuling> rulings, List<RegistryCheck> registryChecks,
                          Naturalisation naturalisation, List<Child> children) {

    public PersonFacts {
        stays = copy(stays);
        placesOfStay = copy(placesOfStay);
        documents = copy(documents);
        patentPayments = copy(patentPayments);
        rulings = copy(rulings);
        registryChecks = copy(registryChecks);
        children = copy(children);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static <T> List<T> copy(List<T> list) {
        // Not List.copyOf: null elements are reported by validation, not thrown at construction.
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A readable way to write facts in Java: {@code PersonFacts.builder().citizenship("UZ").stay(...).build()}. */
    public static final class Builder {
        private String citizenship;
        private Sex sex;
        private LocalDate birthDate;
        private final List<Stay> stays = new ArrayList<>();
        private final List<PlaceOfStay> places = new ArrayList<>();
        private final List<Document> documents = new ArrayList<>();
        private final List<PatentPayment> payments = new ArrayList<>();
        private final List<ExpulsionRuling> rulings = new ArrayList<>();
        private final List<RegistryCheck> checks = new ArrayList<>();
        private Naturalisation naturalisation;
        private final List<Child> children = new ArrayList<>();

        private Builder() {
        }

        public Builder citizenship(String iso2) {
            this.citizenship = iso2;
            return this;
        }

        public Builder sex(Sex sex) {
            this.sex = sex;
            return this;
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        /** A stay; {@code left} null while still in Russia. */
        public Builder stay(LocalDate entered, LocalDate left, Purpose purpose) {
            stays.add(new Stay(entered, left, purpose));
            return this;
        }

        public Builder stay(Stay stay) {
            stays.add(stay);
            return this;
        }

        public Builder placeOfStay(LocalDate arrived, Accommodation accommodation) {
            places.add(new PlaceOfStay(arrived, accommodation));
            return this;
        }

        public Builder document(DocumentKind kind, LocalDate issued, LocalDate validUntil) {
            documents.add(new Document(kind, issued, validUntil));
            return this;
        }

        public Builder document(Document document) {
            documents.add(document);
            return this;
        }

        /** A patent issued on {@code issued} with the advance for {@code monthsPaidAtIssue} months paid to get it. */
        public Builder patent(LocalDate issued, int monthsPaidAtIssue) {
            documents.add(new Document(DocumentKind.PATENT, issued, null));
            payments.add(new PatentPayment(issued, monthsPaidAtIssue));
            return this;
        }

        public Builder patentPayment(LocalDate paidOn, int months) {
            payments.add(new PatentPayment(paidOn, months));
            return this;
        }

        public Builder ruling(ExpulsionRuling ruling) {
            rulings.add(ruling);
            return this;
        }

        /** A court ruling on expulsion, received on {@code served}. */
        public Builder courtExpulsion(LocalDate decided, LocalDate served) {
            rulings.add(new ExpulsionRuling(RulingKind.COURT_EXPULSION, decided, served, false, false, null, null));
            return this;
        }

        public Builder registryCheck(LocalDate checkedOn, boolean listed, LocalDate listedSince) {
            checks.add(new RegistryCheck(checkedOn, listed, listedSince));
            return this;
        }

        public Builder naturalisation(Naturalisation naturalisation) {
            this.naturalisation = naturalisation;
            return this;
        }

        public Builder child(Child child) {
            children.add(child);
            return this;
        }

        public PersonFacts build() {
            return new PersonFacts(citizenship, sex, birthDate, stays, places, documents, payments, rulings, checks,
                    naturalisation, children);
        }
    }
}
