package org.rightsdesk.cli;

/** A command that could not do its job for a reason the user can act on; exit code 1. */
public class CommandProblem extends RuntimeException {
    public CommandProblem(String message) {
        super(message);
    }

    public CommandProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
