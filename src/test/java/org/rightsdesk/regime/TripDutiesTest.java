package org.rightsdesk.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Duties trip by trip: each duty lands on the trip it arose on, every trip is listed, the met
 * duties carry the day they were met and whether on time, in both languages.
 */
class TripDutiesTest {

    static final RegimeEngine ENGINE = new RegimeEngine();

    static RegimeJson.Request read(String file) throws Exception {
        return RegimeJson.read(Files.readString(Path.of("src/test/resources/regime", file)));
    }

    @Test
    void aPersonWithTwoTripsSeesEachTripsDutiesWithWhatIsAlreadyDone() throws Exception {
        RegimeJson.Request r = read("two-trips.json");
        Assessment a = ENGINE.assess(r.facts(), r.on());
        List<TripDuties> trips = TripDuties.of(a, r.facts());
        assertThat(trips).extracting(TripDuties::number).startsWith(1, 2);
        assertThat(trips.get(0).title().en()).isEqualTo("Trip 1: 10 January 2025 (Friday) – 20 February 2025 (Thursday)");
        assertThat(trips.get(1).title().ru()).isEqualTo("Поездка 2: с 1 апреля 2025 (вторник), сейчас в России");

        Obligation appeal = only(trips.get(0), ObligationKind.EXPULSION_APPEAL);
        assertThat(TripDuties.met(appeal)).isTrue();
        assertThat(TripDuties.state(appeal).en()).isEqualTo("Done on 10 February 2025 (Monday), on time (due 14 February 2025 (Friday)).");
        Obligation notice = only(trips.get(1), ObligationKind.MIGRATION_REGISTRATION);
        assertThat(TripDuties.state(notice).ru()).startsWith("Выполнено 8 апреля 2025 (вторник), в срок");
        assertThat(trips.get(1).duties()).anySatisfy(o -> assertThat(TripDuties.met(o)).isFalse());
        assertThat(trips.stream().mapToInt(t -> t.duties().size()).sum()).as("every duty is shown once")
                .isEqualTo(a.obligations().size());
    }

    @Test
    void aDutyDoneAfterItsDeadlineIsShownAsDoneLate() throws Exception {
        PersonFacts late = PersonFacts.builder().citizenship("TJ").stay(LocalDate.of(2025, 4, 1), null, Purpose.PRIVATE)
                .document(DocumentKind.ARRIVAL_NOTIFICATION, LocalDate.of(2025, 5, 5), null).build();
        Assessment a = ENGINE.assess(late, LocalDate.of(2025, 5, 20));
        Obligation notice = a.obligation(ObligationKind.MIGRATION_REGISTRATION, null).orElseThrow();
        assertThat(TripDuties.met(notice)).isTrue();
        assertThat(TripDuties.state(notice).in(Locale.ENGLISH)).startsWith("Done on 5 May 2025 (Monday), late: it was due");
    }

    @Test
    void withoutStaysEveryDutyIsInTheGroupWithoutATrip() {
        PersonFacts ruling = PersonFacts.builder().citizenship("UZ").courtExpulsion(LocalDate.of(2025, 4, 22), LocalDate.of(2025, 4, 23))
                .build();
        Assessment a = ENGINE.assess(ruling, LocalDate.of(2025, 4, 24));
        List<TripDuties> trips = TripDuties.of(a, ruling);
        assertThat(trips).singleElement().satisfies(t -> {
            assertThat(t.trip()).isNull();
            assertThat(t.title().en()).isEqualTo("Not about a particular trip");
            assertThat(t.duties()).isEqualTo(a.obligations());
        });
    }

    static Obligation only(TripDuties trip, ObligationKind kind) {
        return trip.duties().stream().filter(o -> o.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " not on trip " + trip.number()));
    }
}
