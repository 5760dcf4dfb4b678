package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assessments per second for a typical person with a year of history: a worker from
 * Uzbekistan with three trips, a patent paid monthly, the usual filings and a register check.
 * Run: {@code ./mvnw -q -Pbenchmark -DskipTests verify} (see README). Not a unit test: the
 * build only smoke-tests it (RegimeBenchmarkSmokeTest).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RegimeBenchmark {

    final RegimeEngine engine = new RegimeEngine();
    final LocalDate on = LocalDate.of(2025, 11, 20);
    final PersonFacts person = typicalPerson();

    /** A year of history ending on 20 November 2025. */
    static PersonFacts typicalPerson() {
        PersonFacts.Builder b = PersonFacts.builder().citizenship("UZ").sex(Sex.MALE).birthDate(LocalDate.of(1993, 5, 17))
                .stay(LocalDate.of(2024, 11, 15), LocalDate.of(2024, 12, 28), Purpose.WORK)
                .stay(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 3, 1), Purpose.PRIVATE)
                .stay(LocalDate.of(2025, 4, 10), null, Purpose.WORK)
                .placeOfStay(LocalDate.of(2025, 4, 11), Accommodation.DWELLING)
                .document(DocumentKind.ARRIVAL_NOTIFICATION, LocalDate.of(2025, 4, 15), null)
                .document(DocumentKind.FINGERPRINT_REGISTRATION, LocalDate.of(2025, 4, 22), null)
                .document(DocumentKind.MEDICAL_CERTIFICATE, LocalDate.of(2025, 4, 24), null)
                .document(DocumentKind.PATENT_APPLICATION, LocalDate.of(2025, 4, 28), null)
                .patent(LocalDate.of(2025, 5, 12), 1)
                .document(DocumentKind.CONTRACT_NOTICE, LocalDate.of(2025, 6, 2), null)
                .registryCheck(LocalDate.of(2025, 10, 1), false, null);
        for (int m = 1; m <= 6; m++) {
            b.patentPayment(LocalDate.of(2025, 5, 8).plusMonths(m), 1);
        }
        return b.build();
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(person, on);
    }

    /** The same, plus rendering the whole assessment as JSON in both languages (what the API and CLI do). */
    @Benchmark
    public String assessAndWriteJson() {
        return RegimeJson.write(engine.assess(person, on));
    }
}
