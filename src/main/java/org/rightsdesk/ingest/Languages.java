package org.rightsdesk.ingest;

/**
 * The language of an article from its letters: Cyrillic text is Russian (or Ukrainian, when its
 * letters say so), Latin text is English unless the page declares another Latin-script language.
 * Good enough to pick the search analyser and the coder's expectations; not a general identifier.
 */
final class Languages {

    private Languages() {
    }

    static String detect(String text, String declared) {
        int cyrillic = 0;
        int latin = 0;
        int ukrainian = 0;
        int russian = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                char l = Character.toLowerCase(c);
                if (l == 'і' || l == 'ї' || l == 'є' || l == 'ґ') {
                    ukrainian++;
                } else if (l == 'ы' || l == 'э' || l == 'ъ' || l == 'ё') {
                    russian++;
                }
            } else if (c < 0x250) {
                latin++;
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return declared != null ? declared : "und";
        }
        if (cyrillic >= latin) {
            return ukrainian > russian ? "uk" : "ru";
        }
        if (declared != null && !declared.equals("ru") && !declared.equals("uk")) {
            return declared;
        }
        return "en";
    }
}
