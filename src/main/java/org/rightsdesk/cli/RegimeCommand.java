package org.rightsdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rightsdesk.regime.Assessment;
import org.rightsdesk.regime.FactsProblem;
import org.rightsdesk.regime.RegimeEngine;
import org.rightsdesk.regime.RegimeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rightsdesk regime assess FILE.json}: the regime engine from the shell. No database and
 * no Spring context: it reads the facts, runs the pure engine and prints the assessment (the
 * same JSON as {@code POST /api/v1/regime/assess}, or a readable text with {@code --format text}),
 * written as it is produced. The evaluation day comes from the file's {@code on} or {@code --on};
 * today's date is never assumed. Invalid facts exit with code 2 and name every wrong field.
 */
@Command(name = "regime", description = "The migration-regime rules: assess a person's facts.",
        subcommands = RegimeCommand.Assess.class)
class RegimeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: assess");
    }

    @Command(name = "assess", description = "Assess the facts in FILE (JSON, as for POST /api/v1/regime/assess).")
    static class Assess implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "JSON file with the person's facts ('-' for standard input).")
        String file;

        @Option(names = "--on", paramLabel = "DATE", description = "Evaluation day YYYY-MM-DD (default: the file's \"on\"; one of the two is required).")
        String on;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default) or text.")
        String format;

        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "ru", description = "Language of --format text: ru (default) or en.")
        String lang;

        @Override
        public Integer call() {
            if (!"json".equals(format) && !"text".equals(format)) {
                throw new UsageProblem("Unknown --format '" + format + "': expected json or text");
            }
            if (!"ru".equals(lang) && !"en".equals(lang)) {
                throw new UsageProblem("Unknown --lang '" + lang + "': expected ru or en");
            }
            LocalDate day = on == null ? null : parseOn();
            RegimeJson.Request request;
            Assessment assessment;
            try (InputStream in = open()) {
                request = RegimeJson.read(in, day);
                assessment = new RegimeEngine().assess(request.facts(), request.on());
            } catch (FactsProblem problem) {
                throw new UsageProblem(describe(problem));
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new UsageProblem(AssessmentReport.safe("Cannot read " + file + ": " + e.getMessage()));
            }
            PrintWriter out = spec.commandLine().getOut();
            if ("json".equals(format)) {
                RegimeJson.write(assessment, out);
                out.println();
            } else {
                AssessmentReport.write(assessment, request.facts(), Locale.forLanguageTag(lang), out);
            }
            out.flush();
            return 0;
        }

        private LocalDate parseOn() {
            try {
                return LocalDate.parse(on);
            } catch (DateTimeParseException e) {
                throw new UsageProblem("--on must be a date written as YYYY-MM-DD");
            }
        }

        /** The file (or standard input, not closed) as a stream: the codec reads at most its size limit of it. */
        private InputStream open() throws IOException {
            if ("-".equals(file)) {
                return new java.io.FilterInputStream(System.in) {
                    @Override
                    public void close() {
                    }
                };
            }
            try {
                return Files.newInputStream(Path.of(file));
            } catch (NoSuchFileException e) {
                throw new UsageProblem("No such file: " + AssessmentReport.safe(file));
            }
        }

        private String describe(FactsProblem problem) {
            String where = "-".equals(file) ? "standard input" : file;
            String message = problem.getMessage();
            if (missing(problem, "on")) {
                message += " (give \"on\" in the file or --on)";
            }
            return AssessmentReport.safe(where + ": invalid facts: " + message);
        }

        private static boolean missing(FactsProblem problem, String field) {
            return problem.issues().stream().anyMatch(i -> i.field().equals(field) && "required".equals(i.code()));
        }
    }
}
