package org.rightsdesk.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, wherever one is set (web, admin, command line): 12 to 256 characters,
 * not one of the 10,000 most common passwords (the list ships in the jar, see
 * {@code common-passwords.txt} for its source and licence), not such a password with digits or
 * symbols added at either end ({@code password1234}), not one character repeated or a plain run
 * ({@code 123456789012}, {@code abcdefghijkl}), and not containing the user name. Length beats
 * composition rules; these checks only remove what guessers try first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Throws an {@link AccountProblem} naming the first rule the password breaks. */
    public static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountProblem("password.short", "Password must be at least " + MIN_LENGTH + " characters long", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new AccountProblem("password.long", "Password must be at most " + MAX_LENGTH + " characters long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower) || isRun(lower)) {
            throw new AccountProblem("password.common", "This password is among the most common ones (or one with digits added); choose another");
        }
        String name = username == null ? "" : AccountService.normaliseKey(username);
        if (name.length() >= 4 && lower.contains(name)) {
            throw new AccountProblem("password.username", "The password must not contain the user name");
        }
    }

    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        // "password1234", "!!qwerty2024", "dragon.dragon": a listed word padded with digits and symbols.
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (core.length() >= 3 && (COMMON.contains(core) || isRun(core))) {
            return true;
        }
        String[] words = lower.split("[^\\p{L}\\p{N}]+");
        return words.length == 2 && words[0].equals(words[1]) && COMMON.contains(words[0]);
    }

    /** One character repeated, or a run of consecutive characters up or down (1234…, abcd…, 9876…). */
    static boolean isRun(String s) {
        int[] cp = s.codePoints().toArray();
        if (cp.length < 2) {
            return true;
        }
        int step = cp[1] - cp[0];
        if (Math.abs(step) > 1) {
            return false;
        }
        for (int i = 2; i < cp.length; i++) {
            int d = cp[i] - cp[i - 1];
            // digit runs wrap around: 7890123…
            boolean wraps = step != 0 && Character.isDigit(cp[i]) && Math.abs(d) == 9;
            if (d != step && !wraps) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
