package org.rightsdesk.storage;

import java.sql.SQLException;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Spring has no SQLite entry in its error-code table and sqlite-jdbc reports code 19 for every
 * constraint, so without this a unique violation would surface as "uncategorized". Maps the
 * extended result codes to the exceptions PostgreSQL produces, then delegates.
 */
final class SqliteExceptionTranslator implements SQLExceptionTranslator {

    private final SQLExceptionTranslator delegate;

    SqliteExceptionTranslator(SQLExceptionTranslator delegate) {
        this.delegate = delegate;
    }

    @Override
    public DataAccessException translate(String task, String sql, SQLException ex) {
        if (ex instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String message = task + "; " + ex.getMessage();
            switch (code) {
                case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY:
                    return new DuplicateKeyException(message, ex);
                case SQLITE_BUSY, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED, SQLITE_LOCKED_SHAREDCACHE:
                    return new CannotAcquireLockException(message, ex);
                default:
                    if (code.name().startsWith("SQLITE_CONSTRAINT")) {
                        return new DataIntegrityViolationException(message, ex);
                    }
            }
        }
        return delegate == null ? null : delegate.translate(task, sql, ex);
    }
}
