package org.rightsdesk.monitor;

/**
 * A reported number of people with its qualifier and unit ("more than 64 people deported").
 * A null value means the source gives no number ("dozens", or nothing at all). The qualifier is
 * kept all the way to the statistics, where "more than 64" adds to a lower bound, never to an exact sum.
 */
public record Count(Long value, Qualifier qualifier, String unit) {

    public Count {
        if (value != null && value < 0) {
            throw new MonitorProblem("count.negative", "count: " + value + " is negative", value);
        }
        if (value == null) {
            qualifier = null;
        } else if (qualifier == null) {
            qualifier = Qualifier.EXACT;
        }
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public static Count unknown() {
        return new Count(null, null, null);
    }

    public boolean known() {
        return value != null;
    }

    /**
     * Whether two reports can describe the same group: their ranges overlap, allowing a quarter
     * either way because outlets round and update ("more than 60" and "64" are compatible; 5 and 300 are not).
     */
    public boolean compatibleWith(Count other) {
        if (!known() || !other.known()) {
            return true;
        }
        return low() <= other.high() * 1.25 && other.low() <= high() * 1.25;
    }

    double low() {
        return switch (qualifier) {
            case EXACT, AT_LEAST -> value;
            case MORE_THAN -> value + 1;
            case ABOUT -> value * 0.8;
            case UP_TO -> 0;
        };
    }

    double high() {
        return switch (qualifier) {
            case EXACT, UP_TO -> value;
            case AT_LEAST, MORE_THAN -> Double.POSITIVE_INFINITY;
            case ABOUT -> value * 1.2;
        };
    }

    /** Plain English, for import reports and logs: "more than 64", "unknown". */
    public String describe() {
        if (!known()) {
            return "unknown";
        }
        return (qualifier == Qualifier.EXACT ? "" : qualifier.code().replace('_', ' ') + " ") + value;
    }
}
