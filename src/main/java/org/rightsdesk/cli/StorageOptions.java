package org.rightsdesk.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.rightsdesk.storage.DatabaseLocation;
import picocli.CommandLine.Option;

/** {@code --data} and {@code --db}, shared by every subcommand that touches data. */
class StorageOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:RIGHTSDESK_DATA:-./data}",
            description = "Data directory (default: $RIGHTSDESK_DATA or ./data; now ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:RIGHTSDESK_DB_URL}",
            description = "Database: postgresql://USER:PASSWORD@HOST:PORT/DB or sqlite:FILE "
                    + "(default: $RIGHTSDESK_DB_URL, else an SQLite file in the data directory).")
    String dbUrl;

    DatabaseLocation database() {
        return DatabaseLocation.resolve(dbUrl, dataDir);
    }

    /** Spring properties that point the application at this storage. */
    Map<String, Object> properties() {
        Map<String, Object> props = new HashMap<>();
        props.put("rightsdesk.data-dir", dataDir.toAbsolutePath().normalize().toString());
        if (dbUrl != null && !dbUrl.isBlank()) {
            props.put("rightsdesk.db-url", dbUrl);
        }
        return props;
    }
}
