package org.rightsdesk.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.accounts.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything dated across a user's cases: deadlines the regime rules derive from a client's facts
 * (an appeal window after an expulsion ruling, a patent payment), deadlines entered by hand,
 * hearings, tasks, and reminders to re-check the controlled persons register. The calendar puts
 * overdue items first, then this week, then what follows.
 */
@Service
public class Deadlines {

    /** A stored deadline. {@code label} is the sealed description of a manual one (null for others or unseen). */
    public record Deadline(long id, String source, String kind, LocalDate dueOn, LocalDate inPersonBy, Long caseId,
                           String caseReference, long clientId, Long factId, String label, boolean done) {
    }

    /**
     * One line of the calendar. {@code kind}: a regime obligation kind (e.g. {@code expulsion_appeal}),
     * {@code manual}, {@code hearing}, {@code task} or {@code registry_check}. {@code clientName} and
     * {@code detail} are personal and null for roles that may not see them.
     */
    public record Item(LocalDate due, LocalTime time, String kind, String source, Long caseId, String caseReference,
                       long clientId, String clientReference, String clientName, String detail, LocalDate inPersonBy,
                       String uid) {

        /** The reference an outsider sees: the case, or the client file when no case is involved. */
        public String reference() {
            return caseReference != null ? caseReference : clientReference;
        }
    }

    public record Calendar(LocalDate today, List<Item> overdue, List<Item> thisWeek, List<Item> later) {
        public boolean empty() {
            return overdue.isEmpty() && thisWeek.isEmpty() && later.isEmpty();
        }
    }

    /** How far ahead the calendar looks. */
    static final int HORIZON_DAYS = 120;

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final Access access;
    private final AuditLog audit;
    private final ClientRecords records;
    private final RegimeLink regime;
    private final Clock clock;

    Deadlines(JdbcClient jdbc, Sealing sealing, Access access, AuditLog audit, ClientRecords records, RegimeLink regime,
              Clock clock) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.access = access;
        this.audit = audit;
        this.records = records;
        this.regime = regime;
        this.clock = clock;
    }

    /**
     * Replaces the client's regime-derived deadlines with what the rules say now. Called in the
     * transaction of every change to the client's facts, so the two never disagree.
     */
    @Transactional
    public void refreshRegime(long clientId) {
        jdbc.sql("DELETE FROM deadlines WHERE client_id = ? AND source = 'regime'").param(clientId).update();
        Long primaryCase = jdbc.sql("SELECT id FROM cases WHERE client_id = ? AND status <> 'closed' ORDER BY id LIMIT 1")
                .param(clientId).query(Long.class).optional().orElse(null);
        Timestamp now = Timestamp.from(clock.instant());
        for (RegimeLink.Due d : regime.due(clientId, LocalDate.now(clock))) {
            Long caseId = primaryCase;
            if (d.factId() != null) {
                Long linked = jdbc.sql("SELECT case_id FROM client_facts WHERE id = ?").param(d.factId())
                        .query(Long.class).optional().orElse(null);
                caseId = linked != null ? linked : primaryCase;
            }
            jdbc.sql("INSERT INTO deadlines (client_id, case_id, source, kind, fact_id, due_on, in_person_by, created_at) "
                            + "VALUES (?, ?, 'regime', ?, ?, ?, ?, ?)")
                    .params(clientId, caseId, d.kind(), d.factId(), d.dueOn().toString(),
                            d.inPersonBy() == null ? null : d.inPersonBy().toString(), now)
                    .update();
        }
    }

    List<Deadline> forCase(long caseId, boolean personal) {
        return jdbc.sql("SELECT d.id, d.source, d.kind, d.due_on, d.in_person_by, d.case_id, k.reference, d.client_id, d.fact_id, "
                        + "d.label, d.done_at FROM deadlines d LEFT JOIN cases k ON k.id = d.case_id WHERE d.case_id = ? "
                        + "ORDER BY d.done_at IS NOT NULL, d.due_on")
                .param(caseId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    String person = rs.getString(5);
                    long fact = rs.getLong(9);
                    Long factId = rs.wasNull() ? null : fact;
                    return new Deadline(id, rs.getString(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                            person == null ? null : LocalDate.parse(person), caseId, rs.getString(7), rs.getLong(8), factId,
                            personal ? sealing.openText("deadlines", "label", id, rs.getBytes(10)) : null, rs.getTimestamp(11) != null);
                }).list();
    }

    /** The user's calendar on {@code today}. Audited as one read. */
    public Calendar calendar(UserAccount user, LocalDate today) {
        Access.requireDesk(user);
        sealing.requireUnsealed();
        List<Item> items = items(user, today, today.plusDays(HORIZON_DAYS));
        audit.record(user.username(), "calendar.read", "user", String.valueOf(user.id()));
        LocalDate weekEnd = today.plusDays(7);
        return new Calendar(today,
                items.stream().filter(i -> i.due().isBefore(today)).toList(),
                items.stream().filter(i -> !i.due().isBefore(today) && i.due().isBefore(weekEnd)).toList(),
                items.stream().filter(i -> !i.due().isBefore(weekEnd)).toList());
    }

    /** Every open dated item the user may see, due up to {@code until} (overdue ones included), soonest first. */
    List<Item> items(UserAccount user, LocalDate today, LocalDate until) {
        boolean personal = Access.maySeePersonalData(user);
        List<Long> cases = access.visibleCaseIds(user);
        List<Long> clients = access.visibleClientIds(user);
        Set<Long> caseSet = cases == null ? null : Set.copyOf(cases);
        Set<Long> clientSet = clients == null ? null : Set.copyOf(clients);
        List<Item> out = new ArrayList<>();

        jdbc.sql("SELECT d.id, d.source, d.kind, d.due_on, d.in_person_by, d.case_id, k.reference, d.client_id, c.reference, d.label "
                        + "FROM deadlines d JOIN clients c ON c.id = d.client_id LEFT JOIN cases k ON k.id = d.case_id "
                        + "WHERE d.done_at IS NULL AND d.due_on <= ?")
                .param(until.toString())
                .query(rs -> {
                    long id = rs.getLong(1);
                    long caseId = rs.getLong(6);
                    Long c = rs.wasNull() ? null : caseId;
                    long clientId = rs.getLong(8);
                    if (!visible(c, clientId, caseSet, clientSet)) {
                        return;
                    }
                    String person = rs.getString(5);
                    out.add(new Item(LocalDate.parse(rs.getString(4)), null, rs.getString(3), rs.getString(2), c, rs.getString(7),
                            clientId, rs.getString(9), null,
                            personal ? sealing.openText("deadlines", "label", id, rs.getBytes(10)) : null,
                            person == null ? null : LocalDate.parse(person), "deadline-" + id));
                });

        jdbc.sql("SELECT h.id, h.scheduled_on, h.scheduled_time, h.case_id, k.reference, k.client_id, c.reference, p.kind "
                        + "FROM hearings h JOIN cases k ON k.id = h.case_id JOIN clients c ON c.id = k.client_id "
                        + "JOIN proceedings p ON p.id = h.proceeding_id "
                        + "WHERE h.outcome IS NULL AND h.scheduled_on >= ? AND h.scheduled_on <= ?")
                .params(today.toString(), until.toString())
                .query(rs -> {
                    long caseId = rs.getLong(4);
                    if (caseSet != null && !caseSet.contains(caseId)) {
                        return;
                    }
                    String time = rs.getString(3);
                    out.add(new Item(LocalDate.parse(rs.getString(2)), time == null ? null : LocalTime.parse(time), "hearing", "hearing",
                            caseId, rs.getString(5), rs.getLong(6), rs.getString(7), null, null, null, "hearing-" + rs.getLong(1)));
                });

        jdbc.sql("SELECT t.id, t.due_on, t.case_id, k.reference, k.client_id, c.reference, t.title FROM tasks t "
                        + "JOIN cases k ON k.id = t.case_id JOIN clients c ON c.id = k.client_id "
                        + "WHERE t.done_at IS NULL AND t.due_on IS NOT NULL AND t.due_on <= ?")
                .param(until.toString())
                .query(rs -> {
                    long id = rs.getLong(1);
                    long caseId = rs.getLong(3);
                    if (caseSet != null && !caseSet.contains(caseId)) {
                        return;
                    }
                    out.add(new Item(LocalDate.parse(rs.getString(2)), null, "task", "task", caseId, rs.getString(4), rs.getLong(5),
                            rs.getString(6), null, personal ? sealing.openText("tasks", "title", id, rs.getBytes(7)) : null, null,
                            "task-" + id));
                });

        // The client's open case comes in the same query: a second query inside the row callback would ask the pool
        // for another connection while this one is held, and enough concurrent readers would exhaust the pool.
        String openCase = "FROM cases k WHERE k.client_id = c.id AND k.status <> 'closed' ORDER BY k.id LIMIT 1";
        jdbc.sql("SELECT c.id, c.reference, c.registry_check_days, c.created_at, (SELECT MAX(r.checked_on) FROM registry_checks r "
                        + "WHERE r.client_id = c.id), (SELECT k.id " + openCase + "), (SELECT k.reference " + openCase + ") "
                        + "FROM clients c WHERE c.registry_check_days IS NOT NULL")
                .query(rs -> {
                    long clientId = rs.getLong(1);
                    if (clientSet != null && !clientSet.contains(clientId) || caseSet != null && clientSet == null) {
                        return;
                    }
                    String last = rs.getString(5);
                    LocalDate due = last == null ? LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), clock.getZone())
                            : LocalDate.parse(last).plusDays(rs.getInt(3));
                    if (!due.isAfter(until)) {
                        long openCaseId = rs.getLong(6);
                        Long caseId = rs.wasNull() ? null : openCaseId;
                        out.add(new Item(due, null, "registry_check", "registry", caseId, rs.getString(7),
                                clientId, rs.getString(2), null, null, null, "registry-" + clientId));
                    }
                });

        if (personal) {
            var names = out.stream().map(Item::clientId).distinct()
                    .collect(Collectors.toMap(id -> id, records::name));
            out.replaceAll(i -> new Item(i.due(), i.time(), i.kind(), i.source(), i.caseId(), i.caseReference(), i.clientId(),
                    i.clientReference(), names.get(i.clientId()), i.detail(), i.inPersonBy(), i.uid()));
        }
        out.sort(Comparator.comparing(Item::due).thenComparing(i -> i.time() == null ? LocalTime.MIN : i.time())
                .thenComparing(Item::uid));
        return out;
    }

    private static boolean visible(Long caseId, long clientId, Set<Long> cases, Set<Long> clients) {
        if (caseId != null) {
            return cases == null || cases.contains(caseId);
        }
        return clients == null ? cases == null : clients.contains(clientId);
    }

}
