package org.rightsdesk.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any person, checked on randomly generated histories with
 * fixed seeds (so a failure is reproducible): deadlines already passed never move as the
 * evaluation day advances; days counted never exceed days present; and the answer does not
 * depend on the order the facts are given in.
 */
class RegimePropertiesTest {

    static final RegimeEngine ENGINE = new RegimeEngine();
    static final List<String> CITIZENSHIPS = List.of("UZ", "TJ", "MD", "AZ", "KG", "AM", "KZ", "UA", "CN");

    /** A random but valid person with one to two years of history ending around {@code until}. */
    static PersonFacts randomPerson(Random rnd, LocalDate until) {
        PersonFacts.Builder b = PersonFacts.builder().citizenship(CITIZENSHIPS.get(rnd.nextInt(CITIZENSHIPS.size())))
                .sex(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE).birthDate(LocalDate.of(1970 + rnd.nextInt(35), 1 + rnd.nextInt(12), 1));
        LocalDate day = until.minusDays(300 + rnd.nextInt(400));
        int trips = 1 + rnd.nextInt(4);
        Purpose purpose = Purpose.values()[rnd.nextInt(Purpose.values().length)];
        LocalDate lastEntry = day;
        LocalDate lastDayIn = day; // the last day of the last stay (or until, while it is open)
        for (int t = 0; t < trips && day.isBefore(until); t++) {
            LocalDate entered = day;
            lastEntry = entered;
            LocalDate left = entered.plusDays(5 + rnd.nextInt(150));
            boolean last = t == trips - 1 || !left.isBefore(until);
            LocalDate exit = last && rnd.nextBoolean() ? null : Evaluation.min(left, until);
            b.stay(entered, exit, purpose);
            lastDayIn = exit == null ? until : exit;
            if (rnd.nextInt(3) == 0) { // an arrival at an address happens during the stay
                b.placeOfStay(Evaluation.min(entered.plusDays(rnd.nextInt(4)), lastDayIn),
                        rnd.nextBoolean() ? Accommodation.DWELLING : Accommodation.HOTEL);
            }
            if (rnd.nextBoolean()) {
                b.document(DocumentKind.ARRIVAL_NOTIFICATION, entered.plusDays(rnd.nextInt(12)), null);
            }
            day = left.plusDays(10 + rnd.nextInt(90));
            if (last) {
                break;
            }
        }
        if (rnd.nextBoolean()) {
            LocalDate issued = lastEntry.plusDays(rnd.nextInt(40));
            b.patent(issued, 1 + rnd.nextInt(3));
            LocalDate paid = issued;
            for (int p = 0; p < rnd.nextInt(8); p++) {
                paid = paid.plusDays(25 + rnd.nextInt(9));
                b.patentPayment(paid, 1);
            }
        }
        if (rnd.nextInt(3) == 0) {
            b.document(DocumentKind.FINGERPRINT_REGISTRATION, lastEntry.plusDays(rnd.nextInt(40)), null);
            b.document(DocumentKind.MEDICAL_CERTIFICATE, lastEntry.plusDays(rnd.nextInt(40)), null);
        }
        if (rnd.nextInt(4) == 0) {
            // A ruling is made while the person is in Russia: on a day of the last stay.
            LocalDate decided = lastEntry.plusDays(rnd.nextInt((int) (lastDayIn.toEpochDay() - lastEntry.toEpochDay()) + 1));
            b.ruling(new ExpulsionRuling(RulingKind.values()[rnd.nextInt(3)], decided, decided.plusDays(rnd.nextInt(5)),
                    rnd.nextBoolean(), rnd.nextBoolean(), null, "r" + rnd.nextInt(100)));
        }
        if (rnd.nextInt(4) == 0) {
            boolean listed = rnd.nextBoolean();
            LocalDate checked = until.minusDays(rnd.nextInt(100));
            b.registryCheck(checked, listed, listed ? checked.minusDays(rnd.nextInt(30)) : null);
        }
        if (rnd.nextInt(6) == 0) {
            LocalDate acquired = until.minusDays(rnd.nextInt(60));
            b.naturalisation(new Naturalisation(acquired, acquired.plusDays(rnd.nextInt(5)), null, null));
        }
        if (rnd.nextInt(5) == 0) {
            int years = rnd.nextInt(8); // 7 to 14 years old, in a grade that fits the age
            b.child(new Child(until.minusYears(7 + years), until.minusDays(rnd.nextInt(60)), Math.max(1, years + rnd.nextInt(3)),
                    rnd.nextBoolean() ? until.minusDays(rnd.nextInt(30)) : null, null, "child"));
        }
        return b.build();
    }

    static LocalDate lastFact(PersonFacts f) {
        LocalDate last = LocalDate.MIN;
        for (Stay s : f.stays()) {
            last = Evaluation.max(last, s.left() == null ? s.entered() : s.left());
        }
        for (Document d : f.documents()) {
            last = Evaluation.max(last, d.issued());
        }
        for (PatentPayment p : f.patentPayments()) {
            last = Evaluation.max(last, p.paidOn());
        }
        for (ExpulsionRuling r : f.rulings()) {
            last = Evaluation.max(last, Evaluation.max(r.decided(), r.served()));
        }
        for (RegistryCheck c : f.registryChecks()) {
            last = Evaluation.max(last, c.checkedOn());
        }
        if (f.naturalisation() != null) {
            last = Evaluation.max(last, Evaluation.max(f.naturalisation().acquired(), f.naturalisation().passportReceived()));
        }
        for (Child c : f.children()) {
            last = Evaluation.max(last, Evaluation.max(c.schoolApplied(), c.testFailedOn()));
        }
        for (PlaceOfStay p : f.placesOfStay()) {
            last = Evaluation.max(last, p.arrived());
        }
        return last;
    }

    @Test
    void evaluatingOnLaterDaysNeverMovesADeadlineThatHasPassed() {
        Random rnd = new Random(20250101);
        int checked = 0;
        for (int n = 0; n < 150; n++) {
            PersonFacts person = randomPerson(rnd, LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(365)));
            LocalDate start = lastFact(person);
            Assessment first = ENGINE.assess(person, start);
            for (int step = 1; step <= 40; step += 1 + rnd.nextInt(6)) {
                LocalDate later = start.plusDays(step);
                Assessment next = ENGINE.assess(person, later);
                for (Obligation o : first.obligations()) {
                    if (o.due() == null || !o.due().isBefore(later)) {
                        continue;
                    }
                    assertThat(next.obligations()).as("seed person %d, %s on %s", n, o.kind(), later)
                            .anySatisfy(p -> {
                                assertThat(p.kind()).isEqualTo(o.kind());
                                assertThat(p.ref()).isEqualTo(o.ref());
                                assertThat(p.due()).isEqualTo(o.due());
                            });
                    checked++;
                }
            }
        }
        assertThat(checked).as("past deadlines compared").isGreaterThan(100);
    }

    @Test
    void daysCountedNeverExceedDaysPresent() {
        Random rnd = new Random(4242);
        int counted = 0;
        for (int n = 0; n < 300; n++) {
            LocalDate on = LocalDate.of(2024, 6, 1).plusDays(rnd.nextInt(600));
            PersonFacts person = randomPerson(rnd, on);
            Assessment a = ENGINE.assess(person, Evaluation.max(on, lastFact(person)));
            DayCount c = a.visaFreeDays();
            if (c == null) {
                continue;
            }
            long present = 0;
            for (Stay s : person.stays()) {
                LocalDate from = Evaluation.max(s.entered(), c.periodFrom());
                LocalDate to = Evaluation.min(s.left() == null ? c.periodTo() : s.left(), c.periodTo());
                if (!to.isBefore(from)) {
                    present += to.toEpochDay() - from.toEpochDay() + 1;
                }
            }
            assertThat(c.used()).as("person %d", n).isLessThanOrEqualTo((int) present).isGreaterThanOrEqualTo(0);
            assertThat(c.remaining()).isBetween(0, c.limit());
            long periodDays = c.periodTo().toEpochDay() - c.periodFrom().toEpochDay() + 1;
            assertThat(c.used()).isLessThanOrEqualTo((int) periodDays);
            for (StayPeriod p : a.timeline()) {
                assertThat(p.to()).isAfterOrEqualTo(p.from());
                assertThat(p.projected() || !p.to().isAfter(a.on())).isTrue();
            }
            counted++;
        }
        assertThat(counted).isGreaterThan(100);
    }

    @Test
    void theAssessmentDoesNotDependOnTheOrderOfTheFacts() {
        Random rnd = new Random(777);
        for (int n = 0; n < 200; n++) {
            PersonFacts person = randomPerson(rnd, LocalDate.of(2024, 9, 1).plusDays(rnd.nextInt(500)));
            LocalDate on = lastFact(person).plusDays(rnd.nextInt(30));
            PersonFacts shuffled = new PersonFacts(person.citizenship(), person.sex(), person.birthDate(),
                    shuffle(person.stays(), rnd), shuffle(person.placesOfStay(), rnd), shuffle(person.documents(), rnd),
                    shuffle(person.patentPayments(), rnd), shuffle(person.rulings(), rnd), shuffle(person.registryChecks(), rnd),
                    person.naturalisation(), shuffle(person.children(), rnd));
            Assessment a = ENGINE.assess(person, on);
            Assessment b = ENGINE.assess(shuffled, on);
            assertThat(b).as("person %d", n).isEqualTo(a);
            assertThat(RegimeJson.write(b)).isEqualTo(RegimeJson.write(a));
        }
    }

    @Test
    void everyDatedObligationNamesItsSafeReadingAndCitesRules() {
        Random rnd = new Random(99);
        for (int n = 0; n < 200; n++) {
            PersonFacts person = randomPerson(rnd, LocalDate.of(2025, 3, 1).plusDays(rnd.nextInt(300)));
            Assessment a = ENGINE.assess(person, lastFact(person));
            for (Obligation o : a.obligations()) {
                assertThat(o.citations()).as(o.kind().name()).isNotEmpty();
                assertThat(o.text()).isNotNull();
                assertThat(o.text().en()).isNotBlank();
                assertThat(o.text().ru()).isNotBlank();
                if (o.due() != null) {
                    assertThat(o.readings()).filteredOn(Reading::safe).singleElement()
                            .satisfies(r -> assertThat(r.date()).isEqualTo(o.due()));
                    assertThat(o.readings()).allSatisfy(r -> assertThat(r.date()).isAfterOrEqualTo(o.due()));
                }
            }
            for (AllowedFrom f : a.allowedFrom()) {
                assertThat(f.readings()).filteredOn(Reading::safe).singleElement()
                        .satisfies(r -> assertThat(r.date()).isEqualTo(f.from()));
            }
            assertThat(a.bills()).allSatisfy(b -> assertThat(b.confidence()).isEqualTo(Confidence.BILL));
            assertThat(a.citedRules()).noneMatch(c -> c.confidence() == Confidence.BILL && !a.bills().stream()
                    .anyMatch(b -> b.citations().contains(c)));
        }
    }

    static <T> List<T> shuffle(List<T> list, Random rnd) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, rnd);
        return copy;
    }
}
