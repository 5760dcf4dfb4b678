package org.rightsdesk.ingest;

/**
 * Why a file could not be imported as an article, in one plain sentence that names the problem
 * (empty, binary, too large, unknown encoding, no article text). {@link #code()} lets the web
 * shell say the same in the reader's language ({@code ingest.problem.<code>} in the bundle).
 */
public class ArticleProblem extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public ArticleProblem(String code, String message, Object... args) {
        super(message);
        this.code = code;
        this.args = args;
    }

    /** Short machine-readable reason: empty, binary, too-large, encoding, no-text, unreadable. */
    public String code() {
        return code;
    }

    /** Values for the localised message ({0}, {1}, …). */
    public Object[] args() {
        return args.clone();
    }
}
