package org.rightsdesk.search;

/** The index cannot be used as asked (e.g. another process holds it); the message says what to do. */
public class SearchProblem extends RuntimeException {
    public SearchProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
