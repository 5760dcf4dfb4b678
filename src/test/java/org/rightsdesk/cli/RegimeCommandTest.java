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
}
