package org.rightsdesk.vault;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * Blind indexes for exact-match lookup of sealed values: a keyed HMAC (the vault's index key)
 * of a normalised value. The database stores only the HMAC, so it can answer "which clients have
 * this name" without ever holding the name; without the key the HMACs cannot be tested against
 * guesses. What leaks is equality: two clients with the same surname skeleton share an index row.
 */
@Service
public class BlindIndex {

    /** What kind of value an index row stands for; kinds never match each other. */
    public enum Kind {
        /** The whole name (word skeletons sorted). */
        NAME,
        /** One word of a name (surname, given name, patronymic). */
        NAME_WORD,
        /** A document number. */
        DOCUMENT;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Vault vault;

    BlindIndex(Vault vault) {
        this.vault = vault;
    }

    /** Index of a whole name, or null when the name has no letters. */
    public String name(String fullName) {
        String skeleton = NameSkeleton.of(fullName);
        return skeleton.isEmpty() ? null : vault.blindIndex(Kind.NAME.code(), skeleton);
    }

    /** One index per distinct word of the name. */
    public Set<String> nameWords(String fullName) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NameSkeleton.words(fullName)) {
            out.add(vault.blindIndex(Kind.NAME_WORD.code(), w));
        }
        return out;
    }

    /** Index of a document number, or null when it has no letters or digits. */
    public String document(String number) {
        String normal = DocumentNumbers.normalise(number);
        return normal.isEmpty() ? null : vault.blindIndex(Kind.DOCUMENT.code(), normal);
    }
}
