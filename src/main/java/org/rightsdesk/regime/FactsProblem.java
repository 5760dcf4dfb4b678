package org.rightsdesk.regime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The facts cannot be assessed: each {@link Issue} names a field (as a JSON path, e.g.
 * {@code stays[1].left}) and what is wrong with it. Messages never repeat the values given,
 * which may be personal data. No partial assessment is ever produced for such facts.
 */
public class FactsProblem extends RuntimeException {

    /**
     * One wrong field.
     *
     * @param field   where, as a JSON path ({@code stays[1].left}, {@code (document)} for the whole input)
     * @param problem what is wrong, in English, without the value given
     * @param code    a stable short code for what is wrong ({@code exit-before-entry}, {@code null}, ...), so
     *                that a caller (e.g. the public page) can word it in its own language
     */
    public record Issue(String field, String problem, String code) {

        public Issue(String field, String problem) {
            this(field, problem, "invalid");
        }

        @Override
        public String toString() {
            return field + ": " + problem;
        }
    }

    private final List<Issue> issues;

    public FactsProblem(List<Issue> issues) {
        super(issues.stream().map(Issue::toString).collect(Collectors.joining("; ")));
        this.issues = List.copyOf(issues);
    }

    public FactsProblem(String field, String problem) {
        this(List.of(new Issue(field, problem)));
    }

    public FactsProblem(String field, String problem, String code) {
        this(List.of(new Issue(field, problem, code)));
    }

    public List<Issue> issues() {
        return issues;
    }
}
