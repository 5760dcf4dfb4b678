package org.rightsdesk.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Big inputs stay bounded: the answer is written to the caller's stream a few kilobytes at a
 * time (never built as one string), and lists are accepted up to their limit and refused one
 * entry beyond it. How fast and in how much memory is measured by
 * {@code scripts/measure-regime-size.sh}, not here.
 */
class BoundedOutputTest {

    static final RegimeEngine ENGINE = new RegimeEngine();

    /** Counts what arrives and the largest single write. */
    static final class Recording extends OutputStream {
        long bytes;
        int writes;
        int largest;
        final java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            writes++;
            largest = Math.max(largest, len);
            copy.write(b, off, len);
        }
    }

    static PersonFacts commuter(int stays) {
        PersonFacts.Builder b = PersonFacts.builder().citizenship("KZ");
        LocalDate day = LocalDate.of(2026, 12, 1).minusDays(3L * stays);
        for (int i = 0; i < stays; i++) {
            b.stay(new Stay(day, day.plusDays(1), Purpose.PRIVATE, "s" + i));
            day = day.plusDays(3);
        }
        return b.build();
    }

    @Test
    void theJsonIsWrittenToTheStreamAsItGoes() {
        PersonFacts.Builder b = PersonFacts.builder().citizenship("UZ").stay(LocalDate.of(2025, 1, 10), null, Purpose.WORK);
        for (int i = 0; i < 3000; i++) {
            b.placeOfStay(LocalDate.of(2025, 1, 10).plusDays(i % 300), Accommodation.DWELLING);
        }
        Assessment a = ENGINE.assess(b.build(), LocalDate.of(2025, 12, 1));
        Recording out = new Recording();
        RegimeJson.write(a, out);
        assertThat(out.bytes).as("a big answer").isGreaterThan(1_000_000);
        assertThat(out.largest).as("no write holds the whole answer").isLessThanOrEqualTo(64 * 1024);
        assertThat(out.writes).as("written in many pieces").isGreaterThan((int) (out.bytes / (64 * 1024)));
        assertThat(out.copy.toString(StandardCharsets.UTF_8)).isEqualTo(RegimeJson.write(a));
    }

    @Test
    void tenThousandStaysAreAcceptedAndOneMoreIsRefused() {
        Assessment a = ENGINE.assess(commuter(10_000), LocalDate.of(2026, 12, 1));
        assertThat(a.timeline()).isNotEmpty();
        assertThat(a.headlines()).extracting(Note::code).contains("facts-before-known-rules");
        FactsProblem p = catchThrowableOfType(FactsProblem.class, () -> ENGINE.assess(commuter(10_001), LocalDate.of(2026, 12, 1)));
        assertThat(p.issues()).extracting(FactsProblem.Issue::field).containsExactly("stays");
    }
}
