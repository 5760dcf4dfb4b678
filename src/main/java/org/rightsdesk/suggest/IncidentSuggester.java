package org.rightsdesk.suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rightsdesk.monitor.Agency;
import org.rightsdesk.monitor.Count;
import org.rightsdesk.monitor.DatePrecision;
import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.Outcome;
import org.rightsdesk.monitor.Period;
import org.rightsdesk.monitor.Place;
import org.rightsdesk.monitor.Qualifier;
import org.rightsdesk.monitor.SiteKind;
import org.springframework.stereotype.Component;

/**
 * Proposes draft incidents for an article's main text, each value tied to the words that support
 * it. Rules, not a trained model, so every suggestion can be explained by the words it shows:
 * a clause with a trigger word for a type («задержали», "deported", «рейд»), that is not a general
 * or hypothetical remark ("usually", «могут»), and that names something concrete — a place, a kind
 * of site, a number of people or a date — is an incident. Its date, place, count, agencies and
 * outcomes come from the same clause, else the sentence; a place may come from an earlier sentence
 * of the paragraph. Mentions of the same occurrence (a headline and the lead) are merged.
 *
 * <p>Pure and thread-safe: no database, no clock (the publication day is an input); the gazetteer
 * is read once at construction (≈10k aliases, a few milliseconds). Scored against the corpus by
 * {@link SuggestionScore}.
 */
@Component
public class IncidentSuggester {

    /** Counts this large with no place are national statistics (figures), not incidents. */
    private static final long STATISTIC = 5000;

    private final Places places = new Places();

    /** Suggestions for {@code text} (a source's main text) published on {@code published} (may be null). */
    public Suggestions suggest(String text, LocalDate published, SuggestionOptions options) {
        Suggestions refusal = TextCheck.refusal(text);
        if (refusal != null) {
            return refusal;
        }
        String language = TextCheck.language(text);
        if (language == null) {
            return Suggestions.refused("language", "the text is neither Russian nor English: suggestions are made for those two languages only");
        }
        Article a = new Article(text, text.replace('ё', 'е').replace('Ё', 'Е'), published, options, language);
        List<Draft> drafts = new ArrayList<>();
        for (Sentences.Sentence s : a.sentences) {
            if (Lexicon.any(Lexicon.EXCLUDED, a.folded, s.start(), s.end())) {
                continue;
            }
            for (int[] clause : Sentences.clauses(text, s)) {
                for (Draft d : draftsIn(a, s, clause[0], clause[1])) {
                    Draft raid = raidOf(d, drafts);
                    if (raid == null) {
                        drafts.add(d);
                    } else {
                        if (!raid.countDetained && d.count != null && d.count.value() != null) {
                            raid.count = d.count; // "a hostel housing 100 migrants was searched … 50 were detained": the raid counts the 50
                            raid.countDetained = true;
                        }
                        raid.fillFrom(d);
                    }
                }
            }
        }
        List<SuggestedIncident> out = merge(drafts).stream().map(d -> d.toSuggestion(a)).toList();
        return new Suggestions(out, language, null, null);
    }

    /** The article as the rules read it: its text, sentences and every place named in it. */
    private final class Article {
        final String text;
        final String folded;
        final LocalDate published;
        final SuggestionOptions options;
        final String language;
        final List<Sentences.Sentence> sentences;
        final Map<Sentences.Sentence, List<Places.Mention>> placesIn = new LinkedHashMap<>();

        Article(String text, String folded, LocalDate published, SuggestionOptions options, String language) {
            this.text = text;
            this.folded = folded;
            this.published = published;
            this.options = options;
            this.language = language;
            this.sentences = Sentences.of(text);
            Set<String> regionsNamed = new HashSet<>();
            Map<Sentences.Sentence, List<Places.Mention>> all = new LinkedHashMap<>();
            for (Sentences.Sentence s : sentences) {
                List<Places.Mention> found = places.find(text, s.start(), s.end());
                all.put(s, found);
                found.stream().filter(m -> !m.kind().equals("district")).forEach(m -> regionsNamed.add(m.regionCode()));
            }
            // A district name such as «Кировский район» exists in many cities: keep it when the article names its city.
            all.forEach((s, found) -> placesIn.put(s, found.stream()
                    .filter(m -> !m.kind().equals("district") || regionsNamed.contains(m.regionCode())).toList()));
        }
    }

    /** People detained in a raid are counted in the raid: an arrest told in the paragraph of a raid (or right after it) is that raid's. */
    private static Draft raidOf(Draft d, List<Draft> before) {
        if (d.type() != IncidentType.DETENTION) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Draft o = before.get(i);
            int gap = d.sentence.paragraph() - o.sentence.paragraph();
            if (o.type() == IncidentType.RAID && (gap == 0 || gap == 1 && d.date == null) && (d.date == null || o.sameOccurrence(d))) {
                return o;
            }
        }
        return null;
    }

    private List<Draft> draftsIn(Article a, Sentences.Sentence s, int from, int to) {
        List<Lexicon.Hit<IncidentType>> types = new ArrayList<>(Lexicon.hits(Lexicon.TYPES, a.folded, from, to));
        if (types.isEmpty() || Lexicon.any(Lexicon.GENERIC, a.folded, from, to)) {
            return List.of();
        }
        Set<IncidentType> found = EnumSet.noneOf(IncidentType.class);
        types.forEach(h -> found.add(h.value()));
        // Corpus conventions: people detained in a raid are counted in the raid; a ruling that
        // people be deported is the ruling, not yet the deportation.
        if (found.contains(IncidentType.RAID)) {
            types.removeIf(h -> h.value() == IncidentType.DETENTION);
        }
        if (found.contains(IncidentType.EXPULSION_RULING)) {
            types.removeIf(h -> h.value() == IncidentType.DEPORTATION);
        }
        if (found.contains(IncidentType.ENTRY_REFUSAL)) {
            types.removeIf(h -> h.value() == IncidentType.DETENTION);
        }
        List<Draft> out = new ArrayList<>();
        for (Lexicon.Hit<IncidentType> t : types) {
            Draft d = new Draft(t, s);
            fill(a, d, s, from, to);
            boolean national = CountFinder.find(a.text, s.start(), s.end(), false).stream()
                    .anyMatch(c -> c.value() != null && c.value() >= STATISTIC);
            if (d.concrete() && !d.statistic() && !national) {
                out.add(d.asRaidAtSite());
            }
        }
        return out;
    }

    /** Fills a draft's values from its clause, then from the rest of its sentence, then (place only) from earlier in the paragraph. */
    private void fill(Article a, Draft d, Sentences.Sentence s, int from, int to) {
        List<DateFinder.Mention> dates = recent(a, DateFinder.find(a.text, from, to, a.published));
        if (dates.isEmpty()) {
            dates = recent(a, DateFinder.find(a.text, s.start(), s.end(), a.published));
        }
        if (dates.isEmpty()) {
            dates = dateLine(a, s);
        }
        if (!dates.isEmpty()) {
            d.date = dates.get(0);
        }
        List<CountFinder.Mention> counts = CountFinder.find(a.text, from, to, a.options.acledVagueAmounts());
        if (counts.isEmpty()) {
            counts = CountFinder.find(a.text, s.start(), s.end(), a.options.acledVagueAmounts());
        }
        // Of "four of the 24 detained … deported", those detained are the 24 and those deported the four.
        CountFinder.Role unwanted = d.type() == IncidentType.RAID || d.type() == IncidentType.DETENTION ? CountFinder.Role.PART : CountFinder.Role.WHOLE;
        List<CountFinder.Mention> fitting = counts.stream().filter(c -> c.role() != unwanted).toList();
        d.count = (fitting.isEmpty() ? counts : fitting).stream().min(Comparator.comparingInt(c -> Math.abs(c.start() - d.trigger.start())))
                .orElse(null);
        d.countDetained = d.count != null && !Lexicon.hits(Lexicon.TYPES, a.folded, s.start(), s.end()).stream()
                .filter(h -> h.value() == IncidentType.DETENTION).toList().isEmpty();
        List<Places.Mention> here = a.placesIn.get(s).stream().filter(m -> m.start() >= from && m.end() <= to).toList();
        d.place = best(here.isEmpty() ? a.placesIn.get(s) : here);
        Lexicon.Hit<String> near = nearCity(a, s);
        if (near != null && (d.place == null || d.place.isRegion() && d.place.start() >= near.start() && d.place.end() <= near.end())) {
            d.place = null; // "outside Moscow" names the region around the city, not the city
            d.near = near;
        }
        List<Lexicon.Hit<SiteKind>> sites = Lexicon.hits(Lexicon.SITES, a.folded, from, to);
        if (sites.isEmpty()) {
            sites = Lexicon.hits(Lexicon.SITES, a.folded, s.start(), s.end());
        }
        d.site = sites.isEmpty() ? null : sites.get(0);
        d.anchored = d.place != null || d.near != null || d.site != null || d.count != null || d.date != null;
        if (d.place == null && d.near == null) {
            d.place = earlierInParagraph(a, s);
        }
        if (d.count == null && (d.type() == IncidentType.REGISTRY_INCLUSION || d.type() == IncidentType.CITIZENSHIP_REVOCATION)) {
            var one = Lexicon.ONE_PERSON.matcher(a.text).region(s.start(), s.end());
            if (one.find()) {
                d.count = new CountFinder.Mention(one.start(), one.end(), 1L, Qualifier.EXACT, null);
            }
        }
        d.distinct = Lexicon.any(Lexicon.PREVIOUS, a.folded, from, to);
        d.agencies = Lexicon.hits(Lexicon.AGENCIES, a.folded, s.start(), s.end());
        d.outcomes = Lexicon.hits(Lexicon.OUTCOMES, a.folded, s.start(), s.end());
    }

    /**
     * Dates of the event only: a date years before publication («гражданин с 2014 года») dates
     * something else, and a day right after a reporting verb ("said Tuesday") dates the report.
     */
    private static List<DateFinder.Mention> recent(Article a, List<DateFinder.Mention> dates) {
        LocalDate limit = a.published == null ? null : a.published.minusYears(2);
        return dates.stream().filter(m -> limit == null || !m.period().to().isBefore(limit))
                .filter(m -> !Lexicon.REPORTED.matcher(a.text.substring(Math.max(0, m.start() - 40), m.start())).find()).toList();
    }

    /** A photo caption often puts its date in a sentence of its own ("A raid on a market in Novosibirsk. August 2024."). */
    private static List<DateFinder.Mention> dateLine(Article a, Sentences.Sentence s) {
        int i = a.sentences.indexOf(s);
        if (i + 1 < a.sentences.size()) {
            Sentences.Sentence next = a.sentences.get(i + 1);
            if (next.paragraph() == s.paragraph() && Tokens.of(a.text, next.start(), next.end()).size() <= 4) {
                return recent(a, DateFinder.find(a.text, next.start(), next.end(), a.published));
            }
        }
        return List.of();
    }

    private static Lexicon.Hit<String> nearCity(Article a, Sentences.Sentence s) {
        var m = Lexicon.NEAR_MOSCOW.matcher(a.text).region(s.start(), s.end());
        if (m.find()) {
            return new Lexicon.Hit<>("RU-MOS", m.start(), m.end());
        }
        m = Lexicon.NEAR_PETERSBURG.matcher(a.text).region(s.start(), s.end());
        return m.find() ? new Lexicon.Hit<>("RU-LEN", m.start(), m.end()) : null;
    }

    /** The most exact place: a town, district, airport or site before a region. */
    private static Places.Mention best(List<Places.Mention> mentions) {
        return mentions.stream().filter(m -> !m.isRegion()).findFirst().orElse(mentions.isEmpty() ? null : mentions.get(0));
    }

    /** The place named last before this sentence: in its paragraph if there is one, else earlier in the article. */
    private static Places.Mention earlierInParagraph(Article a, Sentences.Sentence s) {
        Places.Mention inParagraph = null;
        Places.Mention inArticle = null;
        for (Sentences.Sentence e : a.sentences) {
            if (e.end() <= s.start()) {
                List<Places.Mention> m = a.placesIn.get(e);
                if (!m.isEmpty()) {
                    inArticle = best(m);
                    inParagraph = e.paragraph() == s.paragraph() ? inArticle : inParagraph;
                }
            }
        }
        return inParagraph != null ? inParagraph : inArticle;
    }

    /**
     * Folds mentions of one occurrence into one draft: same type, and nothing that tells them apart
     * (dates that overlap or are unknown, the same region or an unknown one, the same site kind or
     * an unknown one, counts that fit). The richest mention leads; the others fill its gaps.
     */
    private static List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = out.stream().filter(o -> o.sameOccurrence(d)).findFirst().orElse(null);
            if (same == null) {
                out.add(d);
            } else {
                out.set(out.indexOf(same), same.absorb(d));
            }
        }
        return out;
    }

    /** A suggestion being built: each value with the mention that supports it. */
    private static final class Draft {
        final Lexicon.Hit<IncidentType> trigger;
        Sentences.Sentence sentence;
        DateFinder.Mention date;
        CountFinder.Mention count;
        Places.Mention place;
        Lexicon.Hit<String> near;
        Lexicon.Hit<SiteKind> site;
        List<Lexicon.Hit<Agency>> agencies = List.of();
        List<Lexicon.Hit<Outcome>> outcomes = List.of();
        boolean anchored;
        /** The count is of people detained (not, say, of people living in the searched hostel). */
        boolean countDetained;
        /** Told as another occurrence than the article's ("a previous raid"): never merged. */
        boolean distinct;
        /** Every sentence that reports this occurrence (a headline and the lead, say). */
        final List<Sentences.Sentence> mentions = new ArrayList<>();

        Draft(Lexicon.Hit<IncidentType> trigger, Sentences.Sentence sentence) {
            this.trigger = trigger;
            this.sentence = sentence;
            this.mentions.add(sentence);
        }

        IncidentType type() {
            return trigger.value();
        }

        /** Named, specific or placed: a listing or a revocation is about a specific person by its very words. */
        boolean concrete() {
            return anchored || type() == IncidentType.REGISTRY_INCLUSION || type() == IncidentType.CITIZENSHIP_REVOCATION;
        }

        /** People detained at a market, hostel, warehouse or building site were taken in an operation at that site: a raid (corpus convention). */
        Draft asRaidAtSite() {
            SiteKind k = siteKind();
            if (type() != IncidentType.DETENTION || k == null || k == SiteKind.AIRPORT || k == SiteKind.METRO || k == SiteKind.STREET
                    || k == SiteKind.COURT) {
                return this;
            }
            Draft raid = new Draft(new Lexicon.Hit<>(IncidentType.RAID, trigger.start(), trigger.end()), sentence);
            raid.fillFrom(this);
            raid.mentions.clear();
            raid.mentions.addAll(mentions);
            return raid;
        }

        /** A big number with no place, or a year-long period with no place: a national figure, not an incident. */
        boolean statistic() {
            if (count != null && count.value() != null && count.value() >= STATISTIC) {
                return true;
            }
            boolean placed = place != null || near != null || site != null;
            return !placed && date != null && date.period().precision() == DatePrecision.YEAR;
        }

        String region() {
            return place != null ? place.regionCode() : near != null ? near.value() : null;
        }

        SiteKind siteKind() {
            return site != null ? site.value() : place != null ? place.siteKind() : null;
        }

        int richness() {
            return (date != null ? 1 : 0) + (region() != null ? 1 : 0) + (count != null ? 1 : 0) + (siteKind() != null ? 1 : 0);
        }

        boolean sameOccurrence(Draft o) {
            if (o.type() != type() || distinct || o.distinct) {
                return false;
            }
            boolean agree = false;
            if (date != null && o.date != null) {
                if (!date.period().overlaps(o.date.period())) {
                    return false;
                }
                agree = true;
            }
            if (region() != null && o.region() != null) {
                if (!region().equals(o.region())) {
                    return false;
                }
                agree = true;
            }
            if (siteKind() != null && o.siteKind() != null) {
                if (siteKind() != o.siteKind()) {
                    return false;
                }
                agree = true;
            }
            if (count != null && o.count != null && count.value() != null && o.count.value() != null) {
                if (!counted(count).compatibleWith(counted(o.count))) {
                    return false;
                }
                agree = true;
            }
            return agree; // nothing in common is no reason to think it is the same occurrence
        }

        /** Takes the other mention's values where this draft has none, keeping its own sentence as the evidence. */
        void fillFrom(Draft o) {
            date = date != null ? date : o.date;
            count = count != null && count.value() != null ? count : (o.count != null ? o.count : count);
            if (place == null && near == null) {
                place = o.place;
                near = o.near;
            }
            site = site != null ? site : o.site;
            agencies = union(agencies, o.agencies);
            outcomes = union(outcomes, o.outcomes);
            o.mentions.stream().filter(m -> !mentions.contains(m)).forEach(mentions::add);
        }

        /** This draft with the other's values where this one has none; the richer mention's sentence is the evidence. */
        Draft absorb(Draft o) {
            Draft lead = o.richness() > richness() ? o : this;
            Draft other = lead == this ? o : this;
            if (lead.date == null || other.date != null && narrower(other.date.period(), lead.date.period())) {
                lead.date = other.date == null ? lead.date : other.date;
            }
            lead.count = lead.count != null && lead.count.value() != null ? lead.count : (other.count != null ? other.count : lead.count);
            if (lead.place == null && lead.near == null) {
                lead.place = other.place;
                lead.near = other.near;
            } else if (lead.place != null && lead.place.isRegion() && other.place != null && !other.place.isRegion()
                    && other.place.regionCode().equals(lead.place.regionCode())) {
                lead.place = other.place;
            }
            lead.site = lead.site != null ? lead.site : other.site;
            lead.agencies = union(lead.agencies, other.agencies);
            lead.outcomes = union(lead.outcomes, other.outcomes);
            other.mentions.stream().filter(m -> !lead.mentions.contains(m)).forEach(lead.mentions::add);
            return lead;
        }

        private static boolean narrower(Period a, Period b) {
            return a.precision().ordinal() < b.precision().ordinal()
                    || a.precision() == b.precision() && a.to().toEpochDay() - a.from().toEpochDay() < b.to().toEpochDay() - b.from().toEpochDay();
        }

        private static <T> List<Lexicon.Hit<T>> union(List<Lexicon.Hit<T>> a, List<Lexicon.Hit<T>> b) {
            List<Lexicon.Hit<T>> out = new ArrayList<>(a);
            b.stream().filter(h -> out.stream().noneMatch(x -> x.value().equals(h.value()))).forEach(out::add);
            return out;
        }

        private static Count counted(CountFinder.Mention c) {
            return new Count(c.value(), c.qualifier(), null);
        }

        SuggestedIncident toSuggestion(Article a) {
            List<SuggestedValue> values = new ArrayList<>();
            values.add(value(a, SuggestedValue.Part.TYPE, type().code(), trigger.start(), trigger.end()));
            Period period = date == null ? null : date.period();
            if (date != null) {
                values.add(value(a, SuggestedValue.Part.DATE, periodCode(period), date.start(), date.end()));
            }
            String locality = null;
            if (place != null) {
                values.add(value(a, SuggestedValue.Part.REGION, place.regionCode(), place.start(), place.end()));
                if (!place.isRegion()) {
                    locality = "ru".equals(a.language) ? place.localityRu() : place.localityEn();
                    values.add(value(a, SuggestedValue.Part.LOCALITY, locality, place.start(), place.end()));
                }
            } else if (near != null) {
                values.add(value(a, SuggestedValue.Part.REGION, near.value(), near.start(), near.end()));
            }
            SiteKind siteKind = siteKind();
            if (site != null) {
                values.add(value(a, SuggestedValue.Part.SITE, site.value().code(), site.start(), site.end()));
            } else if (siteKind != null) {
                values.add(value(a, SuggestedValue.Part.SITE, siteKind.code(), place.start(), place.end()));
            }
            Count c = Count.unknown();
            if (count != null) {
                c = new Count(count.value(), count.qualifier(), unit(type()));
                values.add(value(a, SuggestedValue.Part.COUNT, count.value() == null ? count.vague() : count.qualifier().code() + " " + count.value(),
                        count.start(), count.end()));
            }
            Set<Agency> agencySet = EnumSet.noneOf(Agency.class);
            for (Lexicon.Hit<Agency> h : agencies) {
                agencySet.add(h.value());
                values.add(value(a, SuggestedValue.Part.AGENCY, h.value().code(), h.start(), h.end()));
            }
            List<Outcome> outcomeList = new ArrayList<>();
            for (Lexicon.Hit<Outcome> h : outcomes) {
                outcomeList.add(h.value());
                values.add(value(a, SuggestedValue.Part.OUTCOME, h.value().code(), h.start(), h.end()));
            }
            List<SuggestedIncident.Mention> said = mentions.stream().sorted(Comparator.comparingInt(Sentences.Sentence::start))
                    .map(m -> new SuggestedIncident.Mention(m.start(), m.end())).toList();
            return new SuggestedIncident(type(), period, new Place(region(), locality, siteKind), c, agencySet, outcomeList,
                    sentence.start(), sentence.end(), a.text.substring(sentence.start(), sentence.end()), said, values);
        }

        private static SuggestedValue value(Article a, SuggestedValue.Part part, String value, int start, int end) {
            return new SuggestedValue(part, value, start, end, a.text.substring(start, end));
        }
    }

    /** How the form and the import file write a period: a day, a month, a year, or FROM/TO. */
    static String periodCode(Period p) {
        return switch (p.precision()) {
            case YEAR -> Integer.toString(p.from().getYear());
            case MONTH -> p.month();
            case DAY -> p.from().equals(p.to()) ? p.from().toString() : p.from() + "/" + p.to();
        };
    }

    /** What the counted people are, in the words of the corpus annotations. */
    static String unit(IncidentType type) {
        return switch (type) {
            case RAID, DETENTION -> "people detained";
            case DEPORTATION -> "people deported";
            case EXPULSION_RULING -> "people ordered expelled";
            case REGISTRY_INCLUSION -> "people listed";
            case ENLISTMENT_COERCION -> "people pressed to enlist";
            case CITIZENSHIP_REVOCATION -> "people stripped of citizenship";
            case ENTRY_REFUSAL -> "people refused entry";
            case SCHOOL_REFUSAL -> "children refused";
            case VIOLENCE -> "people harmed";
            case OTHER -> "people";
        };
    }

    static boolean exact(Qualifier q) {
        return q == Qualifier.EXACT;
    }
}
