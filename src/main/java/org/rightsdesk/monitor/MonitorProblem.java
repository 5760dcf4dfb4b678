package org.rightsdesk.monitor;

/**
 * Something the monitor desk cannot accept: a value that is not a date, a quote that is not in
 * the source, an unknown region. The message is one English sentence naming the field and the
 * value (for the command line and import reports); {@link #code()} names the bundle entry
 * {@code monitor.problem.<code>} so pages say the same in the reader's language. Messages never
 * carry personal data: they name fields and codes, not what a person typed about someone.
 */
public class MonitorProblem extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public MonitorProblem(String code, String message, Object... args) {
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
}
