package org.rightsdesk.vault;

/**
 * A stored ciphertext failed authentication: it was altered, truncated, or copied from another
 * record. Nothing is decrypted; the message names only the record (table, column, id), never its
 * contents. An integrity alarm has already been logged when this is thrown.
 */
public class TamperedRecordException extends RuntimeException {

    private final String record;

    public TamperedRecordException(String record) {
        super("Record " + record + " failed its integrity check and was not decrypted");
        this.record = record;
    }

    /** The record as {@code table.column:id}. */
    public String record() {
        return record;
    }
}
