package org.rightsdesk.monitor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.storage.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitor desk's register of incidents: coding from a source with supporting quotes, finding
 * likely duplicates before saving, merging (all sources kept) or keeping apart with the decision
 * recorded, choosing which of the sources' disagreeing counts is counted, verification and
 * publication. Every change writes, in one transaction, the incident, its running statistics,
 * an outbox entry for the search index and an audit entry (ids only, never personal data).
 */
@Service
public class IncidentRegistry {

    /** Outbox entity type for incidents. */
    public static final String ENTITY = "incident";
    /** Most duplicate candidates shown for one draft. */
    static final int MAX_CANDIDATES = 10;
    private static final int MAX_DESCRIPTION = 4000;

    private final IncidentRepository repo;
    private final SourceCatalog sources;
    private final Gazetteer gazetteer;
    private final StatisticsCells cells;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    IncidentRegistry(IncidentRepository repo, SourceCatalog sources, Gazetteer gazetteer, StatisticsCells cells, Outbox outbox,
                     AuditLog audit, Clock clock) {
        this.repo = repo;
        this.sources = sources;
        this.gazetteer = gazetteer;
        this.cells = cells;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------

    public Optional<Incident> find(long id) {
        return repo.find(id);
    }

    public List<Incident> findAll(Collection<Long> ids) {
        return repo.findAll(ids);
    }

    /** The incident with its sources, claims, duplicate decisions and the incidents merged into it. */
    public Optional<IncidentFile> file(long id) {
        return repo.find(id).map(i -> new IncidentFile(i,
                repo.sourceIds(id).stream().map(sources::find).flatMap(Optional::stream).toList(),
                repo.claims(id), repo.decisions(id), repo.absorbed(id)));
    }

    public List<Incident> list(IncidentFilter filter, int offset, int limit) {
        return repo.list(filter, offset, limit);
    }

    public long count(IncidentFilter filter) {
        return repo.count(filter);
    }

    /** Ids in ascending order after {@code afterId}, merged ones included: for rebuilding derived data page by page. */
    public List<Long> idsAfter(long afterId, int limit) {
        return repo.idsAfter(afterId, limit);
    }

    /** The sources each incident cites, for many incidents at once (no query per incident). */
    public Map<Long, List<Long>> sourceIdsOf(Collection<Long> incidentIds) {
        return repo.sourceIdsOf(incidentIds);
    }

    /** Incidents (not merged away) that cite a source. */
    public List<Incident> ofSource(long sourceId) {
        return repo.findAll(repo.incidentsOfSource(sourceId));
    }

    public Optional<Incident> findByImportKey(String key) {
        return repo.findByImportKey(key);
    }

    // --- coding ----------------------------------------------------------------------------------

    /** The draft as it would be saved: region resolved from the locality, quotes found; a problem otherwise. */
    public IncidentDraft check(IncidentDraft draft) {
        return checked(draft).draft;
    }

    /** {@link #check}, finding sources through {@code sourceCache} first (an import checks many rows citing few sources). */
    IncidentDraft check(IncidentDraft draft, Map<Long, Optional<Source>> sourceCache) {
        return checked(draft, id -> sourceCache.computeIfAbsent(id, sources::find)).draft;
    }

    /**
     * Incidents on file that may be the one in the draft, best first, each with its reasons:
     * same type, and at least two of overlapping dates, same region, locality or site kind,
     * compatible counts, a shared source or the same story. Dates that cannot overlap, different
     * regions and incompatible counts rule a match out.
     */
    public List<DuplicateCandidate> likelyDuplicates(IncidentDraft draft) {
        IncidentDraft d = checked(draft).draft;
        return candidates(d.type(), d.period(), d.place(), d.count(), d.sourceId() == null ? List.of() : List.of(d.sourceId()), null);
    }

    /** Likely duplicates of an incident on file, leaving out pairs a coder has kept apart. */
    public List<DuplicateCandidate> likelyDuplicates(long incidentId) {
        Incident i = existing(incidentId);
        if (i.merged()) {
            return List.of();
        }
        return candidates(i.type(), i.period(), i.place(), i.count(), repo.sourceIds(incidentId), incidentId);
    }

    /**
     * Saves a new incident. {@code keptApartFrom} lists the candidates the coder was shown and
     * judged different; each judgement is recorded with its reasons.
     */
    @Transactional
    public Incident create(IncidentDraft draft, String by, Collection<Long> keptApartFrom) {
        Checked c = checked(draft);
        long id = insert(c, by);
        Incident created = repo.find(id).orElseThrow();
        audit.record(by, "monitor.incident.created", ENTITY, String.valueOf(id));
        for (Long other : keptApartFrom) {
            keepApart(id, other, by);
        }
        return created;
    }

    /**
     * Saves the draft and merges it into {@code targetId} at once: the draft's source, claims,
     * agencies and outcomes join the target, and the draft stays on file as merged (for the record).
     */
    @Transactional
    public Incident createAndMerge(IncidentDraft draft, long targetId, String by) {
        Incident target = existing(targetId);
        if (target.merged()) {
            throw new MonitorProblem("incident.merged", "incident " + targetId + " was itself merged into " + target.mergedInto(),
                    targetId, target.mergedInto());
        }
        Incident created = create(draft, by, List.of());
        return merge(targetId, created.id(), by);
    }

    /** One row of a batch import: its key, the coded draft and its flags. */
    record Imported(String key, IncidentDraft draft, boolean published, boolean verified) {
    }

    /**
     * Writes many imported incidents at once (import files, demo data): no duplicate check, batched
     * inserts, one update per statistics cell rather than per incident, no audit entry of its own.
     * Rows must be new (their keys not on file). Returns the new ids.
     */
    @Transactional
    List<Long> createAllImported(List<Imported> rows, String by) {
        Instant now = now();
        Map<Long, Optional<Source>> sourceCache = new HashMap<>();
        List<IncidentRepository.NewRow> newRows = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        for (Imported r : rows) {
            Checked c = checked(r.draft(), id -> sourceCache.computeIfAbsent(id, sources::find));
            checked.add(c);
            LocalDate reported = c.draft.sourceId() == null ? null : sourceCache.get(c.draft.sourceId()).map(Source::publishedOn).orElse(null);
            newRows.add(new IncidentRepository.NewRow(r.key(), c.draft, r.verified(),
                    r.verified() ? Verification.VERIFIED : Verification.SINGLE_SOURCE, r.published(), reported));
        }
        Map<String, Long> ids = repo.insertAll(newRows, now, by);
        List<long[]> cited = new ArrayList<>();
        List<Object[]> claims = new ArrayList<>();
        List<Incident> created = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            IncidentRepository.NewRow row = newRows.get(n);
            long id = ids.get(row.key());
            IncidentDraft d = row.draft();
            if (d.sourceId() != null) {
                cited.add(new long[] {id, d.sourceId()});
                claims.addAll(claimRows(id, checked.get(n), true, now, by));
            }
            created.add(new Incident(id, d.type(), d.period(), d.place(), d.count(), d.agencies(), d.identification(), d.outcomes(),
                    d.description(), row.verified(), row.verification(), row.published(), null, row.reportedOn(), row.key(), now, by, now, by));
        }
        repo.addSources(cited, now, by);
        repo.insertClaims(claims);
        cells.addAll(created);
        List<Long> createdIds = created.stream().map(Incident::id).toList();
        outbox.enqueueAll(ENTITY, createdIds);
        return createdIds;
    }

    private long insert(Checked c, String by) {
        Instant now = now();
        long id = repo.insert(new IncidentRepository.NewRow(null, c.draft, false, Verification.SINGLE_SOURCE, false, null), now, by);
        if (c.draft.sourceId() != null) {
            repo.addSource(id, c.draft.sourceId(), now, by);
            recordClaims(id, c, true, now, by);
        }
        derive(id);
        cells.add(repo.find(id).orElseThrow());
        outbox.enqueue(ENTITY, id);
        return id;
    }

    /** Changes the coded values; quotes in the draft (from its source) are added as claims. */
    @Transactional
    public Incident update(long id, IncidentDraft draft, String by) {
        Checked c = checked(draft);
        Incident before = existing(id);
        mutate(id, by, "monitor.incident.updated", () -> {
            Instant now = now();
            repo.updateCoded(id, c.draft, now, by);
            if (!Objects.equals(before.count().value(), c.draft.count().value())
                    || before.count().qualifier() != c.draft.count().qualifier()) {
                repo.markCounted(id, null); // the coder typed a number: no claim is "the counted one" any more
            }
            if (c.draft.sourceId() != null) {
                repo.addSource(id, c.draft.sourceId(), now, by);
                recordClaims(id, c, false, now, by);
            }
        });
        return repo.find(id).orElseThrow();
    }

    /**
     * Adds what another source says about one value of the incident, with its quote. For a count,
     * {@code claimed} is the number that source gives; it is shown beside the others and counted
     * only when the coder chooses it (or when the incident had no number yet).
     */
    @Transactional
    public Claim addEvidence(long id, long sourceId, CodedField field, String quote, Count claimed, String by) {
        Incident before = existing(id);
        Source source = sources.find(sourceId).orElseThrow(() -> new MonitorProblem("source.unknown",
                "source: no source with id " + sourceId, sourceId));
        Span span = quote == null || quote.isBlank() ? null : locate(source, field, quote);
        Count count = field == CodedField.COUNT ? (claimed == null ? Count.unknown() : claimed) : Count.unknown();
        if (field == CodedField.COUNT && !count.known()) {
            throw new MonitorProblem("claim.count", "count: give the number this source reports");
        }
        if (span == null && field != CodedField.COUNT) {
            throw new MonitorProblem("claim.quote", "quote: give the words of the source that support the " + field.code(), field.code());
        }
        long[] claimId = new long[1];
        mutate(id, by, "monitor.incident.evidence_added", () -> {
            Instant now = now();
            repo.addSource(id, sourceId, now, by);
            boolean countIt = field == CodedField.COUNT && !before.count().known();
            String value = field == CodedField.COUNT ? count.describe() : valueOf(field, before);
            claimId[0] = repo.insertClaim(id, sourceId, field, value, count, span, countIt, now, by);
            if (countIt) {
                repo.setCount(id, new Count(count.value(), count.qualifier(), before.count().unit()), now, by);
            }
        });
        return repo.claims(id).stream().filter(cl -> cl.id() == claimId[0]).findFirst().orElseThrow();
    }

    /** Makes one source's count the counted value of the incident (the others stay on file). */
    @Transactional
    public Incident countClaim(long id, long claimId, String by) {
        Claim claim = repo.claims(id).stream().filter(c -> c.id() == claimId && c.field() == CodedField.COUNT).findFirst()
                .orElseThrow(() -> new MonitorProblem("claim.unknown", "incident " + id + " has no count claim " + claimId, id, claimId));
        Incident before = existing(id);
        mutate(id, by, "monitor.incident.count_chosen", () -> {
            repo.setCount(id, new Count(claim.count().value(), claim.count().qualifier(), before.count().unit()), now(), by);
            repo.markCounted(id, claimId);
        });
        return repo.find(id).orElseThrow();
    }

    /** Merges {@code absorbId} into {@code keepId}: sources, claims, agencies and outcomes are kept; the decision is recorded. */
    @Transactional
    public Incident merge(long keepId, long absorbId, String by) {
        if (keepId == absorbId) {
            throw new MonitorProblem("merge.self", "an incident cannot be merged into itself");
        }
        Incident keep = existing(keepId);
        Incident absorb = existing(absorbId);
        if (keep.merged() || absorb.merged()) {
            throw new MonitorProblem("incident.merged", "incident " + (keep.merged() ? keepId : absorbId) + " is already merged",
                    keep.merged() ? keepId : absorbId, keep.merged() ? keep.mergedInto() : absorb.mergedInto());
        }
        String reasons = reasons(keep, absorb);
        cells.remove(absorb);
        mutate(keepId, by, "monitor.incident.merged", () -> {
            Instant now = now();
            repo.moveSources(absorbId, keepId, now, by);
            repo.moveClaims(absorbId, keepId);
            repo.updateCoded(keepId, combined(keep, absorb), now, by);
            if (!keep.count().known() && absorb.count().known()) {
                repo.claims(keepId).stream().filter(c -> c.field() == CodedField.COUNT && c.count().equals(
                        new Count(absorb.count().value(), absorb.count().qualifier(), null))).findFirst()
                        .ifPresent(c -> repo.markCounted(keepId, c.id()));
            }
            repo.setMergedInto(absorbId, keepId, now, by);
            repo.insertDecision(keepId, absorbId, DuplicateDecision.MERGED, reasons, now, by);
        });
        outbox.enqueue(ENTITY, absorbId);
        return repo.find(keepId).orElseThrow();
    }

    /** Records that two incidents are different although they look alike. */
    @Transactional
    public void keepApart(long a, long b, String by) {
        Incident first = existing(a);
        Incident second = existing(b);
        repo.insertDecision(a, b, DuplicateDecision.KEPT_APART, reasons(first, second), now(), by);
        audit.record(by, "monitor.incident.kept_apart", ENTITY, a + "," + b);
    }

    /** Marks the incident verified (or not) by the organisation itself. */
    @Transactional
    public Incident setVerified(long id, boolean verified, String by) {
        mutate(id, by, verified ? "monitor.incident.verified" : "monitor.incident.unverified",
                () -> repo.setVerified(id, verified, now(), by));
        return repo.find(id).orElseThrow();
    }

    /** Shows the incident on the public pages (coded values and source citations only) or withdraws it. */
    @Transactional
    public Incident setPublished(long id, boolean published, String by) {
        Incident i = existing(id);
        if (published && i.merged()) {
            throw new MonitorProblem("incident.merged", "incident " + id + " was merged into " + i.mergedInto(), id, i.mergedInto());
        }
        mutate(id, by, published ? "monitor.incident.published" : "monitor.incident.withdrawn",
                () -> repo.setPublished(id, published, now(), by));
        return repo.find(id).orElseThrow();
    }

    // --- internals -------------------------------------------------------------------------------

    /** Runs a change to one incident with its statistics, outbox and audit entries around it. */
    private void mutate(long id, String by, String action, Runnable change) {
        Incident before = existing(id);
        change.run();
        derive(id);
        cells.remove(before);
        cells.add(repo.find(id).orElseThrow());
        outbox.enqueue(ENTITY, id);
        if (action != null) {
            audit.record(by, action, ENTITY, String.valueOf(id));
        }
    }

    /** Recomputes verification status and first-reported date from the incident's sources. */
    private void derive(long id) {
        Incident i = repo.find(id).orElseThrow();
        List<Source> cited = repo.sourceIds(id).stream().map(sources::find).flatMap(Optional::stream).toList();
        LocalDate reported = cited.stream().map(Source::publishedOn).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        Verification v = i.verifiedByOrganisation() ? Verification.VERIFIED
                : independentGroups(cited) >= 2 ? Verification.CORROBORATED : Verification.SINGLE_SOURCE;
        repo.setDerived(id, v, reported);
    }

    /**
     * How many independent sources there are: reposts of one story, and several articles of one
     * publisher, count once (they are not independent witnesses).
     */
    static int independentGroups(List<Source> cited) {
        List<Set<String>> groups = new ArrayList<>();
        for (Source s : cited) {
            Set<String> keys = new HashSet<>();
            keys.add("story:" + (s.storyId() != null ? s.storyId() : "own" + s.id()));
            if (s.publisher() != null && !s.publisher().isBlank()) {
                keys.add("publisher:" + Spans.normalise(s.publisher()));
            }
            List<Set<String>> joined = groups.stream().filter(g -> g.stream().anyMatch(keys::contains)).toList();
            groups.removeAll(joined);
            joined.forEach(keys::addAll);
            groups.add(keys);
        }
        return groups.size();
    }

    private void recordClaims(long id, Checked c, boolean counted, Instant now, String by) {
        repo.insertClaims(claimRows(id, c, counted, now, by));
    }

    /** The claims a coded draft makes about its source: one per quote, and its number even without a quote. */
    private static List<Object[]> claimRows(long id, Checked c, boolean counted, Instant now, String by) {
        IncidentDraft d = c.draft;
        List<Object[]> rows = new ArrayList<>();
        boolean countQuoted = false;
        for (int n = 0; n < d.evidence().size(); n++) {
            CodedField field = d.evidence().get(n).field();
            Count count = field == CodedField.COUNT ? d.count() : Count.unknown();
            countQuoted |= field == CodedField.COUNT;
            rows.add(IncidentRepository.claimParams(id, d.sourceId(), field, valueOf(field, d), count, c.spans.get(n),
                    counted && field == CodedField.COUNT && d.count().known(), now, by));
        }
        if (!countQuoted && d.count().known()) {
            // The number still came from this source: keep it as its claim so disagreements show.
            rows.add(IncidentRepository.claimParams(id, d.sourceId(), CodedField.COUNT, d.count().describe(), d.count(), null, counted,
                    now, by));
        }
        return rows;
    }

    private List<DuplicateCandidate> candidates(IncidentType type, Period period, Place place, Count count,
                                                Collection<Long> sourceIds, Long exclude) {
        Set<Long> ownSources = new LinkedHashSet<>(sourceIds);
        Set<Long> storySources = new LinkedHashSet<>();
        for (Long s : sourceIds) {
            sources.find(s).filter(src -> src.storyId() != null)
                    .ifPresent(src -> sources.story(src.storyId()).forEach(o -> storySources.add(o.id())));
        }
        storySources.removeAll(ownSources);
        Set<Long> related = new LinkedHashSet<>(ownSources);
        related.addAll(storySources);
        List<Long> pool = repo.candidatePool(type, period, place.regionCode(), related, exclude, 200);
        Map<Long, List<Long>> poolSources = repo.sourceIdsOf(pool);
        List<DuplicateCandidate> out = new ArrayList<>();
        for (Incident other : repo.findAll(pool)) {
            if (exclude != null && repo.keptApart(exclude, other.id())) {
                continue;
            }
            List<Long> theirs = poolSources.getOrDefault(other.id(), List.of());
            List<MatchReason> reasons = match(type, period, place, count, ownSources, storySources, other, theirs);
            if (reasons != null && reasons.size() >= 3) { // "same type" plus at least two more
                out.add(new DuplicateCandidate(other, reasons));
            }
        }
        out.sort(Comparator.comparingInt((DuplicateCandidate c) -> c.reasons().size()).reversed()
                .thenComparing(c -> c.incident().id(), Comparator.reverseOrder()));
        return out.size() > MAX_CANDIDATES ? out.subList(0, MAX_CANDIDATES) : out;
    }

    /** The reasons two incidents match, or null when something rules the match out. */
    private List<MatchReason> match(IncidentType type, Period period, Place place, Count count, Set<Long> ownSources,
                                    Set<Long> storySources, Incident other, List<Long> theirSources) {
        if (other.type() != type) {
            return null;
        }
        List<MatchReason> reasons = new ArrayList<>();
        reasons.add(new MatchReason("sameType", type.code()));
        if (period != null && other.period() != null) {
            if (!period.overlaps(other.period())) {
                return null;
            }
            reasons.add(new MatchReason("datesOverlap", period.label(), other.period().label()));
        }
        Place p = other.place();
        if (place.regionCode() != null && p.regionCode() != null) {
            if (!place.regionCode().equals(p.regionCode())) {
                return null;
            }
            reasons.add(new MatchReason("sameRegion", place.regionCode()));
        }
        if (place.locality() != null && p.locality() != null) {
            if (sameLocality(place, p)) {
                reasons.add(new MatchReason("sameLocality", p.locality()));
            } else if (town(place).isPresent() && town(p).isPresent()) {
                return null; // two different towns the gazetteer knows
            }
        }
        if (place.siteKind() != null && place.siteKind() == p.siteKind()) {
            reasons.add(new MatchReason("sameSite", p.siteKind().code()));
        }
        if (count.known() && other.count().known()) {
            if (!count.compatibleWith(other.count())) {
                return null;
            }
            reasons.add(new MatchReason("countsCompatible", count.describe(), other.count().describe()));
        }
        for (Long s : theirSources) {
            if (ownSources.contains(s)) {
                reasons.add(new MatchReason("sharedSource", title(s)));
                break;
            }
        }
        for (Long s : theirSources) {
            if (storySources.contains(s)) {
                reasons.add(new MatchReason("sameStory", title(s)));
                break;
            }
        }
        return reasons;
    }

    private boolean sameLocality(Place a, Place b) {
        if (Spans.normalise(a.locality()).equals(Spans.normalise(b.locality()))) {
            return true;
        }
        // "Котельниках" and "Kotelniki" are the same town when the gazetteer says so.
        var pa = gazetteer.place(a.regionCode(), a.locality());
        var pb = gazetteer.place(b.regionCode(), b.locality());
        return pa.isPresent() && pa.equals(pb);
    }

    private Optional<Gazetteer.GazetteerPlace> town(Place p) {
        return gazetteer.place(p.regionCode(), p.locality()).filter(g -> g.kind().equals("city") || g.kind().equals("town"));
    }

    private String reasons(Incident a, Incident b) {
        List<MatchReason> r = match(a.type(), a.period(), a.place(), a.count(), new HashSet<>(repo.sourceIds(a.id())), Set.of(), b,
                repo.sourceIds(b.id()));
        return r == null ? "different type, dates, region or count" : r.stream().map(MatchReason::describe).collect(Collectors.joining("; "));
    }

    private String title(long sourceId) {
        return sources.find(sourceId).map(Source::title).orElse("#" + sourceId);
    }

    /** The survivor's values, with gaps filled from the absorbed incident and agencies and outcomes joined. */
    private static IncidentDraft combined(Incident keep, Incident absorb) {
        Set<Agency> agencies = EnumSet.noneOf(Agency.class);
        agencies.addAll(keep.agencies());
        agencies.addAll(absorb.agencies());
        Map<Outcome, OutcomeCount> outcomes = new HashMap<>();
        absorb.outcomes().forEach(o -> outcomes.put(o.outcome(), o));
        keep.outcomes().forEach(o -> outcomes.put(o.outcome(), o));
        Place k = keep.place();
        Place a = absorb.place();
        Place place = new Place(k.regionCode() != null ? k.regionCode() : a.regionCode(),
                k.locality() != null ? k.locality() : a.locality(), k.siteKind() != null ? k.siteKind() : a.siteKind());
        Count count = keep.count().known() ? keep.count() : absorb.count();
        String description = keep.description().isEmpty() ? absorb.description() : keep.description();
        return new IncidentDraft(keep.type(), keep.period() != null ? keep.period() : absorb.period(), place, count, agencies,
                keep.identification() != null ? keep.identification() : absorb.identification(),
                outcomes.values().stream().sorted(Comparator.comparing(OutcomeCount::outcome)).toList(), description, null, List.of());
    }

    /** A draft checked against the gazetteer and its source, with its quotes located. */
    private record Checked(IncidentDraft draft, List<Span> spans) {
    }

    private Checked checked(IncidentDraft d) {
        return checked(d, sources::find);
    }

    private Checked checked(IncidentDraft d, Function<Long, Optional<Source>> findSource) {
        Place place = checkedPlace(d.place());
        if (d.description().length() > MAX_DESCRIPTION) {
            throw new MonitorProblem("description.long", "description: longer than " + MAX_DESCRIPTION + " characters", MAX_DESCRIPTION);
        }
        List<Span> spans = new ArrayList<>();
        if (d.sourceId() != null) {
            Source source = findSource.apply(d.sourceId()).orElseThrow(() -> new MonitorProblem("source.unknown",
                    "source: no source with id " + d.sourceId(), d.sourceId()));
            for (Evidence e : d.evidence()) {
                spans.add(locate(source, e.field(), e.quote(), e.at()));
            }
        } else if (!d.evidence().isEmpty()) {
            throw new MonitorProblem("evidence.noSource", "quotes need the source they come from");
        }
        IncidentDraft normal = new IncidentDraft(d.type(), d.period(), place, d.count(), d.agencies(), d.identification(),
                d.outcomes(), d.description(), d.sourceId(), d.evidence());
        return new Checked(normal, spans);
    }

    private static Span locate(Source source, CodedField field, String quote) {
        return locate(source, field, quote, null);
    }

    private static Span locate(Source source, CodedField field, String quote, Integer at) {
        return Spans.locate(source.mainText(), quote, at).orElseThrow(() -> new MonitorProblem("evidence.notFound",
                "evidence for " + field.code() + ": the quote is not in the text of source " + source.id(), field.code(), source.id()));
    }

    /** Checks the region code and ties the locality to the gazetteer: fills in the region, refuses a contradiction. */
    private Place checkedPlace(Place p) {
        String region = p.regionCode();
        if (region != null) {
            region = gazetteer.findRegion(region).map(Gazetteer.Region::code).orElseThrow(() -> new MonitorProblem(
                    "region.unknown", "region: '" + p.regionCode() + "' is not a region code or name in the gazetteer", p.regionCode()));
        }
        if (p.locality() != null) {
            List<Gazetteer.GazetteerPlace> found = gazetteer.findPlaces(p.locality());
            String given = region;
            if (given == null && found.stream().map(Gazetteer.GazetteerPlace::regionCode).distinct().count() == 1) {
                region = found.get(0).regionCode();
            } else if (given != null && !found.isEmpty() && found.stream().noneMatch(g -> g.regionCode().equals(given))) {
                Gazetteer.GazetteerPlace g = found.get(0);
                throw new MonitorProblem("locality.region", "locality: " + g.nameEn() + " is in " + g.regionCode() + ", not " + given,
                        g.nameEn(), g.regionCode(), given);
            }
        }
        return new Place(region, p.locality(), p.siteKind());
    }

    /** A coded value as stored with a claim: codes, not words, so any language can show it. */
    static String valueOf(CodedField field, IncidentDraft d) {
        return switch (field) {
            case TYPE -> d.type().code();
            case DATE -> d.period() == null ? "" : d.period().label();
            case PLACE -> String.join("|", nz(d.place().regionCode()), nz(d.place().locality()),
                    d.place().siteKind() == null ? "" : d.place().siteKind().code());
            case COUNT -> d.count().describe();
            case AGENCY -> d.agencies().stream().map(Agency::code).sorted().collect(Collectors.joining(","));
            case IDENTIFICATION -> d.identification() == null ? "" : d.identification().code();
            case OUTCOME -> d.outcomes().stream().map(o -> o.outcome().code()).collect(Collectors.joining(","));
        };
    }

    private static String valueOf(CodedField field, Incident i) {
        return valueOf(field, new IncidentDraft(i.type(), i.period(), i.place(), i.count(), i.agencies(), i.identification(),
                i.outcomes(), i.description(), null, List.of()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Incident existing(long id) {
        return repo.find(id).orElseThrow(() -> new MonitorProblem("incident.unknown", "no incident with id " + id, id));
    }

    private Instant now() {
        return clock.instant();
    }
}
