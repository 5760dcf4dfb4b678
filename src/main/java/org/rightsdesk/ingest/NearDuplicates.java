package org.rightsdesk.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether two main texts are the same story: a repost on another site, a re-published
 * update, an excerpt of a longer copy. Texts are cut into overlapping runs of {@value #SHINGLE}
 * words ("shingles", case and ё/е folded, punctuation ignored); two texts are one story when most
 * shingles of the shorter one recur in the longer one ({@link #containment}). Reporting the same
 * event in one's own words shares almost no five-word runs, so independent articles about one
 * raid stay apart here; joining those is the incident desk's job (incident de-duplication).
 *
 * <p>To find candidates among many sources without comparing against all of them, each text also
 * gets a MinHash signature of {@value #HASHES} values, cut into {@value #BANDS} bands of
 * {@value #ROWS}; sources that agree on a whole band are candidates (locality-sensitive hashing).
 * With two rows per band, a pair whose shingle sets overlap by Jaccard 0.25 shares a band with
 * probability 1 - (1 - 0.25²)^64 ≈ 98 %; candidates are then checked exactly.
 */
public final class NearDuplicates {

    /** Words per shingle. */
    public static final int SHINGLE = 5;
    /** MinHash values per signature. */
    public static final int HASHES = 128;
    /** Rows per LSH band. */
    public static final int ROWS = 2;
    /** LSH bands (HASHES / ROWS). */
    public static final int BANDS = HASHES / ROWS;
    /**
     * Share of the shorter text's shingles that must recur in the other text. Measured on the
     * corpus (CorpusGroupingTest): different articles share at most a few per cent, even from one
     * outlet; reposts, updates and excerpts share far more than half.
     */
    public static final double SAME_STORY = 0.5;
    /** Texts shorter than this many shingles are too short to judge (a caption, a headline). */
    public static final int MIN_SHINGLES = 8;

    private static final long[] SEEDS = seeds();

    private NearDuplicates() {
    }

    /** How far two texts are one story. */
    public record Similarity(double containment, double jaccard, int shared) {
        public boolean sameStory() {
            return containment >= SAME_STORY;
        }

        /** The containment as a whole per cent, for reports. */
        public int percent() {
            return (int) Math.round(containment * 100);
        }
    }

    /** The hashed five-word runs of a text. */
    public static Set<Long> shingles(String text) {
        List<String> words = words(text);
        Set<Long> out = new HashSet<>();
        if (words.size() < SHINGLE) {
            if (!words.isEmpty()) {
                out.add(hash(String.join(" ", words)));
            }
            return out;
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(hash(String.join(" ", words.subList(i, i + SHINGLE))));
        }
        return out;
    }

    public static Similarity compare(String a, String b) {
        return compare(shingles(a), shingles(b));
    }

    public static Similarity compare(Set<Long> a, Set<Long> b) {
        if (a.size() < MIN_SHINGLES || b.size() < MIN_SHINGLES) {
            return new Similarity(0, 0, 0);
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int shared = 0;
        for (Long s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        int union = a.size() + b.size() - shared;
        return new Similarity((double) shared / small.size(), (double) shared / union, shared);
    }

    /** The MinHash signature: for each of {@value #HASHES} hash functions, the least hash over the shingles. */
    public static long[] signature(Set<Long> shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** One bucket key per band: sources with an equal key in the same band are candidates. */
    public static long[] bands(long[] signature) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ signature[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** 64-bit FNV-1a, then mixed: stable across JVMs (String.hashCode is only 32 bits). */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }
}
