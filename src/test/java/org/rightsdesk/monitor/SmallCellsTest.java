package org.rightsdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static StatRow row(String key, long incidents, long people) {
        return new StatRow(key, new Tally(incidents, people, 0, 0, 0, 0, 0), 0, Tally.ZERO, Set.of());
    }

    @Test
    void countsUnderTheThresholdAreWithheldAndTheNextSmallestToo() {
        StatRow total = row("", 32, 200);
        List<StatRow> out = Statistics.SmallCells.apply(List.of(row("a", 20, 150), row("b", 9, 40), row("c", 3, 10)), total, 5);
        assertThat(out.get(2).hidden(StatRow.INCIDENTS)).isTrue();
        assertThat(out.get(2).reported().incidents()).isZero();
        assertThat(out.get(2).reported().exact()).as("people withheld with the count").isZero();
        // c alone could be computed from the total: b, the next smallest, is withheld as well.
        assertThat(out.get(1).hidden(StatRow.INCIDENTS)).isTrue();
        assertThat(out.get(0).hidden(StatRow.INCIDENTS)).isFalse();
        assertThat(out.get(0).reported().incidents()).isEqualTo(20);
    }

    @Test
    void twoWithheldCellsNeedNoMoreAndZeroIsNeverWithheld() {
        List<StatRow> out = Statistics.SmallCells.apply(List.of(row("a", 20, 100), row("b", 2, 5), row("c", 1, 1), row("d", 0, 0)),
                row("", 23, 106), 5);
        assertThat(out).extracting(r -> r.hidden(StatRow.INCIDENTS)).containsExactly(false, true, true, false);
    }

    @Test
    void aSmallPeopleTotalIsWithheldEvenWhenTheIncidentCountIsNot() {
        List<StatRow> out = Statistics.SmallCells.apply(List.of(row("a", 6, 2)), null, 5);
        assertThat(out.get(0).hidden(StatRow.PEOPLE)).isTrue();
        assertThat(out.get(0).hidden(StatRow.INCIDENTS)).isFalse();
        assertThat(out.get(0).reported().peopleMentioned()).isZero();
    }
}
