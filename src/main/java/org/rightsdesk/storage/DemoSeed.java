package org.rightsdesk.storage;

/**
 * A module's contribution to {@code ./rightsdesk demo}: records loaded into the fresh, temporary
 * demo database so a newcomer sees something real. Never called outside demo mode.
 */
public interface DemoSeed {

    /** Loads the demo records; called once, after migrations, on an empty database. */
    void load();

    /** Orders seeds that depend on one another; lower runs first. */
    default int order() {
        return 0;
    }
}
