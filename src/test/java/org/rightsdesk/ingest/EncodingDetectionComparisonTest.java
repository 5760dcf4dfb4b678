package org.rightsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.junit.jupiter.api.Test;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Which encoding detection to trust, measured: our byte-level test ({@link TextEncoding}) against
 * ICU4J's CharsetDetector and juniversalchardet, on the corpus articles written out in UTF-8,
 * Windows-1251 and KOI8-R, whole and cut to their first 60 characters (a headline), plus our own
 * fixtures. A detector's answer counts as right when the text decodes back exactly; as refused when
 * it gives no answer (ours) or an encoding Java cannot read; otherwise it is wrong — garbage that
 * would be filed. KOI8-R is outside what the importer reads, so refusing it is right too.
 * Prints the table; asserts that ours files no garbage.
 */
class EncodingDetectionComparisonTest {

    record Sample(String label, byte[] bytes, String text, boolean refusalIsRight) {
    }

    record Score(int right, int refused, int wrong) {
    }

    @Test
    void ourDetectionFilesNoGarbageAndIsComparedWithTwoLibraries() throws Exception {
        List<Sample> samples = samples();
        Map<String, Function<byte[], String>> detectors = new LinkedHashMap<>();
        detectors.put("Rightsdesk TextEncoding", EncodingDetectionComparisonTest::ours);
        detectors.put("ICU4J CharsetDetector", EncodingDetectionComparisonTest::icu);
        detectors.put("juniversalchardet", EncodingDetectionComparisonTest::universal);
        Map<String, Score> scores = new LinkedHashMap<>();
        List<String> oursWrong = new ArrayList<>();
        for (Map.Entry<String, Function<byte[], String>> d : detectors.entrySet()) {
            int right = 0;
            int refused = 0;
            int wrong = 0;
            for (Sample s : samples) {
                String decoded = d.getValue().apply(s.bytes());
                if (decoded == null) {
                    if (d.getKey().startsWith("Rightsdesk") && !s.refusalIsRight()) {
                        System.out.println("  (ours refused " + s.label() + ")");
                    }
                    if (s.refusalIsRight()) {
                        right++;
                    } else {
                        refused++;
                    }
                } else if (decoded.equals(s.text())) {
                    right++;
                } else {
                    wrong++;
                    System.out.println("  (" + d.getKey() + " decoded wrongly: " + s.label() + ")");
                    if (d.getKey().startsWith("Rightsdesk")) {
                        oursWrong.add(s.label());
                    }
                }
            }
            scores.put(d.getKey(), new Score(right, refused, wrong));
        }
        System.out.printf("Encoding detection on %d samples (corpus in UTF-8 / Windows-1251 / KOI8-R, whole and first 60 chars,"
                + " and fixtures):%n", samples.size());
        scores.forEach((name, s) -> System.out.printf("  %-24s right %3d   refused %3d   wrong (garbage) %3d%n", name, s.right(),
                s.refused(), s.wrong()));
        assertThat(oursWrong).as("samples our detection decoded wrongly").isEmpty();
        assertThat(scores.get("Rightsdesk TextEncoding").right()).isGreaterThanOrEqualTo(samples.size() * 9 / 10);
    }

    static String ours(byte[] bytes) {
        try {
            return TextEncoding.decode(bytes).text();
        } catch (ArticleProblem e) {
            return null;
        }
    }

    static String icu(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        return match == null ? null : decodeAs(bytes, match.getName());
    }

    static String universal(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? null : decodeAs(bytes, name);
    }

    static String decodeAs(byte[] bytes, String name) {
        try {
            Charset cs = Charset.forName(name);
            String s = new String(bytes, cs);
            return s.startsWith("\ufeff") ? s.substring(1) : s;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static List<Sample> samples() throws Exception {
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try {
            for (Corpus.Item item : Corpus.items()) {
                texts.add(Corpus.text(item));
                labels.add(item.name());
            }
        } catch (org.opentest4j.TestAbortedException absent) {
            // Without the corpus, the fixtures alone are measured.
        }
        for (String f : List.of("market-check-ru.html", "market-check-ru-repost.html", "airport-refusals-en.html", "detention-notes.txt")) {
            texts.add(Fixtures.text(f));
            labels.add(f);
        }
        List<Sample> out = new ArrayList<>();
        // Outside what the importer reads (refusing them is right, reading them as Windows-1251 is garbage).
        for (String western : List.of("Le café du marché a fermé à midi; la préfecture n'a donné aucune explication aux employés.",
                "Die Behörde prüfte am Dienstag die Papiere von Arbeitern; über Gründe äußerte sie sich nicht.")) {
            out.add(new Sample("Windows-1252 " + western.substring(0, 12), western.getBytes(Charset.forName("windows-1252")), western, true));
        }
        String russian = "Сотрудники полиции проверили документы у рабочих на стройке и отпустили всех к вечеру.";
        out.add(new Sample("ISO-8859-5 Russian", russian.getBytes(Charset.forName("ISO-8859-5")), russian, true));
        out.add(new Sample("IBM866 Russian", russian.getBytes(Charset.forName("IBM866")), russian, true));
        for (int i = 0; i < texts.size(); i++) {
            String whole = texts.get(i);
            String head = whole.substring(0, Math.min(60, whole.length()));
            for (String[] cut : new String[][]{{"whole", whole}, {"head", head}}) {
                String text = cut[1];
                out.add(new Sample(labels.get(i) + " UTF-8 " + cut[0], text.getBytes(StandardCharsets.UTF_8), text, false));
                byte[] cp1251 = encode(text, TextEncoding.WINDOWS_1251);
                if (cp1251 != null) {
                    out.add(new Sample(labels.get(i) + " windows-1251 " + cut[0], cp1251, text, false));
                }
                byte[] koi8 = encode(text, Charset.forName("KOI8-R"));
                if (koi8 != null && !text.chars().allMatch(c -> c < 0x80)) {
                    out.add(new Sample(labels.get(i) + " KOI8-R " + cut[0], koi8, text, true));
                }
            }
        }
        return out;
    }

    /** The text in a code page, or null when some character has no place in it. */
    static byte[] encode(String text, Charset charset) {
        try {
            ByteBuffer b = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
