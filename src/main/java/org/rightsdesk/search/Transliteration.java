package org.rightsdesk.search;

/**
 * Russian ↔ Latin spelling, for search only. Place names and people's words reach us in both
 * scripts and in several romanisations ("Котельники", "Kotelniki", "Kotel'niki"); the index keeps
 * one key per word so they all meet: Latin words are read back into Cyrillic (accepting common
 * variants: kh/h, ts/tz, ya/ia/ja, ...), stemmed as Russian, and written out in one plain
 * romanisation without soft and hard signs. It is a matching key, not a transliteration standard.
 */
final class Transliteration {

    private static final String[][] LATIN_TO_CYRILLIC = {
            {"shch", "щ"}, {"sch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"tz", "ц"}, {"ch", "ч"}, {"sh", "ш"},
            {"yu", "ю"}, {"iu", "ю"}, {"ju", "ю"}, {"ya", "я"}, {"ia", "я"}, {"ja", "я"}, {"yo", "ё"}, {"jo", "ё"},
            {"ye", "е"}, {"je", "е"}, {"iy", "ий"}, {"yy", "ый"},
            {"a", "а"}, {"b", "б"}, {"v", "в"}, {"w", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е"}, {"z", "з"}, {"i", "и"},
            {"y", "ы"}, {"j", "й"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"},
            {"s", "с"}, {"t", "т"}, {"u", "у"}, {"f", "ф"}, {"h", "х"}, {"c", "к"}, {"x", "кс"}, {"q", "к"}, {"'", "ь"},
            {"’", "ь"}};

    private Transliteration() {
    }

    static boolean hasLatin(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** Lower-case Latin (with apostrophes) into Cyrillic, longest spelling first; other characters are kept. */
    static String toCyrillic(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        int i = 0;
        outer:
        while (i < latin.length()) {
            for (String[] pair : LATIN_TO_CYRILLIC) {
                if (latin.startsWith(pair[0], i)) {
                    out.append(pair[1]);
                    i += pair[0].length();
                    continue outer;
                }
            }
            out.append(latin.charAt(i++));
        }
        return out.toString();
    }

    /** Lower-case Cyrillic into plain Latin; soft and hard signs are dropped, ё is e. */
    static String toLatin(String cyrillic) {
        StringBuilder out = new StringBuilder(cyrillic.length() + 4);
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            out.append(switch (c) {
                case 'а' -> "a";
                case 'б' -> "b";
                case 'в' -> "v";
                case 'г' -> "g";
                case 'д' -> "d";
                case 'е', 'ё', 'э' -> "e";
                case 'ж' -> "zh";
                case 'з' -> "z";
                case 'и' -> "i";
                case 'й', 'ы' -> "y";
                case 'к' -> "k";
                case 'л' -> "l";
                case 'м' -> "m";
                case 'н' -> "n";
                case 'о' -> "o";
                case 'п' -> "p";
                case 'р' -> "r";
                case 'с' -> "s";
                case 'т' -> "t";
                case 'у' -> "u";
                case 'ф' -> "f";
                case 'х' -> "kh";
                case 'ц' -> "ts";
                case 'ч' -> "ch";
                case 'ш' -> "sh";
                case 'щ' -> "shch";
                case 'ъ', 'ь', '\'', '’' -> "";
                case 'ю' -> "yu";
                case 'я' -> "ya";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
