package org.rightsdesk.monitor;

/**
 * A stretch of a source's main text that supports a coded value: character offsets into
 * {@link Source#mainText()} (which never changes after filing) and a copy of the text for display.
 */
public record Span(int start, int end, String quote) {
}
