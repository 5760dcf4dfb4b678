package org.rightsdesk.vault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.codahale.shamir.Scheme;

/**
 * Shamir's secret sharing of the master key (GF(256), {@code com.codahale:shamir}): any M of the
 * N shares rebuild it, fewer tell nothing about it. A share is written for people to copy and
 * type: {@code rds1-SET-M-I-HEX…}, where SET names the set (re-issuing makes a new one, so old
 * shares are recognised and refused), M is how many are needed, I the share's number, and the
 * hex holds the share and a 4-byte checksum, so a mistyped share is caught when it is entered
 * rather than spoiling the combination.
 */
final class KeyShares {

    static final int MAX_SHARES = 16;
    private static final String PREFIX = "rds1";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One parsed share. */
    record Share(String set, int threshold, int index, byte[] value) {
    }

    private KeyShares() {
    }

    /** A new set id: 6 hex digits. */
    static String newSet() {
        byte[] b = new byte[3];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Splits the secret into {@code count} shares of which any {@code threshold} rebuild it. */
    static List<String> split(byte[] secret, String set, int threshold, int count) {
        checkCounts(threshold, count);
        Map<Integer, byte[]> parts = new Scheme(RANDOM, count, threshold).split(secret);
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(format(new Share(set, threshold, i, parts.get(i))));
            Arrays.fill(parts.get(i), (byte) 0);
        }
        return out;
    }

    static void checkCounts(int threshold, int count) {
        if (threshold < 2 || count < threshold || count > MAX_SHARES) {
            throw new VaultProblem("share_counts", "Shares: need at least 2, at most " + MAX_SHARES
                    + " shares in all, and no more needed than issued (asked: " + threshold + " of " + count + ")",
                    threshold, count, MAX_SHARES);
        }
    }

    /** Rebuilds the secret from shares of one set (exactly as many as the set needs are used). */
    static byte[] join(Collection<Share> shares) {
        Map<Integer, byte[]> parts = new HashMap<>();
        int threshold = shares.iterator().next().threshold();
        for (Share s : shares) {
            if (parts.size() < threshold) {
                parts.put(s.index(), s.value());
            }
        }
        return new Scheme(RANDOM, Math.max(threshold, MAX_SHARES), threshold).join(parts);
    }

    static String format(Share s) {
        byte[] body = concat(s.value(), check(s.set(), s.threshold(), s.index(), s.value()));
        String hex = HexFormat.of().formatHex(body);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append('-').append(hex, i, Math.min(hex.length(), i + 4));
        }
        return PREFIX + "-" + s.set() + "-" + s.threshold() + "-" + s.index() + grouped;
    }

    /**
     * Reads a share as typed: case, spaces and line breaks do not matter.
     *
     * @throws VaultProblem {@code share_malformed} when it is not a share at all, {@code share_mistyped} when its checksum fails
     */
    static Share parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        String[] parts = t.split("-");
        if (parts.length < 5 || !parts[0].equals(PREFIX) || !parts[1].matches("[0-9a-f]{6}")
                || !parts[2].matches("\\d{1,2}") || !parts[3].matches("\\d{1,2}")) {
            throw malformed();
        }
        String hex = String.join("", Arrays.copyOfRange(parts, 4, parts.length));
        if (!hex.matches("([0-9a-f]{2})+") || hex.length() <= 8) {
            throw malformed();
        }
        byte[] body = HexFormat.of().parseHex(hex);
        byte[] value = Arrays.copyOf(body, body.length - 4);
        int threshold = Integer.parseInt(parts[2]);
        int index = Integer.parseInt(parts[3]);
        if (index < 1 || index > MAX_SHARES || threshold < 2 || threshold > MAX_SHARES
                || !MessageDigest.isEqual(check(parts[1], threshold, index, value), Arrays.copyOfRange(body, body.length - 4, body.length))) {
            throw new VaultProblem("share_mistyped", "The share does not pass its checksum: a character is wrong or missing; "
                    + "it was not counted");
        }
        return new Share(parts[1], threshold, index, value);
    }

    private static VaultProblem malformed() {
        return new VaultProblem("share_malformed", "This is not a key share (a share starts with rds1- and has the set, the "
                + "number needed, its own number and a long run of hex digits)");
    }

    private static byte[] check(String set, int threshold, int index, byte[] value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((PREFIX + "|" + set + "|" + threshold + "|" + index + "|").getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(sha.digest(value), 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
