package org.rightsdesk.vault;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises a document number (passport, patent, permit, court case number) for exact-match
 * lookup: upper case, Cyrillic letters that look like Latin ones read as Latin (series typed
 * "АВ" or "AB"), and everything but letters and digits dropped ("АА 123-45 67" = "AA1234567").
 */
public final class DocumentNumbers {

    private static final Map<Character, Character> LOOKALIKES = Map.ofEntries(
            Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('Е', 'E'), Map.entry('К', 'K'), Map.entry('М', 'M'),
            Map.entry('Н', 'H'), Map.entry('О', 'O'), Map.entry('Р', 'P'), Map.entry('С', 'C'), Map.entry('Т', 'T'),
            Map.entry('У', 'Y'), Map.entry('Х', 'X'), Map.entry('І', 'I'), Map.entry('Ё', 'E'));

    private DocumentNumbers() {
    }

    public static String normalise(String number) {
        if (number == null) {
            return "";
        }
        String upper = Normalizer.normalize(number, Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (char c : upper.toCharArray()) {
            char mapped = LOOKALIKES.getOrDefault(c, c);
            if (Character.isLetterOrDigit(mapped)) {
                out.append(mapped);
            }
        }
        return out.toString();
    }
}
