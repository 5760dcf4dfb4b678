package org.rightsdesk.suggest;

import java.util.Locale;

import org.rightsdesk.monitor.CodedField;

/**
 * One value of a suggested incident and the words that support it: {@code text[start, end)} of
 * the main text the suggestion was made from ({@code quote} is a copy).
 *
 * @param value the value in codes, as the coding form and the import file write it: a type code,
 *              a period ({@code 2024-03-28}, {@code 2024-03-22/2024-03-29}, {@code 2024-08}), a
 *              region code, a locality, a site kind, a count ({@code more_than 64}; {@code dozens}
 *              for a vague amount left without a number), an agency or an outcome code
 */
public record SuggestedValue(Part part, String value, int start, int end, String quote) {

    /** Which part of the incident a value fills; several parts are one {@link CodedField} (region, locality and site are the place). */
    public enum Part {
        TYPE(CodedField.TYPE), DATE(CodedField.DATE), REGION(CodedField.PLACE), LOCALITY(CodedField.PLACE), SITE(CodedField.PLACE),
        COUNT(CodedField.COUNT), AGENCY(CodedField.AGENCY), OUTCOME(CodedField.OUTCOME);

        private final CodedField field;

        Part(CodedField field) {
            this.field = field;
        }

        public CodedField field() {
            return field;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Part fromCode(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        }
    }
}
