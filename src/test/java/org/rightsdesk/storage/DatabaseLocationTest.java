package org.rightsdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    private final Path data = Path.of("/srv/rightsdesk");

    @Test
    void blankUrlMeansTheSqliteFileInTheDataDirectory() {
        DatabaseLocation db = DatabaseLocation.resolve(null, data);
        assertThat(db.engine()).isEqualTo(DatabaseLocation.Engine.SQLITE);
        assertThat(db.sqliteFile()).isEqualTo(Path.of("/srv/rightsdesk/rightsdesk.db"));
        assertThat(db.jdbcUrl()).startsWith("jdbc:sqlite:/srv/rightsdesk/rightsdesk.db?")
                .contains("journal_mode=WAL", "foreign_keys=true", "busy_timeout=5000", "transaction_mode=IMMEDIATE");
    }

    @Test
    void postgresqlUrlIsSplitIntoJdbcUrlUserAndPassword() {
        DatabaseLocation db = DatabaseLocation.resolve("postgresql://desk:s%40cret@db.example:6543/rights?sslmode=require", data);
        assertThat(db.engine()).isEqualTo(DatabaseLocation.Engine.POSTGRESQL);
        assertThat(db.jdbcUrl()).startsWith("jdbc:postgresql://db.example:6543/rights?").contains("sslmode=require");
        assertThat(db.username()).isEqualTo("desk");
        assertThat(db.password()).isEqualTo("s@cret");
        assertThat(db.description()).isEqualTo("PostgreSQL database rights at db.example:6543").doesNotContain("cret");
    }

    @Test
    void defaultPortAndShortSchemeAreAccepted() {
        DatabaseLocation db = DatabaseLocation.resolve("postgres://h/d", data);
        assertThat(db.jdbcUrl()).startsWith("jdbc:postgresql://h:5432/d?");
        assertThat(db.username()).isNull();
    }

    @Test
    void explicitSqliteFile() {
        assertThat(DatabaseLocation.resolve("sqlite:/tmp/x.db", data).sqliteFile()).isEqualTo(Path.of("/tmp/x.db"));
        assertThat(DatabaseLocation.resolve("jdbc:sqlite:/tmp/y.db?foo=1", data).sqliteFile()).isEqualTo(Path.of("/tmp/y.db"));
    }

    @Test
    void unknownSchemeIsRefusedWithoutShowingThePassword() {
        assertThatThrownBy(() -> DatabaseLocation.resolve("mysql://root:hunter2@h/db", data))
                .isInstanceOf(StorageProblem.class)
                .hasMessageContaining("Unsupported database URL")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void postgresqlUrlWithoutDatabaseIsRefused() {
        assertThatThrownBy(() -> DatabaseLocation.resolve("postgresql://u:pw@host", data))
                .isInstanceOf(StorageProblem.class)
                .hasMessageContaining("must name a host and a database")
                .hasMessageNotContaining(":pw@");
    }
}
