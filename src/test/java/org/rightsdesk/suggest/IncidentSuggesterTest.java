package org.rightsdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rightsdesk.monitor.Agency;
import org.rightsdesk.monitor.DatePrecision;
import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.Outcome;
import org.rightsdesk.monitor.Period;
import org.rightsdesk.monitor.Qualifier;
import org.rightsdesk.monitor.SiteKind;

/**
 * The suggester on short articles written for these tests (Russian and English): types from
 * trigger words, dates resolved against the publication day, places in any case form, counts with
 * their qualifiers, agencies and outcomes — each value pointing at the words that support it.
 */
class IncidentSuggesterTest {

    static final IncidentSuggester SUGGESTER = new IncidentSuggester();
    /** A Friday. */
    static final LocalDate FRIDAY = LocalDate.of(2025, 10, 31);

    static List<SuggestedIncident> suggest(String text, LocalDate published) {
        Suggestions s = SUGGESTER.suggest(text, published, SuggestionOptions.defaults());
        assertThat(s.refused()).as(s.reason()).isFalse();
        return s.incidents();
    }

    static SuggestedIncident only(String text, LocalDate published) {
        List<SuggestedIncident> all = suggest(text, published);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void aRussianRaidWithWeekdayPlaceCountAndAgencies() {
        String text = "В четверг сотрудники полиции и Росгвардии провели рейд на рынке в Котельниках. "
                + "Задержаны более 30 мигрантов, их доставили в отдел полиции.";
        SuggestedIncident i = only(text, FRIDAY);
        assertThat(i.type()).isEqualTo(IncidentType.RAID);
        assertThat(i.period()).isEqualTo(Period.day(LocalDate.of(2025, 10, 30)));
        assertThat(i.place().regionCode()).isEqualTo("RU-MOS");
        assertThat(i.place().locality()).isEqualTo("Котельники");
        assertThat(i.place().siteKind()).isEqualTo(SiteKind.MARKET);
        assertThat(i.count().value()).isEqualTo(30L);
        assertThat(i.count().qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(i.agencies()).containsExactlyInAnyOrder(Agency.POLICE, Agency.ROSGVARDIA);
        assertThat(quote(i, SuggestedValue.Part.DATE)).isEqualTo("В четверг");
        assertThat(quote(i, SuggestedValue.Part.LOCALITY)).isEqualTo("Котельниках");
        assertThat(quote(i, SuggestedValue.Part.COUNT)).isEqualTo("более 30");
        assertThat(quote(i, SuggestedValue.Part.TYPE)).isEqualTo("рейд");
        for (SuggestedValue v : i.values()) {
            assertThat(text.substring(v.start(), v.end())).isEqualTo(v.quote());
        }
    }

    @Test
    void partialAndRelativeDatesResolveAgainstThePublicationDay() {
        assertThat(only("28 октября в Красноярске полицейские задержали двоих мигрантов.", FRIDAY).period())
                .isEqualTo(Period.day(LocalDate.of(2025, 10, 28)));
        // A day after publication is last year's.
        assertThat(only("5 ноября в Красноярске полицейские задержали двоих мигрантов.", FRIDAY).period())
                .isEqualTo(Period.day(LocalDate.of(2024, 11, 5)));
        assertThat(only("Накануне в Новосибирске полицейские задержали 12 иностранцев.", FRIDAY).period())
                .isEqualTo(Period.day(LocalDate.of(2025, 10, 30)));
        Period lastWeek = only("Police detained 40 migrants at a construction site in Kazan last week.", FRIDAY).period();
        assertThat(lastWeek).isEqualTo(new Period(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 26), DatePrecision.DAY));
        assertThat(only("In August, police raided a hostel in Yekaterinburg and detained 15 people.", FRIDAY).period())
                .isEqualTo(new Period(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31), DatePrecision.MONTH));
        assertThat(only("В прошлую пятницу в Казани полиция провела облаву на стройке.", FRIDAY).period())
                .isEqualTo(Period.day(LocalDate.of(2025, 10, 24)));
    }

    @Test
    void withoutAPublicationDayRelativeDatesStayEmpty() {
        assertThat(only("В четверг в Казани полиция провела облаву на стройке.", null).period()).isNull();
        assertThat(only("12 марта 2024 года в Казани полиция провела облаву на стройке.", null).period())
                .isEqualTo(Period.day(LocalDate.of(2024, 3, 12)));
    }

    @Test
    void placesInAnyCaseFormGiveTheirRegion() {
        SuggestedIncident i = only("Сотрудники ФСБ задержали трех уроженцев Средней Азии на территории Красноярского края.", FRIDAY);
        assertThat(i.place().regionCode()).isEqualTo("RU-KYA");
        assertThat(i.agencies()).containsExactly(Agency.FSB);
        assertThat(i.count().value()).isEqualTo(3L);
        SuggestedIncident airport = only("Более 20 граждан Таджикистана не впустили в Россию в аэропорту Домодедово.", FRIDAY);
        assertThat(airport.type()).isEqualTo(IncidentType.ENTRY_REFUSAL);
        assertThat(airport.place().regionCode()).isEqualTo("RU-MOS");
        assertThat(airport.place().siteKind()).isEqualTo(SiteKind.AIRPORT);
    }

    @Test
    void countQualifiersAndNumberWords() {
        assertThat(count("свыше 100 мигрантов")).containsExactly(Qualifier.MORE_THAN, 100L);
        assertThat(count("около 50 человек")).containsExactly(Qualifier.ABOUT, 50L);
        assertThat(count("порядка 70 иностранцев")).containsExactly(Qualifier.ABOUT, 70L);
        assertThat(count("до 40 рабочих")).containsExactly(Qualifier.UP_TO, 40L);
        assertThat(count("не менее 25 человек")).containsExactly(Qualifier.AT_LEAST, 25L);
        assertThat(count("двое мигрантов")).containsExactly(Qualifier.EXACT, 2L);
        assertThat(count("1 200 иностранных граждан")).containsExactly(Qualifier.EXACT, 1200L);
        assertThat(count("more than 60 foreigners")).containsExactly(Qualifier.MORE_THAN, 60L);
        assertThat(count("at least 12 people")).containsExactly(Qualifier.AT_LEAST, 12L);
        assertThat(count("some 300 migrants")).containsExactly(Qualifier.ABOUT, 300L);
        assertThat(count("up to 50 workers")).containsExactly(Qualifier.UP_TO, 50L);
        assertThat(count("десятки мигрантов")).containsExactly(null, null);
        assertThat(count("dozens of migrants")).containsExactly(null, null);
    }

    @Test
    void vagueAmountsTakeAcledNumbersOnlyWhenAsked() {
        String text = "В Подольске полиция провела рейд в общежитии и задержала десятки мигрантов.";
        assertThat(only(text, FRIDAY).count().known()).isFalse();
        SuggestedIncident acled = SUGGESTER.suggest(text, FRIDAY, new SuggestionOptions(true)).incidents().get(0);
        assertThat(acled.count().value()).isEqualTo(10L);
        assertThat(acled.count().qualifier()).isEqualTo(Qualifier.AT_LEAST);
        SuggestedIncident dozens = SUGGESTER.suggest("Police raided a dormitory in Podolsk and detained dozens of migrants.", FRIDAY,
                new SuggestionOptions(true)).incidents().get(0);
        assertThat(dozens.count().value()).isEqualTo(12L);
    }

    @Test
    void typesFromTriggerWords() {
        assertThat(only("Суд в Москве постановил выдворить 14 иностранцев за нарушение миграционного режима.", FRIDAY).type())
                .isEqualTo(IncidentType.EXPULSION_RULING);
        assertThat(suggest("В Воронеже мигранта лишили российского гражданства за неявку в военкомат.", FRIDAY))
                .extracting(SuggestedIncident::type).contains(IncidentType.CITIZENSHIP_REVOCATION);
        SuggestedIncident summons = suggest("После рейда на складе в Электростали 40 мигрантам вручили повестки в военкомат.", FRIDAY)
                .stream().filter(s -> s.type() == IncidentType.ENLISTMENT_COERCION).findFirst().orElseThrow();
        assertThat(summons.outcomes()).contains(Outcome.DRAFT_SUMMONS);
        assertThat(only("More than 64 foreigners were deported from Saint Petersburg on Thursday.", FRIDAY).type())
                .isEqualTo(IncidentType.DEPORTATION);
        assertThat(only("Police officers beat two migrants at a market in Kazan on Monday, witnesses said.", FRIDAY).type())
                .isEqualTo(IncidentType.VIOLENCE);
    }

    @Test
    void generalRemarksAreNotIncidents() {
        assertThat(suggest("Мигрантов часто задерживают в метро.", FRIDAY)).isEmpty();
        assertThat(suggest("Foreigners who break the rules could face deportation.", FRIDAY)).isEmpty();
        assertThat(suggest("Raids have become more frequent.", FRIDAY)).isEmpty();
        assertThat(suggest("In 2024, Russia deported more than 80,000 foreigners.", FRIDAY)).isEmpty();
    }

    @Test
    void theHeadlineAndTheLeadAreOneIncident() {
        String text = "Рейд на стройке в Казани: задержаны 40 мигрантов\n\n"
                + "Во вторник полиция провела рейд на строительной площадке в Казани. Задержаны 40 мигрантов.";
        SuggestedIncident i = only(text, FRIDAY);
        assertThat(i.period()).isEqualTo(Period.day(LocalDate.of(2025, 10, 28)));
        assertThat(i.count().value()).isEqualTo(40L);
    }

    @Test
    void emptyBinaryAndOtherLanguagesAreRefusedWithAReason() {
        assertThat(SUGGESTER.suggest("  \n ", FRIDAY, SuggestionOptions.defaults()).refusal()).isEqualTo("empty");
        assertThat(SUGGESTER.suggest("%PDF-1.7\u0000\u0001\u0002 binary stream", FRIDAY, SuggestionOptions.defaults()).refusal()).isEqualTo("binary");
        Suggestions german = SUGGESTER.suggest("Die Polizei hat am Donnerstag auf einem Markt in Moskau dreißig Migranten festgenommen, "
                + "wie die Zeitung berichtet.", FRIDAY, SuggestionOptions.defaults());
        assertThat(german.refusal()).isEqualTo("language");
        assertThat(german.incidents()).isEmpty();
        assertThat(german.reason()).contains("Russian nor English");
        Suggestions ukrainian = SUGGESTER.suggest("У четвер поліція затримала тридцять мігрантів на ринку в Києві, повідомляє видання.", FRIDAY,
                SuggestionOptions.defaults());
        assertThat(ukrainian.refusal()).isEqualTo("language");
    }

    private static Object[] count(String phrase) {
        SuggestedIncident i = only("Во вторник в Казани полиция задержала " + phrase + ".", FRIDAY);
        return new Object[] {i.count().qualifier(), i.count().value()};
    }

    private static String quote(SuggestedIncident i, SuggestedValue.Part part) {
        return i.values().stream().filter(v -> v.part() == part).findFirst().orElseThrow().quote();
    }
}
