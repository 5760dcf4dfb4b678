package org.rightsdesk.monitor;

/**
 * A confirm or split-off that cannot be done (unknown story, source not in it, story already
 * dissolved). {@link #code()} names the message in the reader's language ({@code ingest.problem.<code>}).
 */
public class StoryProblem extends RuntimeException {

    private final String code;

    public StoryProblem(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
