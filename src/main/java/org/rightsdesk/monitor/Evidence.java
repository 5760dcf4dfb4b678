package org.rightsdesk.monitor;

/**
 * A quote from the coded source that supports one coded value; located in the main text on saving.
 *
 * @param at where the quote starts in the main text when the coder accepted a suggested span (so
 *           the claim points at that occurrence, not the first one); null for a pasted quote
 */
public record Evidence(CodedField field, String quote, Integer at) {

    public Evidence(CodedField field, String quote) {
        this(field, quote, null);
    }
}
