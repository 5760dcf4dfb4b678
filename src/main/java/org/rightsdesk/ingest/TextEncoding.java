package org.rightsdesk.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells how a saved page is encoded and decodes it: UTF-8 (with or without a byte-order mark),
 * UTF-16 with a byte-order mark, or Windows-1251, the older Russian code page. Anything else is
 * refused with a reason rather than guessed, because a wrong guess would file garbage whose
 * offsets incidents then point into.
 *
 * <p>The test is byte-level and cheap (one pass): strict UTF-8 decoding is conclusive (a
 * Windows-1251 Russian text of more than a few letters is almost never valid UTF-8); otherwise
 * the bytes are read as Windows-1251 and must look like Russian — letters mostly lower case,
 * a plausible share of vowels, no Cyrillic letter glued to a Latin word, none of the byte values
 * the code page leaves undefined. KOI8-R or ISO-8859-5 text read this way fails those tests, and
 * so does a Western page in Windows-1252 ("cafй"). {@code EncodingDetectionComparisonTest}
 * measures this against ICU4J and juniversalchardet.
 */
public final class TextEncoding {

    /** Windows-1251 as Java names it. */
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** A decoded text and the encoding it was read in (a canonical name such as "UTF-8"). */
    public record Decoded(String text, String encoding) {
    }

    private static final String RUSSIAN_VOWELS = "аеёиоуыэюя";

    private TextEncoding() {
    }

    /**
     * Decodes {@code bytes}, or throws {@link ArticleProblem} ({@code empty}, {@code binary},
     * {@code encoding}) naming why it cannot.
     */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ArticleProblem("empty", "the file is empty (0 bytes)");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8(bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String binary = BinaryFiles.kind(bytes);
        if (binary != null) {
            throw new ArticleProblem("binary", "binary file (" + binary + "), not an HTML or text article", binary);
        }
        Decoded utf8 = tryUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        String asCp1251 = new String(bytes, WINDOWS_1251);
        String verdict = russianVerdict(bytes, asCp1251);
        if (verdict == null) {
            return new Decoded(asCp1251, "windows-1251");
        }
        throw new ArticleProblem("encoding", "unknown text encoding: not UTF-8, and " + verdict
                + " (only UTF-8 and Windows-1251 are read)", verdict);
    }

    private static Decoded strictUtf8(byte[] bytes, int offset) {
        Decoded d = tryUtf8(java.util.Arrays.copyOfRange(bytes, offset, bytes.length));
        if (d == null) {
            throw new ArticleProblem("encoding", "unknown text encoding: the file starts with a UTF-8 byte-order mark "
                    + "but is not valid UTF-8", "bad UTF-8 after a byte-order mark");
        }
        return d;
    }

    private static Decoded tryUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return new Decoded(chars.toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            // A cut-off multi-byte character at the very end (a truncated download) is still UTF-8.
            int cut = lastCharacterStart(bytes);
            if (cut > 0 && cut < bytes.length && bytes.length - cut < 4) {
                try {
                    CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, 0, cut));
                    return new Decoded(chars.toString(), "UTF-8");
                } catch (CharacterCodingException again) {
                    return null;
                }
            }
            return null;
        }
    }

    /** Index of the lead byte of the last (possibly incomplete) UTF-8 sequence. */
    private static int lastCharacterStart(byte[] bytes) {
        int i = bytes.length - 1;
        while (i > 0 && (bytes[i] & 0xC0) == 0x80) {
            i--;
        }
        return i;
    }

    /**
     * Null when {@code text} (the bytes read as Windows-1251) reads as Russian, else why not.
     * Only letters decoded from bytes above 0x7F are judged: the ASCII part says nothing.
     */
    static String russianVerdict(byte[] bytes, String text) {
        for (byte b : bytes) {
            if ((b & 0xFF) == 0x98) {
                return "byte 0x98 is undefined in Windows-1251";
            }
        }
        int cyrillic = 0;
        int lower = 0;
        int vowels = 0;
        int otherHigh = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC && Character.isLetter(c)) {
                cyrillic++;
                if (Character.isLowerCase(c)) {
                    lower++;
                    if (RUSSIAN_VOWELS.indexOf(c) >= 0) {
                        vowels++;
                    }
                }
            } else if (!isTypography(c)) {
                otherHigh++;
            }
        }
        if (cyrillic == 0) {
            // Quotes and dashes only: Windows-1251 and Windows-1252 agree on these, so the reading is right either way.
            return otherHigh == 0 ? null : "the bytes above 0x7F are not Russian letters in Windows-1251";
        }
        int mixed = mixedScriptWords(text);
        if (mixed * 20 > Math.max(1, wordsWithCyrillic(text))) {
            return "read as Windows-1251, Cyrillic letters land inside Latin words";
        }
        if (otherHigh * 10 > cyrillic) {
            return "read as Windows-1251, many bytes are not letters";
        }
        if (cyrillic >= 40) {
            // Running Russian text is mostly lower case with 40-50 % vowels among lower-case letters;
            // KOI8-R read as Windows-1251 comes out mostly upper case, other code pages as a random mix.
            if (lower * 10 < cyrillic * 6) {
                return "read as Windows-1251, most Cyrillic letters come out upper case";
            }
            double vowelShare = (double) vowels / Math.max(1, lower);
            if (vowelShare < 0.30 || vowelShare > 0.60) {
                return "read as Windows-1251, the letters do not have the vowel share of Russian";
            }
        }
        return null;
    }

    /** Punctuation that Windows-1251 shares with Western code pages (quotes, dashes, nbsp, №…). */
    private static boolean isTypography(char c) {
        return "\u00a0«»–—‘’‚“”„…•№°±§©®™‹›€·".indexOf(c) >= 0;
    }

    private static int mixedScriptWords(String text) {
        int mixed = 0;
        boolean latin = false;
        boolean cyr = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (c < 0x250) {
                    latin = true;
                } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyr = true;
                }
            } else {
                if (latin && cyr) {
                    mixed++;
                }
                latin = false;
                cyr = false;
            }
        }
        return mixed;
    }

    private static int wordsWithCyrillic(String text) {
        int words = 0;
        boolean cyr = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                cyr |= Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
            } else {
                if (cyr) {
                    words++;
                }
                cyr = false;
            }
        }
        return words;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
