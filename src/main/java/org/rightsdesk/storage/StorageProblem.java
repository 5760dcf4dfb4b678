package org.rightsdesk.storage;

/**
 * A problem with the data directory or the database that the person running Rightsdesk can fix:
 * the message is one plain sentence naming what is wrong, fit to print on its own.
 */
public class StorageProblem extends RuntimeException {
    public StorageProblem(String message) {
        super(message);
    }

    public StorageProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
