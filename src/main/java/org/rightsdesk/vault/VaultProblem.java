package org.rightsdesk.vault;

/**
 * A vault request that cannot be carried out: wrong passphrase, too many attempts, a passphrase
 * too short. The message is one English sentence (command line, logs); {@link #code()} names a
 * message-bundle entry ({@code vault.problem.<code>}) so pages can say it in the reader's language.
 */
public class VaultProblem extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public VaultProblem(String code, String message, Object... args) {
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
