package org.rightsdesk.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The rules' data and its plumbing: the production calendar matches the published totals,
 * working-day arithmetic handles transferred days, parameters are judged by the rule in force
 * on the day, every parameter cites a known rule, texts exist in both languages, and invalid
 * facts are refused with the field named.
 */
class RulesDataTest {

    static final ProductionCalendar CAL = RegimeData.CALENDAR;
    static final ProductionCalendar.Trace NONE = day -> {
        throw new AssertionError("outside the calendar: " + day);
    };

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void onlyWellFormedRuleIdsHaveANumber() {
        assertThat(RuleCatalogue.number("R-101")).isEqualTo(101);
        assertThat(RuleCatalogue.number("R-007")).isEqualTo(7);
        assertThat(RuleCatalogue.number("R-0:1")).isEqualTo(-1); // ':' is '9' + 1: must not read as R-101
        assertThat(RuleCatalogue.number("R-1a1")).isEqualTo(-1);
        assertThat(RuleCatalogue.number("R-1011")).isEqualTo(-1);
        assertThat(RuleCatalogue.number("Q-101")).isEqualTo(-1);
    }

    @Test
    void theCalendarMatchesThePublishedWorkingDayTotals() {
        assertThat(CAL.workingDaysIn(d(2024, 1, 1), d(2024, 12, 31))).isEqualTo(248);
        assertThat(CAL.workingDaysIn(d(2025, 1, 1), d(2025, 12, 31))).isEqualTo(247);
        assertThat(CAL.workingDaysIn(d(2026, 1, 1), d(2026, 12, 31))).isEqualTo(247);
        assertThat(CAL.workingDaysIn(d(2026, 1, 1), d(2026, 3, 31))).isEqualTo(55);
        assertThat(CAL.workingDaysIn(d(2026, 4, 1), d(2026, 6, 30))).isEqualTo(62);
        assertThat(CAL.workingDaysIn(d(2026, 7, 1), d(2026, 9, 30))).isEqualTo(66);
        assertThat(CAL.workingDaysIn(d(2026, 10, 1), d(2026, 12, 31))).isEqualTo(64);
        assertThat(CAL.workingDaysIn(d(2024, 12, 1), d(2024, 12, 31))).isEqualTo(21);
    }

    @Test
    void transferredDaysAndWorkingSaturdaysAreHonoured() {
        assertThat(CAL.isWorkingDay(d(2024, 4, 27), NONE)).isTrue(); // working Saturday
        assertThat(CAL.isWorkingDay(d(2024, 4, 29), NONE)).isFalse(); // transferred day off
        assertThat(CAL.isWorkingDay(d(2025, 11, 1), NONE)).isTrue();
        assertThat(CAL.isWorkingDay(d(2026, 3, 9), NONE)).isFalse(); // 8 March carried over
        assertThat(CAL.addWorkingDays(d(2025, 4, 29), 7, true, NONE)).isEqualTo(d(2025, 5, 14));
        assertThat(CAL.workingDaysBefore(d(2026, 2, 16), 10, NONE)).isEqualTo(d(2026, 2, 2));
        assertThat(CAL.nextWorkingDayOnOrAfter(d(2026, 1, 1), NONE)).isEqualTo(d(2026, 1, 12));
    }

    @Test
    void aDayOutsideTheKnownCalendarIsReportedNotSilentlyGuessed() {
        java.util.List<LocalDate> told = new java.util.ArrayList<>();
        assertThat(CAL.isWorkingDay(d(2027, 1, 4), told::add)).isTrue();
        assertThat(told).containsExactly(d(2027, 1, 4));
        PersonFacts late = PersonFacts.builder().citizenship("AZ").stay(d(2026, 12, 28), null, Purpose.PRIVATE).build();
        Assessment a = new RegimeEngine().assess(late, d(2026, 12, 29));
        assertThat(a.warnings()).anySatisfy(n -> {
            assertThat(n.code()).isEqualTo("calendar-unknown-year");
            assertThat(n.text().en()).contains("2027");
        });
        assertThat(a.headlines()).anySatisfy(n -> assertThat(n.code()).isEqualTo("beyond-sources-horizon"));
    }

    @Test
    void aParameterIsJudgedByTheRuleInForceOnTheDay() {
        Parameters p = RegimeData.PARAMETERS;
        assertThat(p.on("stay.visaFree.rule", d(2024, 12, 31)).rule().rule()).isEqualTo("R-010");
        assertThat(p.on("stay.visaFree.rule", d(2025, 1, 1)).rule().rule()).isEqualTo("R-011");
        assertThat(p.flagOn("appeal.expulsion.movesOffNonWorkingDay", d(2024, 10, 28))).isFalse();
        assertThat(p.flagOn("appeal.expulsion.movesOffNonWorkingDay", d(2024, 10, 29))).isTrue();
        assertThat(p.on("registration.general.workingDays", d(2010, 1, 1)).asInt()).isEqualTo(3);
        assertThat(p.on("registry.inForce", d(2025, 2, 5)).asBoolean()).isTrue();
        for (String name : p.names()) {
            for (Parameters.Value v : p.history(name)) {
                if (v.rule() != null) {
                    assertThat(v.rule().confidence()).as(name).isNotEqualTo(Confidence.BILL); // bills are never parameters
                }
            }
        }
    }

    @Test
    void everyRuleHasBothLanguagesAndBillsAreMarked() {
        for (Citation c : new RegimeEngine().rules()) {
            assertThat(c.rule()).matches("R-\\d{3}");
            assertThat(c.title().en()).isNotBlank();
            assertThat(c.title().ru()).matches("(?s).*[а-яА-ЯёЁ].*");
            assertThat(c.summary().ru()).matches("(?s).*[а-яА-ЯёЁ].*");
            assertThat(c.basis()).isNotBlank();
            if (c.confidence() != Confidence.UNCLEAR) {
                assertThat(c.sources()).as(c.rule()).isNotEmpty().allMatch(s -> s.startsWith("http"));
            }
        }
        assertThat(new RegimeEngine().rule("R-043").confidence()).isEqualTo(Confidence.BILL);
        assertThatThrownBy(() -> new RegimeEngine().rule("R-999")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidFactsNameEveryWrongFieldAndRepeatNoValue() {
        PersonFacts bad = new PersonFacts("uz", null, null,
                java.util.List.of(new Stay(d(2025, 3, 10), d(2025, 3, 1), null), new Stay(null, null, null)),
                null, java.util.List.of(new Document(null, d(2025, 1, 1), null), new Document(DocumentKind.VISA, d(3000, 1, 1), null)),
                java.util.List.of(new PatentPayment(d(2025, 1, 1), 13)), null, null, null, null);
        assertThatThrownBy(() -> new RegimeEngine().assess(bad, d(2025, 6, 1)))
                .isInstanceOfSatisfying(FactsProblem.class, p -> {
                    assertThat(p.issues()).extracting(FactsProblem.Issue::field).contains("citizenship", "stays[0].left",
                            "stays[1].entered", "documents[0].kind", "documents[1].issued", "patentPayments[0].months",
                            "patentPayments[0].paidOn");
                    assertThat(p.getMessage()).doesNotContain("2025-03-10", "3000");
                });
        PersonFacts overlapping = PersonFacts.builder().citizenship("TJ").stay(d(2025, 1, 1), d(2025, 3, 1), null)
                .stay(d(2025, 2, 1), null, null).build();
        assertThatThrownBy(() -> new RegimeEngine().assess(overlapping, d(2025, 6, 1)))
                .isInstanceOfSatisfying(FactsProblem.class, p -> assertThat(p.issues()).extracting(FactsProblem.Issue::field)
                        .containsExactly("stays[1].entered"));
        assertThatThrownBy(() -> new RegimeEngine().assess(PersonFacts.builder().citizenship("TJ").build(), null))
                .isInstanceOf(FactsProblem.class).hasMessageContaining("on");
    }

    @Test
    void factsAfterTheEvaluationDayAreLeftOutWithAWarning() {
        PersonFacts f = PersonFacts.builder().citizenship("UZ").stay(d(2025, 1, 10), d(2025, 2, 1), Purpose.PRIVATE)
                .stay(d(2025, 5, 1), null, Purpose.PRIVATE).build();
        Assessment a = new RegimeEngine().assess(f, d(2025, 1, 20));
        assertThat(a.status().state()).isEqualTo(StayState.LAWFUL);
        assertThat(a.warnings()).anySatisfy(n -> assertThat(n.code()).isEqualTo("facts-after-evaluation-date"));
    }

    @Test
    void russianTextsRenderGenitiveMonthsAndTextsCompareByMeaning() {
        assertThat(Text.date(d(2025, 4, 9), java.util.Locale.forLanguageTag("ru"))).isEqualTo("9 апреля 2025 (среда)");
        assertThat(Text.date(d(2025, 4, 9), java.util.Locale.ENGLISH)).isEqualTo("9 April 2025 (Wednesday)");
        assertThat(Text.of("regime.t.leaveMissed", d(2025, 1, 1))).isEqualTo(Text.of("regime.t.leaveMissed", d(2025, 1, 1)));
        assertThat(Text.of("regime.t.leaveMissed", d(2025, 1, 1)).ru()).contains("1 января 2025");
    }
}
