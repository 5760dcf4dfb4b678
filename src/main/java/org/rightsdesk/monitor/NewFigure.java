package org.rightsdesk.monitor;

/** What a coder submits for a figure; {@code asOf} as written (see {@link AsOf}), {@code quote} located in the source. */
public record NewFigure(double quantity, Qualifier qualifier, String what, String asOf, String attributedTo, Long sourceId,
                        String quote) {
}
