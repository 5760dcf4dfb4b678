package org.rightsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsdesk.regime.RegimeEngine;
import org.rightsdesk.regime.RegimeJson;

/**
 * {@code rightsdesk regime assess} as a user meets it: JSON by default, a readable text with
 * {@code --format text}, exit code 2 and one line naming the field for invalid facts. It needs
 * no data directory and no database.
 */
class RegimeCommandTest {

    static final Path WORKER = Path.of("src/test/resources/regime/worker-2025.json");

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void printsTheSameJsonAsTheCodecWithoutTouchingAnyDataDirectory() throws Exception {
        Result r = run("regime", "assess", WORKER.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        RegimeJson.Request request = RegimeJson.read(Files.readString(WORKER));
        String expected = RegimeJson.write(new RegimeEngine().assess(request.facts(), request.on()));
        assertThat(r.out().strip()).isEqualTo(expected.strip());
        assertThat(r.out()).contains("\"PATENT_PAYMENT\"", "\"patent-77\"", "\"rules\"");
        assertThat(Path.of("data")).as("no data directory is created").doesNotExist();
    }

    @Test
    void textFormatPutsDatesFirstInTheChosenLanguage() {
        Result en = run("regime", "assess", WORKER.toString(), "--format", "text", "--lang", "en");
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("Assessment as of 20 June 2025 (Friday)", "To do, by date",
                "11 July 2025 (Friday)  Patent payment", "Rules cited", "R-037");
        assertThat(en.out().indexOf("To do, by date")).isLessThan(en.out().indexOf("Rules cited"));
        Result ru = run("regime", "assess", WORKER.toString(), "--format", "text");
        assertThat(ru.out()).contains("Оценка на 20 июня 2025 (пятница)", "Оплата патента");
    }

    @Test
    void theEvaluationDayCanBeGivenOnTheCommandLine() {
        Result r = run("regime", "assess", WORKER.toString(), "--on", "2025-07-01");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"on\" : \"2025-07-01\"");
    }

    @Test
    void invalidFactsExitWithCode2AndNameTheField() {
        Result r = run("regime", "assess", "src/test/resources/regime/exit-before-entry.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("rightsdesk: ").contains("stays[0].left", "the exit is before the entry")
                .doesNotContain("\n").doesNotContain("2025-03");
    }

    @Test
    void malformedJsonMissingFilesAndBadOptionsAreUsageErrors() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"citizenship\": \"UZ\",");
        Result malformed = run("regime", "assess", broken.toString());
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).contains("not well-formed JSON");
        assertThat(run("regime", "assess", dir.resolve("absent.json").toString()).err()).contains("No such file");
        assertThat(run("regime", "assess", WORKER.toString(), "--format", "xml").code()).isEqualTo(2);
        assertThat(run("regime", "assess", WORKER.toString(), "--on", "tomorrow").err()).contains("--on must be a date");
        Path future = Files.writeString(dir.resolve("y3000.json"),
                "{\"citizenship\": \"UZ\", \"stays\": [{\"entered\": \"3000-01-01\"}]}");
        Result y3000 = run("regime", "assess", future.toString(), "--on", "2025-01-01");
        assertThat(y3000.code()).isEqualTo(2);
        assertThat(y3000.err()).contains("stays[0].entered", "outside the supported range");
    }

    @Test
    void aFileWithoutTheDayAndNoOnOptionIsRefusedNamingOn() throws Exception {
        Path noDay = Files.writeString(dir.resolve("no-day.json"), "{\"citizenship\": \"UZ\", \"stays\": [{\"entered\": \"2025-02-03\"}]}");
        Result r = run("regime", "assess", noDay.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("on: is required", "--on");
        Result given = run("regime", "assess", noDay.toString(), "--on", "2025-03-01");
        assertThat(given.code()).isZero();
        assertThat(given.out()).contains("\"on\" : \"2025-03-01\"");
    }

    @Test
    void aDayOutsideTheKnownRulesIsRefusedNotAnsweredWithTodaysRules() {
        Result r = run("regime", "assess", WORKER.toString(), "--on", "1900-01-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("on: is before 2011-01-01");
    }

    @Test
    void theTextReportShowsDutiesAlreadyMetWithTheDayAndWhetherOnTime() {
        Result en = run("regime", "assess", WORKER.toString(), "--format", "text", "--lang", "en");
        assertThat(en.out()).contains("Done and to do, trip by trip:", "Trip 1: 2 November 2024 (Saturday) – 20 December 2024 (Friday):",
                "Trip 2: from 3 February 2025 (Monday), still in Russia:",
                "[done] Notice of arrival (trip-2): Done on 10 February 2025 (Monday), on time (due 17 February 2025 (Monday)).",
                "[to do] Patent payment (patent-77): To do by 11 July 2025 (Friday).");
        assertThat(en.out().indexOf("Trip 2:")).isLessThan(en.out().indexOf("Rules cited"));
        Result ru = run("regime", "assess", WORKER.toString(), "--format", "text");
        assertThat(ru.out()).contains("Выполнено и предстоит, по поездкам:",
                "[выполнено] Уведомление о прибытии (trip-2): Выполнено 10 февраля 2025 (понедельник), в срок");
    }

    @Test
    void aLateDutyIsShownDoneLateTripByTrip() {
        Result en = run("regime", "assess", "src/test/resources/regime/two-trips.json", "--format", "text", "--lang", "en");
        assertThat(en.code()).isZero();
        String trip1 = en.out().substring(en.out().indexOf("  Trip 1:"), en.out().indexOf("  Trip 2:"));
        assertThat(trip1).contains("[done] Appeal against expulsion (ruling-1): Done on 10 February 2025 (Monday), on time");
        String trip2 = en.out().substring(en.out().indexOf("  Trip 2:"));
        assertThat(trip2).contains("[done] Notice of arrival (trip-2): Done on 8 April 2025 (Tuesday), on time");
    }

    @Test
    void noControlCharacterReachesTheTerminal() throws Exception {
        Path evil = Files.writeString(dir.resolve("evil.json"), "{\"on\": \"2025-06-01\", \"citizenship\": \"UZ\", "
                + "\"\\u001b]0;owned\\u0007\": 1, \"stays\": [{\"entered\": \"2025-02-03\", \"ref\": \"\\u001b[2J\"}]}");
        Result r = run("regime", "assess", evil.toString(), "--format", "text");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("stays[0].ref", "control character").doesNotContain("\u001b", "\u0007");
        assertThat(AssessmentReport.safe("a\u001b[31mb\u202ec\td")).isEqualTo("a\uFFFD[31mb\uFFFDc\uFFFDd");
    }

    @Test
    void theJsonIsTheCodecsStreamedOutput() throws Exception {
        Result r = run("regime", "assess", WORKER.toString());
        RegimeJson.Request request = RegimeJson.read(Files.readString(WORKER));
        StringWriter direct = new StringWriter();
        RegimeJson.write(new RegimeEngine().assess(request.facts(), request.on()), direct);
        assertThat(r.out().strip()).isEqualTo(direct.toString().strip());
        assertThat(r.out()).contains("\"headlines\" : [ ]");
    }
}
