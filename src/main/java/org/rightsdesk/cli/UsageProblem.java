package org.rightsdesk.cli;

/** A command line that parsed but makes no sense (e.g. a port out of range); exit code 2. */
class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
        super(message);
    }
}
