package org.rightsdesk.vault;

import java.util.List;

/**
 * A column whose values are sealed by the vault, each bound to {@code table.column:id} with the
 * row's {@code id}. Modules that seal values declare their columns (a {@link Registry} bean), so
 * that {@link Reencryption} can seal every value again under a new data key.
 */
public record SealedColumn(String table, String column) {

    public SealedColumn {
        if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a plain table or column name: " + table + "." + column);
        }
    }

    /** A module's sealed columns. */
    public interface Registry {
        List<SealedColumn> sealedColumns();
    }
}
