package org.rightsdesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation corpus in {@code ../shared/corpus} (third parties' texts: read here, never copied
 * into the project) and our own line-number annotation of its page furniture
 * ({@code corpus-furniture.txt}). Tests that need it are skipped with a message when it is absent.
 */
final class Corpus {

    static final Path DIR = Path.of("../shared/corpus");

    /** One article: its text file, its gold annotation, and our furniture annotation. */
    record Item(String name, Path text, JsonNode gold, Lines lines) {
        String id() {
            return text.getFileName().toString().replace(".txt", "");
        }

        List<String> evidence() {
            List<String> out = new ArrayList<>();
            for (String kind : List.of("incidents", "figures", "measures")) {
                for (JsonNode n : gold.path(kind)) {
                    out.add(n.path("evidence").asString());
                }
            }
            return out;
        }

        String goldTitle() {
            JsonNode t = gold.path("source").path("title");
            return t.isNull() || t.isMissingNode() ? null : t.asString();
        }

        String goldLanguage() {
            return gold.path("source").path("language").asString();
        }
    }

    /** Which 1-based lines are headline, furniture, repeats, and captions with a credit at a column. */
    record Lines(int title, Set<Integer> furniture, Set<Integer> repeats, Map<Integer, Integer> creditAt) {
    }

    private Corpus() {
    }

    static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(DIR.resolve("seeds")) && Files.isDirectory(DIR.resolve("dev")),
                "../shared/corpus is absent: corpus evaluation skipped");
    }

    static List<Item> items() throws IOException {
        assumePresent();
        Map<String, Lines> annotation = annotation();
        List<Item> out = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String set : List.of("seeds", "dev")) {
            try (Stream<Path> files = Files.list(DIR.resolve(set))) {
                for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String name = set + "/" + txt.getFileName();
                    Path gold = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".gold.json"));
                    Lines lines = annotation.get(name);
                    if (lines == null) {
                        throw new IllegalStateException("corpus-furniture.txt has no line for " + name);
                    }
                    out.add(new Item(name, txt, json.readTree(Files.readString(gold)), lines));
                }
            }
        }
        return out;
    }

    static String text(Item item) throws IOException {
        return Files.readString(item.text(), StandardCharsets.UTF_8);
    }

    private static Map<String, Lines> annotation() throws IOException {
        Map<String, Lines> out = new TreeMap<>();
        try (InputStream in = Corpus.class.getResourceAsStream("corpus-furniture.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                int title = 0;
                Set<Integer> furniture = new TreeSet<>();
                Set<Integer> repeats = new TreeSet<>();
                Map<Integer, Integer> credits = new HashMap<>();
                for (int i = 1; i < parts.length; i++) {
                    String value = parts[i].substring(2);
                    switch (parts[i].charAt(0)) {
                        case 'T' -> title = Integer.parseInt(value);
                        case 'F' -> furniture.addAll(ranges(value));
                        case 'D' -> repeats.addAll(ranges(value));
                        case 'P' -> {
                            for (String p : value.split(",")) {
                                String[] at = p.split("@");
                                credits.put(Integer.parseInt(at[0]), Integer.parseInt(at[1]));
                            }
                        }
                        default -> throw new IllegalStateException("bad annotation: " + line);
                    }
                }
                out.put(parts[0], new Lines(title, furniture, repeats, credits));
            }
        }
        return out;
    }

    private static Set<Integer> ranges(String spec) {
        Set<Integer> out = new TreeSet<>();
        for (String r : spec.split(",")) {
            String[] ab = r.split("-");
            int a = Integer.parseInt(ab[0]);
            int b = ab.length > 1 ? Integer.parseInt(ab[1]) : a;
            for (int i = a; i <= b; i++) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whitespace-normalised form used to compare spans: how the gold's "exact substring" survives extraction. */
    static String squash(String s) {
        return Furniture.normalise(s);
    }
}
