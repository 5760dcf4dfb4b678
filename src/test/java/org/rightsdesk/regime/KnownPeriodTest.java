package org.rightsdesk.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Days outside what the rules and the calendar know are never answered with the rules of
 * another time: an evaluation day before 2011 or past the end of next year is refused; a day
 * past the sources' horizon, or a fact older than 2011, heads the answer with a note.
 */
class KnownPeriodTest {

    static final RegimeEngine ENGINE = new RegimeEngine();
    static final PersonFacts WORKER = PersonFacts.builder().citizenship("UZ").stay(LocalDate.of(2025, 2, 3), null, Purpose.WORK).build();

    static FactsProblem refusal(PersonFacts facts, LocalDate on) {
        return catchThrowableOfType(FactsProblem.class, () -> ENGINE.assess(facts, on));
    }

    @Test
    void anEvaluationDayIn1900IsRefusedNotAnsweredWithTodaysRules() {
        PersonFacts old = PersonFacts.builder().citizenship("UZ").stay(LocalDate.of(1899, 12, 1), null, Purpose.WORK).build();
        FactsProblem p = refusal(old, LocalDate.of(1900, 1, 1));
        assertThat(p).isNotNull();
        assertThat(p.issues()).anySatisfy(i -> {
            assertThat(i.field()).isEqualTo("on");
            assertThat(i.problem()).contains("rules in force before 2011 are not known");
        });
        assertThat(refusal(WORKER, LocalDate.of(2010, 12, 31))).isNotNull();
        assertThat(refusal(PersonFacts.builder().citizenship("UZ").build(), LocalDate.of(2011, 1, 1))).isNull();
    }

    @Test
    void aDayPastTheEndOfTheYearAfterTheCalendarIsRefused() {
        LocalDate last = ENGINE.lastEvaluationDay();
        assertThat(last).isEqualTo(LocalDate.of(ENGINE.calendarKnownUntil().getYear() + 1, 12, 31));
        assertThat(refusal(WORKER, last)).isNull();
        FactsProblem p = refusal(WORKER, last.plusDays(1));
        assertThat(p.issues()).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("on");
            assertThat(i.code()).isEqualTo("too-far-ahead");
        });
        assertThat(refusal(WORKER, LocalDate.of(2099, 6, 1))).isNotNull();
    }

    @Test
    void aDayPastTheSourcesHorizonHeadsTheAnswerNotItsFoot() {
        Assessment a = ENGINE.assess(WORKER, ENGINE.sourcesHorizon().plusDays(1));
        assertThat(a.headlines()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("beyond-sources-horizon");
            assertThat(n.text().en()).contains("28 February 2026");
            assertThat(n.text().ru()).contains("28 февраля 2026");
        });
        assertThat(a.warnings()).noneMatch(n -> n.code().equals("beyond-sources-horizon"));
        assertThat(ENGINE.assess(WORKER, ENGINE.sourcesHorizon()).headlines()).isEmpty();
    }

    @Test
    void aFactOlderThanTheKnownRulesHeadsTheAnswer() {
        PersonFacts history = PersonFacts.builder().citizenship("UZ")
                .stay(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 4, 1), Purpose.WORK)
                .document(DocumentKind.RESIDENCE_PERMIT, LocalDate.of(2009, 7, 1), null)
                .stay(LocalDate.of(2025, 2, 3), null, Purpose.WORK).build();
        Assessment a = ENGINE.assess(history, LocalDate.of(2025, 6, 1));
        assertThat(a.headlines()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("facts-before-known-rules");
            assertThat(n.text().en()).contains("3 fact(s)", "1 January 2011", "documents[0].issued");
            assertThat(n.text().ru()).contains("1 января 2011");
        });
        String json = RegimeJson.write(a);
        assertThat(json.indexOf("\"headlines\"")).as("headlines come right after the day").isLessThan(json.indexOf("\"status\""));
    }

    @Test
    void birthDatesAndValidityEndsAreNotFactsJudgedByTheRules() {
        PersonFacts older = PersonFacts.builder().citizenship("UZ").birthDate(LocalDate.of(1960, 1, 1))
                .child(new Child(LocalDate.of(2008, 1, 1), null, null, null, null, null))
                .stay(LocalDate.of(2025, 2, 3), null, Purpose.WORK).build();
        assertThat(ENGINE.assess(older, LocalDate.of(2025, 6, 1)).headlines()).isEmpty();
    }
}
