package org.rightsdesk.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where this instance keeps its data: the data directory (database file, search index, keys)
 * and, optionally, a database URL. Bound from {@code rightsdesk.data-dir} and {@code rightsdesk.db-url};
 * the command line sets these from {@code --data}/{@code RIGHTSDESK_DATA} and {@code --db}/{@code RIGHTSDESK_DB_URL}.
 */
@ConfigurationProperties("rightsdesk")
public record StorageSettings(@DefaultValue("./data") Path dataDir, String dbUrl, @DefaultValue("false") boolean demo) {

    /** The resolved database location. */
    public DatabaseLocation database() {
        return DatabaseLocation.resolve(dbUrl, dataDir);
    }
}
