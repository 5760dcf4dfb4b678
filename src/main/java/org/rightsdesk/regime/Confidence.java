package org.rightsdesk.regime;

/**
 * How sure the sources are about a rule or an answer, as tagged in the fact base
 * ({@code regime/facts.md}). Ordered from strongest to weakest, so that an answer built on
 * several rules takes the weakest of them. {@link #BILL} is not law: the engine records such
 * items so a reader can see what may come, and never applies them.
 */
public enum Confidence {
    /** At least two independent sources agree. */
    CONFIRMED,
    /** One source only: used, and said so. */
    SINGLE_SOURCE,
    /** Sources disagree, are vague, or the point is an inference: every reading is shown. */
    UNCLEAR,
    /** A draft law, not in force: shown as "not law", never applied. */
    BILL;

    /** The weaker of two confidences (BILL never weakens an applied answer; it is kept apart). */
    public Confidence weakest(Confidence other) {
        if (other == null || other == BILL) {
            return this;
        }
        if (this == BILL) {
            return other;
        }
        return other.ordinal() > ordinal() ? other : this;
    }
}
