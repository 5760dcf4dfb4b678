package org.rightsdesk.suggest;

/**
 * How to read the text. {@code acledVagueAmounts}: give vague amounts ACLED's numbers (tens = 10,
 * dozens = 12, hundreds = 100, thousands = 1000, as "at least") instead of leaving them without a number.
 */
public record SuggestionOptions(boolean acledVagueAmounts) {

    public static SuggestionOptions defaults() {
        return new SuggestionOptions(false);
    }
}
