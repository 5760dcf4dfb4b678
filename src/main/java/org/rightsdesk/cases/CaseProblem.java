package org.rightsdesk.cases;

/**
 * Bad input or a request the case desk refuses (no access, impossible date, oversized upload).
 * The message is one English sentence naming the field and the value's problem, never personal
 * data; {@link #code()} names a message-bundle entry ({@code cases.problem.<code>}) so pages can
 * say the same in the reader's language, with {@link #args()} filled in.
 */
public class CaseProblem extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public CaseProblem(String code, String message, Object... args) {
        super(message);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    static CaseProblem notFound(String what) {
        return new CaseProblem("not_found", "No such " + what + ", or you may not see it", what);
    }

    static CaseProblem forbidden() {
        return new CaseProblem("forbidden", "You may not change this");
    }
}
