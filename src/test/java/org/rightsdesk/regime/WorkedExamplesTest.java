package org.rightsdesk.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The worked scenarios of {@code regime/examples.md} (E1–E15), retold with our own people and
 * checked against the engine: the safe date, the other readings, and what follows.
 */
class WorkedExamplesTest {

    static final RegimeEngine ENGINE = new RegimeEngine();

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static Obligation only(Assessment a, ObligationKind kind) {
        List<Obligation> found = a.obligations().stream().filter(o -> o.kind() == kind).toList();
        assertThat(found).as(kind.name()).hasSize(1);
        return found.get(0);
    }

    static List<LocalDate> readings(Obligation o) {
        return o.readings().stream().map(Reading::date).toList();
    }

    static List<String> rules(List<Citation> citations) {
        return citations.stream().map(Citation::rule).toList();
    }

    static boolean hasNote(List<Note> notes, String code) {
        return notes.stream().anyMatch(n -> n.code().equals(code));
    }

    /** Bakhodir, from Uzbekistan, came visa-free for January and February 2025 and again on 1 June. */
    static PersonFacts bakhodir(LocalDate secondExit) {
        return PersonFacts.builder().citizenship("UZ")
                .stay(d(2025, 1, 10), d(2025, 2, 28), Purpose.PRIVATE)
                .stay(d(2025, 6, 1), secondExit, Purpose.PRIVATE)
                .build();
    }

    @Nested
    class E1_AnnualNinetyDays {
        final Assessment a = ENGINE.assess(bakhodir(null), d(2025, 6, 3));

        @Test
        void fiftyDaysOfTheFirstStayLeaveFortyFromFirstJune() {
            Obligation leave = only(a, ObligationKind.LEAVE_RUSSIA);
            assertThat(leave.due()).isEqualTo(d(2025, 7, 10));
            assertThat(leave.status()).isEqualTo(ObligationStatus.OPEN);
            assertThat(rules(leave.citations())).contains("R-011", "R-017");
            // Counting the exit day is the safe convention; without it he would have one day more.
            assertThat(readings(leave)).containsExactly(d(2025, 7, 10), d(2025, 7, 11));
            assertThat(leave.readings().get(0).safe()).isTrue();
            assertThat(a.status().lawfulUntil()).isEqualTo(d(2025, 7, 10));
            assertThat(a.visaFreeDays().used()).isEqualTo(50 + 3);
        }

        @Test
        void nextVisaFreeEntryIsFirstJanuary() {
            assertThat(a.allowedFrom()).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo(AllowedFromKind.VISA_FREE_ENTRY);
                assertThat(f.from()).isEqualTo(d(2026, 1, 1));
            });
        }

        @Test
        void secondStayRegisteredByTheFifteenthDayWithOfficesClosedFromTwelfth() {
            Obligation reg = only(a, ObligationKind.MIGRATION_REGISTRATION);
            assertThat(reg.due()).isEqualTo(d(2025, 6, 15));
            assertThat(reg.inPersonBy()).isEqualTo(d(2025, 6, 11));
            assertThat(rules(reg.citations())).contains("R-025");
        }

        @Test
        void overstayingBringsRegisterExpulsionAndTheUnverifiedThreeYearBan() {
            Obligation leave = only(a, ObligationKind.LEAVE_RUSSIA);
            List<String> triggered = leave.ifMissed().stream().flatMap(c -> rules(c.citations()).stream()).toList();
            assertThat(triggered).contains("R-019", "R-051", "R-067", "R-078");
            Consequence ban = leave.ifMissed().stream().filter(c -> rules(c.citations()).contains("R-078")).findFirst().orElseThrow();
            assertThat(ban.confidence()).isEqualTo(Confidence.UNCLEAR);
            assertThat(ban.text().en()).contains("not verified");
        }
    }

    @Test
    void e2_aStayAcrossNewYear2025EndsAfterNinetyDaysInARow() {
        PersonFacts ion = PersonFacts.builder().citizenship("MD").stay(d(2024, 10, 15), null, Purpose.PRIVATE).build();
        Assessment a = ENGINE.assess(ion, d(2025, 1, 1));
        Obligation leave = only(a, ObligationKind.LEAVE_RUSSIA);
        assertThat(leave.due()).isEqualTo(d(2025, 1, 12)); // a Sunday: the duty to leave does not move
        assertThat(leave.inPersonBy()).isNull();
        Note straddle = a.warnings().stream().filter(n -> n.code().equals("days-of-2025-straddling-stay")).findFirst().orElseThrow();
        assertThat(rules(straddle.citations())).containsExactly("R-018");
        assertThat(straddle.text().args()).containsExactly(12, 78);
        // On 31 December 2024 the same stay is judged by the 2024 rule (90 days in 180).
        Assessment old = ENGINE.assess(ion, d(2024, 12, 31));
        assertThat(old.visaFreeDays().text().key()).isEqualTo("regime.t.dayCount.window");
        assertThat(rules(old.visaFreeDays().citations())).contains("R-010");
        assertThat(rules(a.visaFreeDays().citations())).contains("R-011");
    }

    @Test
    void e3_aPatentPaidOneDayLateEndedTheDayAfterTheLastPaidDay() {
        PersonFacts rustam = PersonFacts.builder().citizenship("TJ")
                .stay(d(2024, 12, 20), null, Purpose.WORK)
                .patent(d(2025, 3, 10), 1)
                .patentPayment(d(2025, 4, 10), 1)
                .build();
        Assessment a = ENGINE.assess(rustam, d(2025, 4, 10));
        Obligation pay = only(a, ObligationKind.PATENT_PAYMENT);
        assertThat(pay.due()).isEqualTo(d(2025, 4, 9));
        assertThat(readings(pay)).containsExactly(d(2025, 4, 9), d(2025, 4, 10));
        assertThat(pay.status()).isEqualTo(ObligationStatus.MISSED);
        assertThat(pay.doneOn()).isEqualTo(d(2025, 4, 10));
        assertThat(a.missedDeadlines()).contains(pay);
        assertThat(pay.ifMissed()).anySatisfy(c -> assertThat(rules(c.citations())).contains("R-036"));
        assertThat(hasNote(a.warnings(), "late-payment-arguable")).isTrue();
        assertThat(a.restrictions()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RestrictionKind.WORK);
            assertThat(r.from()).isEqualTo(d(2025, 4, 10));
        });
        // In Russia since December, the 2025 visa-free days are used: the stay is unlawful from 10 April.
        assertThat(a.status().state()).isEqualTo(StayState.UNLAWFUL);
        assertThat(a.status().since()).isEqualTo(d(2025, 4, 10));
        assertThat(a.restrictions()).anySatisfy(r -> assertThat(r.kind()).isEqualTo(RestrictionKind.BANKING));
    }

    @Test
    void e4_registrationCountsWorkingDaysAcrossTheMayHolidays() {
        PersonFacts elchin = PersonFacts.builder().citizenship("AZ")
                .stay(d(2025, 4, 20), null, Purpose.PRIVATE)
                .placeOfStay(d(2025, 4, 29), Accommodation.DWELLING)
                .build();
        Obligation reg = only(ENGINE.assess(elchin, d(2025, 4, 30)), ObligationKind.MIGRATION_REGISTRATION);
        assertThat(reg.party()).isEqualTo(Party.HOST);
        assertThat(readings(reg)).contains(d(2025, 5, 14), d(2025, 5, 13)).doesNotContain(d(2025, 5, 6));
        assertThat(reg.due()).isEqualTo(d(2025, 5, 13)); // arrival day counted: the earliest reading
        assertThat(reg.confidence()).isEqualTo(Confidence.UNCLEAR);
        assertThat(rules(reg.citations())).contains("R-020", "R-003");
    }

    @Test
    void e5_aWorkingSaturdayShortensTheRegistrationDeadline() {
        PersonFacts vasile = PersonFacts.builder().citizenship("MD")
                .stay(d(2024, 4, 25), null, Purpose.PRIVATE)
                .placeOfStay(d(2024, 4, 25), Accommodation.DWELLING)
                .build();
        Assessment a = ENGINE.assess(vasile, d(2024, 4, 26));
        Obligation reg = only(a, ObligationKind.MIGRATION_REGISTRATION);
        assertThat(readings(reg)).containsExactlyInAnyOrder(d(2024, 5, 7), d(2024, 5, 8), d(2024, 5, 13));
        assertThat(reg.due()).isEqualTo(d(2024, 5, 7));
        Reading notSafe = reg.readings().stream().filter(r -> r.date().equals(d(2024, 5, 13))).findFirst().orElseThrow();
        assertThat(notSafe.safe()).isFalse();
        assertThat(hasNote(a.warnings(), "working-saturday-counted")).isTrue();
    }

    @Test
    void e6_theTajikFifteenDaysEndInTheNewYearHolidaysAndDoNotMove() {
        PersonFacts firuz = PersonFacts.builder().citizenship("TJ").stay(d(2025, 12, 25), null, Purpose.PRIVATE).build();
        Assessment a = ENGINE.assess(firuz, d(2025, 12, 26));
        Obligation reg = only(a, ObligationKind.MIGRATION_REGISTRATION);
        assertThat(readings(reg)).containsExactly(d(2026, 1, 8), d(2026, 1, 9));
        assertThat(reg.due()).isEqualTo(d(2026, 1, 8));
        assertThat(reg.inPersonBy()).isEqualTo(d(2025, 12, 30));
        assertThat(readings(reg)).doesNotContain(d(2026, 1, 12));
        assertThat(hasNote(a.warnings(), "treaty-period-no-carry-over")).isTrue();
        assertThat(rules(reg.citations())).contains("R-024");
    }

    @Test
    void e7_anAppealDeadlineOnASaturdayMovesToMonday() {
        PersonFacts sherzod = PersonFacts.builder().citizenship("UZ")
                .ruling(new ExpulsionRuling(RulingKind.COURT_EXPULSION, d(2025, 4, 22), d(2025, 4, 23), false, true, null, "case-7"))
                .build();
        Assessment a = ENGINE.assess(sherzod, d(2025, 4, 24));
        Obligation appeal = a.obligation(ObligationKind.EXPULSION_APPEAL, "case-7").orElseThrow();
        assertThat(appeal.due()).isEqualTo(d(2025, 5, 5));
        assertThat(readings(appeal)).containsExactly(d(2025, 5, 5));
        assertThat(appeal.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(rules(appeal.citations())).contains("R-071", "R-001");
        assertThat(appeal.text().en()).contains("24:00");
        assertThat(appeal.ifMissed()).anySatisfy(c -> assertThat(rules(c.citations())).contains("R-071"));
        Note oneDay = a.warnings().stream().filter(n -> n.code().equals("detainee-complaint-one-day")).findFirst().orElseThrow();
        assertThat(rules(oneDay.citations())).contains("R-072");
        assertThat(oneDay.confidence()).isEqualTo(Confidence.UNCLEAR);
    }

    @Test
    void e8_theOldSutkiRuleAndTheOctober2024Change() {
        RegimeEngine engine = ENGINE;
        PersonFacts early = PersonFacts.builder().citizenship("KG").courtExpulsion(d(2024, 10, 1), d(2024, 10, 2)).build();
        Obligation a = only(engine.assess(early, d(2024, 10, 3)), ObligationKind.EXPULSION_APPEAL);
        assertThat(a.due()).isEqualTo(d(2024, 10, 12)); // a Saturday, not moved
        assertThat(readings(a)).containsExactly(d(2024, 10, 12));
        assertThat(rules(a.citations())).contains("R-070");

        PersonFacts across = PersonFacts.builder().citizenship("KG").courtExpulsion(d(2024, 10, 24), d(2024, 10, 25)).build();
        Obligation b = only(engine.assess(across, d(2024, 10, 26)), ObligationKind.EXPULSION_APPEAL);
        assertThat(readings(b)).containsExactly(d(2024, 11, 4), d(2024, 11, 5));
        assertThat(b.due()).isEqualTo(d(2024, 11, 4));
        assertThat(b.confidence()).isEqualTo(Confidence.UNCLEAR);
        assertThat(rules(b.citations())).contains("R-070", "R-071");
    }

    @Test
    void e9_aNaturalisedManHasTwoWeeksAndThreeReadingsOfTheStart() {
        PersonFacts azamat = PersonFacts.builder().citizenship("KG").sex(Sex.MALE).birthDate(d(2001, 3, 3))
                .naturalisation(new Naturalisation(d(2025, 5, 29), d(2025, 5, 29), d(2025, 6, 5), null))
                .build();
        Assessment a = ENGINE.assess(azamat, d(2025, 6, 6));
        Obligation mil = only(a, ObligationKind.MILITARY_REGISTRATION);
        assertThat(mil.due()).isEqualTo(d(2025, 6, 11));
        assertThat(readings(mil)).contains(d(2025, 6, 12), d(2025, 6, 16), d(2025, 6, 19));
        assertThat(mil.confidence()).isEqualTo(Confidence.UNCLEAR);
        assertThat(mil.ifMissed()).anySatisfy(c -> assertThat(rules(c.citations())).contains("R-100"));
        assertThat(a.bills()).anySatisfy(b -> assertThat(rules(b.citations())).containsExactly("R-103"));
        assertThat(a.bills()).allSatisfy(b -> assertThat(b.confidence()).isEqualTo(Confidence.BILL));
        assertThat(a.status().state()).isEqualTo(StayState.RUSSIAN_CITIZEN);
    }

    @Test
    void e10_aListedPersonIsBarredFromMostOfDailyLife() {
        PersonFacts davron = PersonFacts.builder().citizenship("TJ")
                .stay(d(2024, 2, 20), null, Purpose.WORK)
                .patent(d(2024, 3, 1), 12)
                .registryCheck(d(2025, 3, 19), true, d(2025, 3, 4))
                .build();
        Assessment a = ENGINE.assess(davron, d(2025, 3, 20));
        assertThat(a.status().state()).isEqualTo(StayState.UNLAWFUL);
        assertThat(a.restrictions().stream().filter(r -> r.status() == RestrictionStatus.IN_FORCE).map(Restriction::kind))
                .contains(RestrictionKind.MOVEMENT, RestrictionKind.PROPERTY_AND_VEHICLES, RestrictionKind.DRIVING,
                        RestrictionKind.BANKING, RestrictionKind.MARRIAGE, RestrictionKind.BUSINESS_REGISTRATION,
                        RestrictionKind.CHILDREN_EDUCATION);
        Restriction banking = a.restrictions().stream().filter(r -> r.kind() == RestrictionKind.BANKING).findFirst().orElseThrow();
        assertThat(banking.from()).isEqualTo(d(2025, 3, 4));
        assertThat(banking.exceptions()).hasSize(3);
        assertThat(banking.exceptions().get(2).en()).contains("30000");
        assertThat(only(a, ObligationKind.CONTROLLED_PERSON_REPORTING).ifMissed())
                .anySatisfy(c -> assertThat(rules(c.citations())).contains("R-061"));
        assertThat(hasNote(a.warnings(), "registry-way-out")).isTrue();
        Note window = a.warnings().stream().filter(n -> n.code().equals("regularisation-window")).findFirst().orElseThrow();
        assertThat(window.text().args()).containsExactly(d(2025, 4, 30), d(2025, 9, 10));
        assertThat(hasNote(a.warnings(), "registry-no-letter")).isTrue();
    }

    @Test
    void e11_aGirlWhoFailedTheTestMayRetryOnlyAfterThreeFullMonths() {
        PersonFacts parent = PersonFacts.builder().citizenship("KG")
                .stay(d(2025, 3, 1), null, Purpose.WORK)
                .document(DocumentKind.EAEU_WORK_CONTRACT, d(2025, 3, 10), d(2026, 3, 9))
                .child(new Child(d(2016, 4, 12), d(2025, 9, 1), 3, d(2025, 9, 5), null, "aigerim"))
                .build();
        Assessment a = ENGINE.assess(parent, d(2025, 9, 10));
        AllowedFrom retest = a.allowedFrom().stream().filter(f -> f.kind() == AllowedFromKind.SCHOOL_RETEST).findFirst().orElseThrow();
        assertThat(retest.from()).isEqualTo(d(2025, 12, 6));
        assertThat(retest.ref()).isEqualTo("aigerim");
        assertThat(retest.readings().stream().map(Reading::date)).containsExactly(d(2025, 12, 5), d(2025, 12, 6), d(2025, 12, 8));
        assertThat(retest.confidence()).isEqualTo(Confidence.UNCLEAR);
        assertThat(a.warnings().stream().filter(n -> n.code().equals("school-conditions")).findFirst().orElseThrow().text().key())
                .isEqualTo("regime.t.school.written");
        assertThat(a.warnings().stream().filter(n -> n.code().equals("school-documents")).findFirst().orElseThrow().text().key())
                .isEqualTo("regime.t.school.documentsPrints");
        assertThat(hasNote(a.warnings(), "school-reports-to-mvd")).isTrue();
        assertThat(a.status().basis()).isEqualTo(StayBasis.EAEU_CONTRACT);
    }

    @Test
    void e12_theFirstThirtyDaysOfAWorkerFromUzbekistan() {
        PersonFacts ulugbek = PersonFacts.builder().citizenship("UZ").stay(d(2025, 10, 3), null, Purpose.WORK).build();
        Assessment a = ENGINE.assess(ulugbek, d(2025, 10, 4));
        assertThat(only(a, ObligationKind.MIGRATION_REGISTRATION).due()).isEqualTo(d(2025, 10, 17));
        for (ObligationKind kind : List.of(ObligationKind.FINGERPRINTING, ObligationKind.MEDICAL_EXAMINATION,
                ObligationKind.PATENT_APPLICATION)) {
            Obligation o = only(a, kind);
            assertThat(o.due()).as(kind.name()).isEqualTo(d(2025, 11, 1)); // a working Saturday
            assertThat(o.inPersonBy()).as(kind.name()).isNull();
            assertThat(readings(o)).as(kind.name()).containsExactly(d(2025, 11, 1), d(2025, 11, 2)).doesNotContain(d(2025, 11, 5));
        }
        assertThat(a.bills()).anySatisfy(b -> assertThat(rules(b.citations())).containsExactly("R-043"));
    }

    @Test
    void e13_detentionPendingExpulsionIsCappedAtNinetyDays() {
        PersonFacts karim = PersonFacts.builder().citizenship("TJ")
                .ruling(new ExpulsionRuling(RulingKind.COURT_EXPULSION, d(2025, 3, 3), d(2025, 3, 3), true, true, null, null))
                .build();
        Obligation limit = only(ENGINE.assess(karim, d(2025, 3, 4)), ObligationKind.DETENTION_LIMIT);
        assertThat(limit.party()).isEqualTo(Party.AUTHORITY);
        assertThat(readings(limit)).containsExactly(d(2025, 5, 31), d(2025, 6, 1));
        assertThat(limit.due()).isEqualTo(d(2025, 5, 31));
        assertThat(limit.text().args()).contains(d(2027, 3, 3));
        assertThat(rules(limit.citations())).containsExactly("R-076");
    }

    @Test
    void e14_overstayingFiftyThreeDaysBringsTheMandatoryAndTheDiscretionaryBan() {
        Assessment a = ENGINE.assess(bakhodir(d(2025, 9, 1)), d(2025, 9, 2));
        assertThat(a.status().state()).isEqualTo(StayState.NOT_IN_RUSSIA);
        Obligation leave = only(a, ObligationKind.LEAVE_RUSSIA);
        assertThat(leave.due()).isEqualTo(d(2025, 7, 10));
        assertThat(leave.status()).isEqualTo(ObligationStatus.MISSED);
        assertThat(leave.doneOn()).isEqualTo(d(2025, 9, 1));
        Obligation within30 = only(a, ObligationKind.LEAVE_WITHIN_30_DAYS_OF_OVERSTAY);
        assertThat(readings(within30)).containsExactly(d(2025, 8, 8), d(2025, 8, 9));
        assertThat(within30.status()).isEqualTo(ObligationStatus.MISSED);
        AllowedFrom entry = a.allowedFrom().stream().filter(f -> f.kind() == AllowedFromKind.ENTRY_AFTER_BAN).findFirst().orElseThrow();
        assertThat(entry.from()).isEqualTo(d(2028, 9, 2));
        assertThat(entry.readings().stream().map(Reading::date)).contains(d(2028, 9, 1));
        assertThat(rules(entry.citations())).containsExactly("R-078", "R-080");
        assertThat(entry.text().args()).contains(53, 3);
        Restriction ban = a.restrictions().stream().filter(r -> r.kind() == RestrictionKind.ENTRY_BAN).findFirst().orElseThrow();
        assertThat(ban.status()).isEqualTo(RestrictionStatus.IN_FORCE);
        assertThat(ban.from()).isEqualTo(d(2025, 9, 1));
        assertThat(hasNote(a.warnings(), "ban-wording-unverified")).isTrue();
        assertThat(hasNote(a.warnings(), "left-within-regularisation-window")).isTrue();
    }

    @Test
    void e15_reissueTenWorkingDaysBeforeTheTwelveMonths() {
        PersonFacts.Builder b = PersonFacts.builder().citizenship("UZ")
                .stay(d(2025, 2, 1), null, Purpose.WORK)
                .patent(d(2025, 2, 17), 1)
                .document(DocumentKind.CONTRACT_NOTICE, d(2025, 3, 20), null);
        for (int month = 1; month <= 11; month++) {
            b.patentPayment(d(2025, 2, 14).plusMonths(month), 1);
        }
        Assessment a = ENGINE.assess(b.build(), d(2026, 1, 20));
        Obligation reissue = only(a, ObligationKind.PATENT_REISSUE);
        assertThat(reissue.due()).isEqualTo(d(2026, 2, 2));
        assertThat(readings(reissue)).containsExactly(d(2026, 2, 2), d(2026, 2, 3));
        assertThat(reissue.text().args()).contains(d(2026, 2, 16));
        assertThat(a.status().basis()).isEqualTo(StayBasis.PATENT);
        assertThat(a.obligations()).noneMatch(o -> o.kind() == ObligationKind.PATENT_PAYMENT); // all twelve months paid
    }
}
