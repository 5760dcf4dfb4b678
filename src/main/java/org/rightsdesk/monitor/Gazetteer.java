package org.rightsdesk.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Russia's federal subjects and the places news about migrants names, in English and Russian with
 * their inflected forms (from {@code shared/gazetteer}, copied unchanged into the jar). The desk
 * uses it to check region codes, to tie a typed locality ("Котельниках", "Kotelniki") to its
 * region, and to label aggregates. Loaded once (≈500 rows); lookups are map reads.
 */
@Component
public class Gazetteer {

    /** A federal subject (or, for UA- codes, a territory Russia claims; reported separately). */
    public record Region(String code, String nameEn, String nameRu, String federalDistrict, boolean disputed) {
        public String name(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }

    /** A city, town, district, airport or site, in one region. */
    public record GazetteerPlace(String nameEn, String nameRu, String kind, String regionCode, List<String> aliases) {
        public String name(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }

    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final List<GazetteerPlace> places = new ArrayList<>();
    private final Map<String, List<GazetteerPlace>> placesByAlias = new HashMap<>();
    private final Map<String, Region> regionsByAlias = new HashMap<>();

    public Gazetteer() {
        for (CSVRecord r : read("gazetteer/regions.csv")) {
            Region region = new Region(r.get("code"), r.get("name_en"), r.get("name_ru"), r.get("federal_district"),
                    r.get("code").startsWith("UA-"));
            regions.put(region.code(), region);
            for (String alias : aliases(r.get("aliases_en"), r.get("aliases_ru"), r.get("name_en"), r.get("name_ru"))) {
                regionsByAlias.putIfAbsent(Spans.normalise(alias), region);
            }
        }
        for (CSVRecord r : read("gazetteer/places.csv")) {
            List<String> aliases = aliases(r.get("aliases_en"), r.get("aliases_ru"), r.get("name_en"), r.get("name_ru"));
            GazetteerPlace place = new GazetteerPlace(r.get("name_en"), r.get("name_ru"), r.get("kind"), r.get("region_code"),
                    Collections.unmodifiableList(aliases));
            places.add(place);
            for (String alias : aliases) {
                placesByAlias.computeIfAbsent(Spans.normalise(alias), k -> new ArrayList<>()).add(place);
            }
        }
    }

    public Collection<Region> regions() {
        return Collections.unmodifiableCollection(regions.values());
    }

    public Optional<Region> region(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(regions.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** A region by code, English or Russian name or any listed form ("Подмосковье", "Moscow region"). */
    public Optional<Region> findRegion(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        return region(nameOrCode).or(() -> Optional.ofNullable(regionsByAlias.get(Spans.normalise(nameOrCode))));
    }

    /** Places a typed locality may be, in any case form or spelling the gazetteer lists. */
    public List<GazetteerPlace> findPlaces(String locality) {
        if (locality == null || locality.isBlank()) {
            return List.of();
        }
        return placesByAlias.getOrDefault(Spans.normalise(locality), List.of());
    }

    /** The place a locality names in a region (or the only one anywhere when the region is not given). */
    public Optional<GazetteerPlace> place(String regionCode, String locality) {
        List<GazetteerPlace> found = findPlaces(locality);
        if (regionCode == null) {
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }
        return found.stream().filter(p -> p.regionCode().equals(regionCode)).findFirst();
    }

    public String regionName(String code, Locale locale) {
        return region(code).map(r -> r.name(locale)).orElse(code);
    }

    /** The locality as the reader's language names it, when the gazetteer knows it; otherwise as typed. */
    public String localityName(String regionCode, String locality, Locale locale) {
        return place(regionCode, locality).map(p -> p.name(locale)).orElse(locality);
    }

    private static List<String> aliases(String... lists) {
        List<String> out = new ArrayList<>();
        for (String list : lists) {
            if (list != null && !list.isBlank()) {
                Arrays.stream(list.split(";")).map(String::strip).filter(s -> !s.isEmpty() && !out.contains(s)).forEach(out::add);
            }
        }
        return out;
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
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
