package org.rightsdesk.storage;

/** Which engine this instance runs on, for code that must differ (rarely) and for status pages. */
public record DatabaseInfo(DatabaseLocation.Engine engine, String description) {
    public boolean isSqlite() {
        return engine == DatabaseLocation.Engine.SQLITE;
    }
}
