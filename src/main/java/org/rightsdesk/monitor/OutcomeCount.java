package org.rightsdesk.monitor;

/** One outcome of an incident and, when the sources give it, how many people it befell. */
public record OutcomeCount(Outcome outcome, Count count) {

    public OutcomeCount {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
        count = count == null ? Count.unknown() : count;
    }
}
