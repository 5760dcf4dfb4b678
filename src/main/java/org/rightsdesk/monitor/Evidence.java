package org.rightsdesk.monitor;

/** A quote from the coded source that supports one coded value; located in the main text on saving. */
public record Evidence(CodedField field, String quote) {
}
