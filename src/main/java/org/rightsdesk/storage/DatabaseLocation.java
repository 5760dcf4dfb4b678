package org.rightsdesk.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Rightsdesk keeps its database: an SQLite file (the embedded default, in the data
 * directory) or a PostgreSQL server. Users write a short URL ({@code postgresql://user:pw@host/db}
 * or {@code sqlite:/path/file.db}); this class turns it into what JDBC needs, and a description
 * that never shows the password.
 */
public record DatabaseLocation(Engine engine, String jdbcUrl, String username, String password,
                               Path sqliteFile, String description) {

    /** The two engines Rightsdesk runs on. Same SQL wherever possible; see db/migration/{vendor}. */
    public enum Engine { SQLITE, POSTGRESQL }

    /** File name of the embedded database inside the data directory. */
    public static final String DEFAULT_SQLITE_FILE = "rightsdesk.db";

    // Per-connection PRAGMAs must be on the URL: sqlite-jdbc applies them to every pooled
    // connection. IMMEDIATE transactions avoid SQLITE_BUSY on read-then-write upgrades.
    private static final String SQLITE_PARAMS =
            "?journal_mode=WAL&synchronous=NORMAL&foreign_keys=true&busy_timeout=5000&transaction_mode=IMMEDIATE";

    /**
     * Resolves the configured URL; a blank URL means the SQLite file in the data directory.
     *
     * @throws StorageProblem when the URL cannot be understood (the message names it, without password)
     */
    public static DatabaseLocation resolve(String url, Path dataDir) {
        if (url == null || url.isBlank()) {
            return sqlite(dataDir.resolve(DEFAULT_SQLITE_FILE));
        }
        String trimmed = url.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return sqlite(Path.of(stripQuery(trimmed.substring("jdbc:sqlite:".length()))));
        }
        if (lower.startsWith("sqlite:")) {
            return sqlite(Path.of(stripQuery(trimmed.substring("sqlite:".length()))));
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return postgresql(trimmed.substring("jdbc:".length()));
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return postgresql(trimmed);
        }
        throw new StorageProblem("Unsupported database URL '" + mask(trimmed)
                + "': expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE or sqlite:FILE");
    }

    /** An SQLite database in the given file. */
    public static DatabaseLocation sqlite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new DatabaseLocation(Engine.SQLITE, "jdbc:sqlite:" + absolute + SQLITE_PARAMS,
                null, null, absolute, "SQLite database " + absolute);
    }

    private static DatabaseLocation postgresql(String url) {
        URI uri;
        try {
            uri = new URI(url.replaceFirst("^(?i)postgres(ql)?:", "postgresql:"));
        } catch (URISyntaxException e) {
            throw new StorageProblem("Malformed PostgreSQL URL '" + mask(url) + "': " + e.getReason());
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new StorageProblem("PostgreSQL URL '" + mask(url)
                    + "' must name a host and a database, e.g. postgresql://rightsdesk@127.0.0.1:5432/rightsdesk");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getRawQuery();
        // stringtype=unspecified lets ISO date strings bind to DATE columns, as SQLite accepts them.
        // reWriteBatchedInserts sends a JDBC batch of INSERTs as multi-row statements (far fewer round
        // trips on imports); batches then report "success, count unknown", which no caller reads.
        String params = "stringtype=unspecified&connectTimeout=5&reWriteBatchedInserts=true" + (query == null ? "" : "&" + query);
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath() + "?" + params;
        String description = "PostgreSQL database " + uri.getPath().substring(1) + " at " + uri.getHost() + ":" + port;
        return new DatabaseLocation(Engine.POSTGRESQL, jdbc, user, password, null, description);
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Hides a password in a URL so it can be shown in an error message. */
    static String mask(String url) {
        return url.replaceAll("(://[^:/@]+:)[^@/]*@", "$1***@");
    }

    @Override
    public String toString() {
        return description;
    }
}
