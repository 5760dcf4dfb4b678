package org.rightsdesk.accounts;

/**
 * A request about accounts that cannot be carried out. The message is one English sentence
 * (for the command line and logs); {@link #code()} names a message-bundle entry
 * ({@code problem.<code>}) so pages can say the same thing in the reader's language.
 */
public class AccountProblem extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public AccountProblem(String code, String message, Object... args) {
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
