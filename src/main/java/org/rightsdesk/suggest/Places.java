package org.rightsdesk.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rightsdesk.monitor.SiteKind;

/**
 * Finds the gazetteer's places and regions in a text, in any case form it lists ("в Котельниках",
 * "Красноярского края", "Moscow’s Vnukovo Airport"), as the gazetteer's README asks: the alias
 * lists only, longest match on whole words, multi-word aliases in any letter case and one-word
 * aliases (proper nouns, abbreviations) only as capitalised. Generic district names
 * ("Кировский район") count only when the article also names their city.
 */
final class Places {

    /** One place or region named in the text. {@code locality} is null for a region. */
    record Mention(int start, int end, String regionCode, String localityEn, String localityRu, String kind, SiteKind siteKind) {
        boolean isRegion() {
            return localityEn == null;
        }
    }

    private record Alias(String[] words, boolean caseSensitive, String regionCode, String localityEn, String localityRu, String kind,
                         SiteKind siteKind) {
    }

    private static final Pattern CAPITAL_CITIES = Pattern.compile("Moscow|Saint Petersburg|Sevastopol");

    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();

    Places() {
        for (CSVRecord r : read("gazetteer/regions.csv")) {
            for (String a : aliases(r.get("aliases_en"), r.get("aliases_ru"))) {
                add(a, r.get("code"), null, null, "region", null);
            }
        }
        for (CSVRecord r : read("gazetteer/places.csv")) {
            String kind = r.get("kind");
            String en = r.get("name_en");
            // Moscow is both the city and the region: naming it gives the region, not a locality.
            boolean capital = kind.equals("city") && CAPITAL_CITIES.matcher(en).matches();
            for (String a : aliases(r.get("aliases_en"), r.get("aliases_ru"))) {
                add(a, r.get("region_code"), capital ? null : en, capital ? null : r.get("name_ru"), capital ? "region" : kind, siteKind(kind, en));
            }
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Alias a) -> a.words.length).reversed()));
    }

    private void add(String alias, String region, String en, String ru, String kind, SiteKind site) {
        List<Tokens.Token> words = Tokens.of(alias, 0, alias.length());
        if (words.isEmpty()) {
            return;
        }
        boolean caseSensitive = words.size() == 1;
        String[] w = words.stream().map(t -> caseSensitive ? Tokens.foldKeepCase(t.text()) : t.folded()).toArray(String[]::new);
        byFirstWord.computeIfAbsent(Tokens.fold(w[0]), k -> new ArrayList<>()).add(new Alias(w, caseSensitive, region, en, ru, kind, site));
    }

    private static SiteKind siteKind(String kind, String nameEn) {
        String n = nameEn.toLowerCase(Locale.ROOT);
        if (kind.equals("airport")) {
            return SiteKind.AIRPORT;
        }
        if (kind.equals("site") && n.contains("market") || n.contains("sadovod") || n.contains("food city") || n.contains("apraksin")) {
            return SiteKind.MARKET;
        }
        if (n.contains("metro")) {
            return SiteKind.METRO;
        }
        return null;
    }

    /** Every place and region named in {@code text[from, to)}, longest match first, left to right. */
    List<Mention> find(String text, int from, int to) {
        List<Tokens.Token> tokens = Tokens.of(text, from, to);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Alias best = null;
            for (Alias a : byFirstWord.getOrDefault(tokens.get(i).folded(), List.of())) {
                if (matches(a, tokens, i)) {
                    best = a;
                    break;
                }
            }
            if (best != null) {
                Tokens.Token last = tokens.get(i + best.words.length - 1);
                out.add(new Mention(tokens.get(i).start(), last.end(), best.regionCode, best.localityEn, best.localityRu, best.kind,
                        best.siteKind));
                i += best.words.length - 1;
            }
        }
        return out;
    }

    private static boolean matches(Alias a, List<Tokens.Token> tokens, int at) {
        if (at + a.words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < a.words.length; k++) {
            Tokens.Token t = tokens.get(at + k);
            String w = a.caseSensitive ? Tokens.foldKeepCase(t.text()) : t.folded();
            if (!w.equals(a.words[k])) {
                return false;
            }
        }
        return true;
    }

    private static List<String> aliases(String... lists) {
        List<String> out = new ArrayList<>();
        for (String list : lists) {
            if (list != null && !list.isBlank()) {
                Arrays.stream(list.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
            }
        }
        return out;
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = Places.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer file missing from the jar: " + resource);
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
