package org.rightsdesk.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.accounts.RateLimits;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.vault.BlindIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients of the case desk: intake with a duplicate check, the client file with its migration
 * facts and register checks, lookup by name or document number through blind indexes. Every
 * read and change of personal data is written to the audit log (by record id, never content).
 */
@Service
public class ClientDesk {

    static final String TABLE = "clients";

    /**
     * A possible duplicate found at intake, as the user may know it: {@code accessible}, the user
     * may open it; {@code reason} ("name", "document") is given only to those who review
     * duplicates (admins, the intake coordinator), never to others.
     */
    public record Match(long id, String reference, boolean accessible, String reason) {
    }

    /**
     * Outcome of intake: the new client's id, or — nothing created — the possible duplicates the
     * user may see, whether others exist that they may not ({@code hiddenDuplicates}: they learn
     * only that, and whom to ask, {@code askWhom}: the intake coordinator's name, or null for the
     * administrators).
     */
    public record Intake(Long createdId, List<Match> possibleDuplicates, boolean hiddenDuplicates, String askWhom) {
        public boolean created() {
            return createdId != null;
        }

        public boolean warned() {
            return !possibleDuplicates.isEmpty() || hiddenDuplicates;
        }
    }

    /** A client created despite a possible duplicate, waiting for a reviewer's decision. */
    public record DuplicateQuestion(long id, long clientId, String clientReference, long matchedId, String matchedReference,
                                    String reason, Instant flaggedAt) {
    }

    /** A line of a client list. */
    public record ClientSummary(long id, String reference, String fullName, LocalDate birthDate, String citizenship) {
    }

    /** A stored migration fact; {@code caseReference} names the case it was entered in, if any. */
    public record StoredFact(long id, String kind, Long caseId, String caseReference, MigrationFact fact) {
    }

    /** A look at the controlled persons register. */
    public record RegistryCheckView(long id, LocalDate checkedOn, String checkedBy, boolean listed, LocalDate listedSince,
                                    String source, String note) {
    }

    /** The sealed part of a register check. */
    record CheckResult(boolean listed, LocalDate listedSince, String source, String note) {
    }

    /** The client file as shown to someone allowed to see it. */
    public record ClientView(long id, String reference, String fullName, LocalDate birthDate, String citizenship,
                             String sex, String passport, String phone, String address, String notes,
                             Integer registryCheckDays, LocalDate nextRegistryCheck, Instant createdAt,
                             List<StoredFact> facts, List<RegistryCheckView> registryChecks,
                             List<CaseDesk.CaseSummary> cases) {

        /** The form pre-filled with the current values, for editing. */
        public ClientForm form() {
            return new ClientForm(fullName, birthDate == null ? "" : birthDate.toString(), citizenship, sex, passport,
                    phone, address, notes, registryCheckDays == null ? "" : registryCheckDays.toString());
        }
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final BlindIndex index;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;
    private final CaseDesk cases;
    private final Deadlines deadlines;
    private final ClientRecords records;
    private final RegimeLink regime;
    private final RateLimits rateLimits;
    private final String coordinator;
    private final int checksPerHour;

    ClientDesk(JdbcClient jdbc, Sealing sealing, BlindIndex index, Access access, AuditLog audit, Clock clock,
               CaseDesk cases, Deadlines deadlines, ClientRecords records, RegimeLink regime, RateLimits rateLimits,
               @Value("${rightsdesk.cases.intake-coordinator:}") String coordinator,
               @Value("${rightsdesk.cases.intake-checks-per-hour:20}") int checksPerHour) {
        this.rateLimits = rateLimits;
        this.coordinator = coordinator == null || coordinator.isBlank() ? null : coordinator.strip().toLowerCase(Locale.ROOT);
        this.checksPerHour = checksPerHour;
        this.records = records;
        this.regime = regime;
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.index = index;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.cases = cases;
        this.deadlines = deadlines;
    }

    // ---- intake and editing --------------------------------------------------------------------

    /**
     * Takes in a new client. Unless {@code duplicateConfirmed}, a client with the same name (and
     * no different birth date) or the same passport number stops the intake: nothing is stored.
     * What the user learns depends on who they are: a reviewer (admin, intake coordinator) sees
     * each match and why; anyone else sees the matches they may open anyway, and otherwise only
     * that a possible duplicate exists and whom to ask — not the other record's reference, not
     * which field matched — since the answer to "is this person already here?" must not be
     * something one can ask at will. The check is rate-limited per user; the audit log names each
     * record matched. Confirmed intakes with matches wait for a reviewer ({@link #openQuestions}).
     */
    @Transactional
    public Intake create(ClientForm form, boolean duplicateConfirmed, UserAccount actor) {
        Access.requirePersonal(actor);
        Checked c = check(form);
        List<Match> matches = List.of();
        if (!duplicateConfirmed) {
            if (!mayReview(actor) && !rateLimits.tryAcquire("intake-check:" + actor.id(), checksPerHour, Duration.ofHours(1))) {
                throw new CaseProblem("intake_checks", "Too many duplicate checks in the last hour; wait, or ask the intake coordinator",
                        checksPerHour);
            }
            matches = possibleDuplicates(c, null, actor);
            if (!matches.isEmpty()) {
                for (Match m : matches) {
                    audit.record(actor.username(), "client.duplicate_warning", TABLE, String.valueOf(m.id()));
                }
                return asSeenBy(actor, matches);
            }
        } else {
            matches = possibleDuplicates(c, null, actor);
        }
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO clients (created_at, created_by, updated_at) VALUES (?, ?, ?)")
                .params(Timestamp.from(now), actor.id(), Timestamp.from(now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("UPDATE clients SET reference = ? WHERE id = ?").params(String.format(Locale.ROOT, "CL-%04d", id), id).update();
        write(id, c);
        audit.record(actor.username(), "client.created", TABLE, String.valueOf(id));
        for (Match m : matches) {
            jdbc.sql("INSERT INTO intake_duplicates (client_id, matched_id, reason, flagged_by, flagged_at) VALUES (?, ?, ?, ?, ?)")
                    .params(id, m.id(), m.reason(), actor.id(), Timestamp.from(now)).update();
            audit.record(actor.username(), "client.duplicate_flagged", TABLE, String.valueOf(m.id()));
        }
        return new Intake(id, List.of(), false, null);
    }

    /** Admins and the configured intake coordinator see duplicate matches and decide on them. */
    public boolean mayReview(UserAccount user) {
        return user.role() == Role.ADMIN
                || (coordinator != null && user.role() == Role.LAWYER && coordinator.equals(user.username()));
    }

    private Intake asSeenBy(UserAccount actor, List<Match> matches) {
        if (mayReview(actor)) {
            return new Intake(null, matches, false, coordinator);
        }
        List<Match> visible = matches.stream().filter(Match::accessible)
                .map(m -> new Match(m.id(), m.reference(), true, null)).toList();
        return new Intake(null, visible, visible.size() < matches.size(), coordinator);
    }

    /** Clients created despite a possible duplicate, not yet decided on (reviewers only). */
    public List<DuplicateQuestion> openQuestions(UserAccount actor) {
        requireReviewer(actor);
        return jdbc.sql("SELECT d.id, d.client_id, c.reference, d.matched_id, m.reference, d.reason, d.flagged_at "
                        + "FROM intake_duplicates d JOIN clients c ON c.id = d.client_id JOIN clients m ON m.id = d.matched_id "
                        + "WHERE d.decided_at IS NULL ORDER BY d.id")
                .query((rs, n) -> new DuplicateQuestion(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** A reviewer decides whether the two records are the same person ("same") or not ("different"). */
    @Transactional
    public void decide(long questionId, String decision, UserAccount actor) {
        requireReviewer(actor);
        String d = Codes.check("decision", decision, List.of("same", "different"));
        int updated = jdbc.sql("UPDATE intake_duplicates SET decision = ?, decided_by = ?, decided_at = ? WHERE id = ? AND decided_at IS NULL")
                .params(d, actor.id(), Timestamp.from(clock.instant()), questionId).update();
        if (updated == 0) {
            throw CaseProblem.notFound("question");
        }
        audit.record(actor.username(), "client.duplicate_decided:" + d, "intake_duplicate", String.valueOf(questionId));
    }

    private void requireReviewer(UserAccount actor) {
        if (!mayReview(actor)) {
            throw CaseProblem.forbidden();
        }
    }

    @Transactional
    public void update(long id, ClientForm form, UserAccount actor) {
        Access.requirePersonal(actor);
        access.checkClient(actor, id);
        Checked c = check(form);
        write(id, c);
        audit.record(actor.username(), "client.updated", TABLE, String.valueOf(id));
    }

    /** The validated, normalised form. */
    private record Checked(String fullName, LocalDate birthDate, String citizenship, String sex, String passport,
                           String phone, String address, String notes, Integer registryCheckDays) {
    }

    private Checked check(ClientForm f) {
        String name = MigrationFact.text("fullName", f.fullName(), 200);
        if (name == null || name.codePoints().noneMatch(Character::isLetter)) {
            throw new CaseProblem("name_missing", "fullName: a name with at least one letter is required", "fullName");
        }
        LocalDate born = DateInput.optional("birthDate", f.birthDate());
        DateInput.notFuture("birthDate", born, LocalDate.now(clock));
        String citizenship = MigrationFact.text("citizenship", f.citizenship(), 60);
        if (citizenship != null) {
            citizenship = citizenship.toUpperCase(Locale.ROOT);
            if (!citizenship.matches("[A-Z]{2}")) {
                throw new CaseProblem("citizenship", "citizenship: '" + f.citizenship()
                        + "' is not a two-letter country code (UZ, TJ, KG, KZ …)", "citizenship");
            }
        }
        String days = f.registryCheckDays();
        Integer every = days == null || days.isBlank() ? null : MigrationFact.number("registryCheckDays", days, 1, 365);
        return new Checked(name, born, citizenship, Codes.optional("sex", f.sex(), Codes.SEXES),
                MigrationFact.text("passport", f.passport(), 60), MigrationFact.text("phone", f.phone(), 60),
                MigrationFact.text("address", f.address(), 500), MigrationFact.text("notes", f.notes(), 20_000), every);
    }

    private void write(long id, Checked c) {
        jdbc.sql("UPDATE clients SET full_name = ?, birth_date = ?, citizenship = ?, sex = ?, passport = ?, phone = ?, "
                        + "address = ?, notes = ?, registry_check_days = ?, updated_at = ? WHERE id = ?")
                .params(sealing.text(TABLE, "full_name", id, c.fullName()),
                        sealing.text(TABLE, "birth_date", id, c.birthDate() == null ? null : c.birthDate().toString()),
                        sealing.text(TABLE, "citizenship", id, c.citizenship()),
                        sealing.text(TABLE, "sex", id, c.sex()),
                        sealing.text(TABLE, "passport", id, c.passport()),
                        sealing.text(TABLE, "phone", id, c.phone()),
                        sealing.text(TABLE, "address", id, c.address()),
                        sealing.text(TABLE, "notes", id, c.notes()),
                        c.registryCheckDays(), Timestamp.from(clock.instant()), id)
                .update();
        jdbc.sql("DELETE FROM client_index WHERE client_id = ? AND fact_id IS NULL").param(id).update();
        addIndex(id, BlindIndex.Kind.NAME, index.name(c.fullName()), null);
        for (String w : index.nameWords(c.fullName())) {
            addIndex(id, BlindIndex.Kind.NAME_WORD, w, null);
        }
        addIndex(id, BlindIndex.Kind.DOCUMENT, index.document(c.passport()), null);
    }

    private void addIndex(long clientId, BlindIndex.Kind kind, String digest, Long factId) {
        if (digest != null) {
            jdbc.sql("INSERT INTO client_index (client_id, kind, digest, fact_id) VALUES (?, ?, ?, ?)")
                    .params(clientId, kind.code(), digest, factId).update();
        }
    }

    private List<Match> possibleDuplicates(Checked c, Long except, UserAccount actor) {
        Set<Long> byName = new LinkedHashSet<>(idsWith(BlindIndex.Kind.NAME, index.name(c.fullName())));
        Set<Long> byDocument = new LinkedHashSet<>(idsWith(BlindIndex.Kind.DOCUMENT, index.document(c.passport())));
        List<Match> out = new ArrayList<>();
        Set<Long> all = new LinkedHashSet<>(byDocument);
        all.addAll(byName);
        for (long id : all) {
            if (except != null && except == id) {
                continue;
            }
            if (!byDocument.contains(id) && c.birthDate() != null) {
                LocalDate theirs = birthDate(id);
                if (theirs != null && !theirs.equals(c.birthDate())) {
                    continue; // same name, different person
                }
            }
            out.add(new Match(id, reference(id), access.maySeeClient(actor, id), byDocument.contains(id) ? "document" : "name"));
        }
        return out;
    }

    private List<Long> idsWith(BlindIndex.Kind kind, String digest) {
        if (digest == null) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT client_id FROM client_index WHERE kind = ? AND digest = ? ORDER BY client_id")
                .params(kind.code(), digest).query(Long.class).list();
    }

    private LocalDate birthDate(long id) {
        byte[] sealed = jdbc.sql("SELECT birth_date FROM clients WHERE id = ?").param(id).query(byte[].class).optional().orElse(null);
        String text = sealing.openText(TABLE, "birth_date", id, sealed);
        return text == null ? null : LocalDate.parse(text);
    }

    String reference(long id) {
        return jdbc.sql("SELECT reference FROM clients WHERE id = ?").param(id).query(String.class).optional().orElse(null);
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The whole client file. Audited as a read of the client's personal data. */
    public ClientView view(long id, UserAccount actor) {
        Access.requirePersonal(actor);
        sealing.requireUnsealed();
        access.checkClient(actor, id);
        // Read before the client row: no query may run inside another's row callback (see StorageConfiguration).
        List<StoredFact> facts = facts(id);
        List<RegistryCheckView> checks = checks(id);
        List<CaseDesk.CaseSummary> caseList = cases.forClient(id, actor);
        ClientView v = jdbc.sql("SELECT * FROM clients WHERE id = ?").param(id)
                .query((rs, n) -> view(rs, facts, checks, caseList))
                .optional().orElseThrow(() -> CaseProblem.notFound("client"));
        audit.record(actor.username(), "client.read", TABLE, String.valueOf(id));
        return v;
    }

    private ClientView view(ResultSet rs, List<StoredFact> facts, List<RegistryCheckView> checks,
                            List<CaseDesk.CaseSummary> caseList) throws SQLException {
        long id = rs.getLong("id");
        String born = sealing.openText(TABLE, "birth_date", id, rs.getBytes("birth_date"));
        int every = rs.getInt("registry_check_days");
        Integer days = rs.wasNull() ? null : every;
        Instant created = rs.getTimestamp("created_at").toInstant();
        return new ClientView(id, rs.getString("reference"), sealing.openText(TABLE, "full_name", id, rs.getBytes("full_name")),
                born == null ? null : LocalDate.parse(born), sealing.openText(TABLE, "citizenship", id, rs.getBytes("citizenship")),
                sealing.openText(TABLE, "sex", id, rs.getBytes("sex")), sealing.openText(TABLE, "passport", id, rs.getBytes("passport")),
                sealing.openText(TABLE, "phone", id, rs.getBytes("phone")), sealing.openText(TABLE, "address", id, rs.getBytes("address")),
                sealing.openText(TABLE, "notes", id, rs.getBytes("notes")), days,
                nextCheck(days, checks.isEmpty() ? null : checks.get(0).checkedOn(), created),
                created, facts, checks, caseList);
    }

    LocalDate nextCheck(Integer days, LocalDate lastChecked, Instant created) {
        if (days == null) {
            return null;
        }
        LocalDate from = lastChecked != null ? lastChecked : LocalDate.ofInstant(created, clock.getZone());
        return lastChecked == null ? from : from.plusDays(days);
    }

    /** Clients the user may see, with names: for the client list. Audited once per listing. */
    public List<ClientSummary> list(UserAccount actor) {
        Access.requirePersonal(actor);
        sealing.requireUnsealed();
        List<Long> visible = access.visibleClientIds(actor);
        List<ClientSummary> out = summaries(visible);
        audit.record(actor.username(), "client.list_read", TABLE, null);
        return out;
    }

    /**
     * Exact-match lookup by name (any spelling, Cyrillic or Latin; every word typed must match a
     * word of the name) or by document number. Only clients the user may see are returned.
     */
    public List<ClientSummary> search(String query, UserAccount actor) {
        Access.requirePersonal(actor);
        sealing.requireUnsealed();
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        Set<Long> found = new LinkedHashSet<>(idsWith(BlindIndex.Kind.DOCUMENT, index.document(q)));
        Set<Long> byWords = null;
        for (String w : index.nameWords(q)) {
            Set<Long> ids = new LinkedHashSet<>(idsWith(BlindIndex.Kind.NAME_WORD, w));
            if (byWords == null) {
                byWords = ids;
            } else {
                byWords.retainAll(ids);
            }
        }
        if (byWords != null) {
            found.addAll(byWords);
        }
        List<Long> visible = access.visibleClientIds(actor);
        List<Long> ids = found.stream().filter(id -> visible == null || visible.contains(id)).toList();
        audit.record(actor.username(), "client.searched", TABLE, null);
        return ids.isEmpty() ? List.of() : summaries(ids);
    }

    private List<ClientSummary> summaries(List<Long> ids) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        String where = ids == null ? "" : " WHERE id IN (" + String.join(",", ids.stream().map(String::valueOf).toList()) + ")";
        List<ClientSummary> out = jdbc.sql("SELECT id, reference, full_name, birth_date, citizenship FROM clients" + where + " ORDER BY id")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    String born = sealing.openText(TABLE, "birth_date", id, rs.getBytes("birth_date"));
                    return new ClientSummary(id, rs.getString("reference"), sealing.openText(TABLE, "full_name", id, rs.getBytes("full_name")),
                            born == null ? null : LocalDate.parse(born), sealing.openText(TABLE, "citizenship", id, rs.getBytes("citizenship")));
                }).list();
        return out.stream().sorted(Comparator.comparing(s -> s.fullName() == null ? "" : s.fullName().toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * What the regime rules say about the client on {@code on} (status, obligations and deadlines,
     * restrictions), recomputed from the stored facts on every call, or which facts keep the rules
     * from saying it. The caller has already read the client file (and so been audited).
     */
    public RegimeAssessment assessment(long id, LocalDate on, UserAccount actor) {
        Access.requirePersonal(actor);
        access.checkClient(actor, id);
        return regime.assess(id, on);
    }

    // ---- migration facts -----------------------------------------------------------------------

    List<StoredFact> facts(long clientId) {
        return records.facts(clientId);
    }

    /**
     * Adds a fact from form fields; {@code caseId} links it to the case it was entered in (a ruling
     * entered on a case page). The regime deadlines of the client are recomputed at once.
     */
    @Transactional
    public long addFact(long clientId, Long caseId, String kind, Map<String, String> form, UserAccount actor) {
        Access.requirePersonal(actor);
        access.checkClient(actor, clientId);
        if (caseId != null) {
            access.checkChangeCase(actor, caseId);
            Long owner = jdbc.sql("SELECT client_id FROM cases WHERE id = ?").param(caseId).query(Long.class).optional().orElse(null);
            if (owner == null || owner != clientId) {
                throw CaseProblem.notFound("case");
            }
        }
        MigrationFact fact = MigrationFact.fromForm(kind, form, LocalDate.now(clock));
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO client_facts (client_id, case_id, kind, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(clientId, caseId, fact.kind(), Timestamp.from(now), actor.id(), Timestamp.from(now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        storeFact(clientId, id, fact);
        audit.record(actor.username(), "fact.created", "client_fact", String.valueOf(id));
        deadlines.refreshRegime(clientId);
        return id;
    }

    @Transactional
    public void updateFact(long clientId, long factId, Map<String, String> form, UserAccount actor) {
        Access.requirePersonal(actor);
        access.checkClient(actor, clientId);
        String kind = factKind(clientId, factId);
        MigrationFact fact = MigrationFact.fromForm(kind, form, LocalDate.now(clock));
        jdbc.sql("UPDATE client_facts SET updated_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), factId).update();
        storeFact(clientId, factId, fact);
        audit.record(actor.username(), "fact.updated", "client_fact", String.valueOf(factId));
        deadlines.refreshRegime(clientId);
    }

    @Transactional
    public void deleteFact(long clientId, long factId, UserAccount actor) {
        Access.requirePersonal(actor);
        access.checkClient(actor, clientId);
        factKind(clientId, factId);
        jdbc.sql("DELETE FROM client_index WHERE fact_id = ?").param(factId).update();
        jdbc.sql("DELETE FROM deadlines WHERE fact_id = ?").param(factId).update();
        jdbc.sql("DELETE FROM client_facts WHERE id = ?").param(factId).update();
        audit.record(actor.username(), "fact.deleted", "client_fact", String.valueOf(factId));
        deadlines.refreshRegime(clientId);
    }

    /** One fact, for its edit form. */
    public StoredFact fact(long clientId, long factId, UserAccount actor) {
        Access.requirePersonal(actor);
        access.checkClient(actor, clientId);
        StoredFact f = facts(clientId).stream().filter(s -> s.id() == factId).findFirst()
                .orElseThrow(() -> CaseProblem.notFound("fact"));
        audit.record(actor.username(), "fact.read", "client_fact", String.valueOf(factId));
        return f;
    }

    private String factKind(long clientId, long factId) {
        return jdbc.sql("SELECT kind FROM client_facts WHERE id = ? AND client_id = ?").params(factId, clientId)
                .query(String.class).optional().orElseThrow(() -> CaseProblem.notFound("fact"));
    }

    private void storeFact(long clientId, long factId, MigrationFact fact) {
        jdbc.sql("UPDATE client_facts SET details = ? WHERE id = ?")
                .params(sealing.json("client_facts", "details", factId, fact), factId).update();
        jdbc.sql("DELETE FROM client_index WHERE fact_id = ?").param(factId).update();
        addIndex(clientId, BlindIndex.Kind.DOCUMENT, index.document(fact.documentNumber()), factId);
        if (fact instanceof MigrationFact.Child child && child.name() != null) {
            // a child's name finds the parent's file too
            for (String w : index.nameWords(child.name())) {
                addIndex(clientId, BlindIndex.Kind.NAME_WORD, w, factId);
            }
        }
    }

    // ---- the controlled persons register -------------------------------------------------------

    List<RegistryCheckView> checks(long clientId) {
        return records.checks(clientId);
    }

    /** Records who looked at the register, when, and what they found; deadlines follow. */
    @Transactional
    public long recordRegistryCheck(long clientId, Map<String, String> form, UserAccount actor) {
        Access.requirePersonal(actor);
        access.checkClient(actor, clientId);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = DateInput.required("checkedOn", form.get("checkedOn"));
        DateInput.notFuture("checkedOn", on, today);
        boolean listed = "listed".equals(Codes.check("result", form.get("result"), List.of("listed", "not_listed")));
        LocalDate since = listed ? DateInput.optional("listedSince", form.get("listedSince")) : null;
        DateInput.notFuture("listedSince", since, today);
        CheckResult result = new CheckResult(listed, since, Codes.optional("source", form.get("source"), Codes.REGISTRY_SOURCES),
                MigrationFact.text("note", form.get("note"), 2000));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO registry_checks (client_id, checked_on, checked_by, created_at) VALUES (?, ?, ?, ?)")
                .params(clientId, on.toString(), actor.id(), Timestamp.from(clock.instant())).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("UPDATE registry_checks SET result = ? WHERE id = ?")
                .params(sealing.json("registry_checks", "result", id, result), id).update();
        audit.record(actor.username(), "registry_check.recorded", "registry_check", String.valueOf(id));
        deadlines.refreshRegime(clientId);
        return id;
    }
}
