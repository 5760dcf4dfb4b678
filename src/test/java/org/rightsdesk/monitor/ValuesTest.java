package org.rightsdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The small value types: dates, periods, counts, as-of labels, spans, tallies. */
class ValuesTest {

    @Test
    void thirtyFirstFebruaryIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Dates.day("2024-02-31", "date_from")).isInstanceOf(MonitorProblem.class)
                .hasMessage("date_from: '2024-02-31' does not exist (February 2024 has 29 days)");
        assertThatThrownBy(() -> Dates.day("2025-13-01", "date_from")).hasMessageContaining("has no month 13");
        assertThatThrownBy(() -> Dates.day("1 March", "date_from")).hasMessageContaining("is not a date");
        assertThat(Dates.day("2024-02-29", "d")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void periodsFollowThePrecisionOfWhatIsWritten() {
        assertThat(Period.parse("2024-08", null, null)).isEqualTo(new Period(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 31), DatePrecision.MONTH));
        assertThat(Period.parse("2024", "", "")).isEqualTo(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), DatePrecision.YEAR));
        assertThat(Period.parse("2024-03-22", "2024-03-29", null).label()).isEqualTo("2024-03-22 – 2024-03-29");
        assertThat(Period.parse(" ", null, null)).isNull();
        assertThat(Period.parse("2024-3-5", " 2024-03-05 ", null)).isEqualTo(Period.day(LocalDate.of(2024, 3, 5)));
        assertThatThrownBy(() -> Period.parse("2024-13-01", null, null)).hasMessage("date_from: '2024-13-01' has no month 13");
        assertThatThrownBy(() -> Period.parse("2024-02-30", null, null))
                .hasMessage("date_from: '2024-02-30' does not exist (February 2024 has 29 days)");
        assertThatThrownBy(() -> Period.parse("2024-02-1x", null, null)).hasMessageContaining("is not a date");
        assertThatThrownBy(() -> Period.parse("2024-02-١٢", null, null)).hasMessageContaining("is not a date");
        assertThatThrownBy(() -> Period.parse("2024-03-29", "2024-03-22", null)).hasMessageContaining("is before");
        assertThat(Period.parse("2024-08", null, null).overlaps(Period.day(LocalDate.of(2024, 8, 12)))).isTrue();
    }

    @Test
    void countsWithQualifiersAreCompatibleWhenTheirRangesMeet() {
        Count moreThan60 = new Count(60L, Qualifier.MORE_THAN, null);
        assertThat(moreThan60.compatibleWith(new Count(64L, Qualifier.EXACT, null))).isTrue();
        assertThat(new Count(5L, Qualifier.EXACT, null).compatibleWith(new Count(300L, Qualifier.EXACT, null))).isFalse();
        assertThat(new Count(100L, Qualifier.UP_TO, null).compatibleWith(new Count(300L, Qualifier.AT_LEAST, null))).isFalse();
        assertThat(Count.unknown().compatibleWith(moreThan60)).isTrue();
        assertThat(moreThan60.describe()).isEqualTo("more than 60");
    }

    @Test
    void peopleTotalsKeepTheirQualifiers() {
        Tally t = Tally.of(new Count(10L, Qualifier.EXACT, null)).plus(Tally.of(new Count(64L, Qualifier.MORE_THAN, null)))
                .plus(Tally.of(new Count(20L, Qualifier.ABOUT, null))).plus(Tally.of(Count.unknown()));
        assertThat(t.incidents()).isEqualTo(4);
        assertThat(t.lowerBound()).isEqualTo(74);
        assertThat(t.peopleExact()).isFalse();
        assertThat(t.people()).containsExactly(new Tally.PeoplePart("more_than", 74), new Tally.PeoplePart("about", 20));
        Tally exact = Tally.of(new Count(3L, Qualifier.EXACT, null)).plus(Tally.of(new Count(4L, Qualifier.EXACT, null)));
        assertThat(exact.people()).containsExactly(new Tally.PeoplePart("exact", 7));
        assertThat(Tally.of(new Count(3L, null, null)).plus(Tally.of(Count.unknown())).people())
                .containsExactly(new Tally.PeoplePart("at_least", 3));
    }

    @Test
    void asOfLabelsCoverQuartersHalvesAndIntervals() {
        assertThat(AsOf.parse("2024-Q1")).isEqualTo(new AsOf("2024-Q1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
        assertThat(AsOf.parse("2025-H2").to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(AsOf.parse("2025-04/2025-08").to()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(AsOf.parse("2026-01").from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(AsOf.parse(null)).isNull();
        assertThatThrownBy(() -> AsOf.parse("2025-Q5")).isInstanceOf(MonitorProblem.class);
    }

    @Test
    void quotesAreFoundDespiteWhitespaceQuotesAndCase() {
        String text = "Полиция задержала «более 60» человек.\nВ Котельниках — проверка.";
        Span s = Spans.locate(text, "более  60\" человек").orElseThrow();
        assertThat(text.substring(s.start(), s.end())).isEqualTo("более 60» человек");
        assertThat(Spans.locate(text, "в котельниках - проверка")).map(Span::quote).contains("В Котельниках — проверка");
        assertThat(Spans.locate(text, "не было такого")).isEmpty();
    }

    @Test
    void seriesKeysIgnoreCaseSpacingAndFinalPunctuation() {
        assertThat(Figures.seriesKey("Foreign nationals  living in Russia.")).isEqualTo(Figures.seriesKey("foreign nationals living in russia"));
        assertThat(Measures.ruleIds("R-050, r-056  R-050")).isEqualTo(List.of("R-050", "R-056"));
        assertThatThrownBy(() -> Measures.ruleIds("R-50")).hasMessageContaining("not a regime rule id");
    }
}
