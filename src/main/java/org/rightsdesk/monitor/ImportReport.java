package org.rightsdesk.monitor;

import java.util.List;

/**
 * What importing one incident file did: how many incidents were added, how many were already on
 * file from an earlier run, or — when any row was wrong — the problems, one each, and nothing written.
 * Each problem keeps its code and values, so a page can say it in the reader's language; the
 * English sentence is for the command line.
 */
public record ImportReport(String file, int imported, int alreadyOnFile, List<Problem> problems) {

    /** One problem: the row it is on (null for the file as a whole), its code and values, and the English sentence. */
    public record Problem(Integer row, String code, List<Object> args, String text) {

        static Problem of(Integer row, MonitorProblem p) {
            return new Problem(row, p.code(), java.util.Collections.unmodifiableList(java.util.Arrays.asList(p.args())), p.getMessage());
        }

        /** The English line, e.g. "row 4: count: 'x' is not a whole number". */
        public String line() {
            return row == null ? text : "row " + row + ": " + text;
        }
    }

    /** A file refused before reading it (too large, unreadable): {@code code} names the problem as in the bundles. */
    public static ImportReport refused(String file, String code, String text, Object... args) {
        return new ImportReport(file, 0, 0, List.of(Problem.of(null, new MonitorProblem(code, text, args))));
    }

    public boolean failed() {
        return !problems.isEmpty();
    }

    /** The problems as English lines. */
    public List<String> errors() {
        return problems.stream().map(Problem::line).toList();
    }

    /** One line for the report. */
    public String summary() {
        if (failed()) {
            return file + ": not imported, " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " (nothing was written)";
        }
        return file + ": " + imported + " imported, " + alreadyOnFile + " already on file";
    }
}
