package org.rightsdesk.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: a client's matter of one kind, worked by a team, with parties, proceedings and
 * hearings, rulings, tasks, notes, attachments and deadlines. Lawyers see and change only the
 * cases whose team includes them; viewers see the skeleton (reference, kind, status, dates)
 * without any personal data. Every read of a case file and every change is audited.
 */
@Service
public class CaseDesk {

    static final String TABLE = "cases";

    public record CaseSummary(long id, String reference, String kind, String status, LocalDate openedOn, long clientId,
                              String clientReference, String clientName) {
    }

    public record Member(long userId, String username) {
    }

    public record Party(long id, String role, String name, String details) {
    }

    public record Hearing(long id, long proceedingId, LocalDate date, LocalTime time, String place, String outcome,
                          String outcomeNote) {
    }

    public record Proceeding(long id, String kind, String court, String number, List<Hearing> hearings) {
    }

    public record Task(long id, String title, LocalDate due, String assignee, Instant doneAt, String doneBy) {
        public boolean done() {
            return doneAt != null;
        }
    }

    public record Note(long id, String body, Instant createdAt, String author) {
    }

    public record Attachment(long id, String fileName, String contentType, long size, Instant createdAt, String uploadedBy) {
    }

    /** A file to send back: name, stored (detected) type and the opened bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /**
     * A case file. For viewers {@code personal} is false and every personal field is null or empty.
     */
    public record CaseView(long id, String reference, String kind, String status, LocalDate openedOn, LocalDate closedOn,
                           long clientId, String clientReference, String clientName, String summary, boolean personal,
                           boolean mayChange, List<Member> team, List<Party> parties, List<Proceeding> proceedings,
                           List<ClientDesk.StoredFact> rulings, List<Task> tasks, List<Note> notes,
                           List<Attachment> attachments, List<Deadlines.Deadline> deadlines) {
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final Access access;
    private final AuditLog audit;
    private final AccountService accounts;
    private final ClientRecords records;
    private final Deadlines deadlines;
    private final Clock clock;
    private final long maxAttachmentBytes;

    CaseDesk(JdbcClient jdbc, Sealing sealing, Access access, AuditLog audit, AccountService accounts,
             ClientRecords records, Deadlines deadlines, Clock clock,
             @Value("${rightsdesk.cases.max-attachment-mb:10}") long maxAttachmentMb) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.access = access;
        this.audit = audit;
        this.accounts = accounts;
        this.records = records;
        this.deadlines = deadlines;
        this.clock = clock;
        this.maxAttachmentBytes = maxAttachmentMb * 1_048_576L;
    }

    /** The upload limit in bytes. */
    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    // ---- cases ---------------------------------------------------------------------------------

    /** Opens a case for a client; whoever opens it joins its team. */
    @Transactional
    public long create(long clientId, String kind, String openedOn, String summary, UserAccount actor) {
        Access.requirePersonal(actor);
        access.checkClient(actor, clientId);
        String k = Codes.check("kind", kind, Codes.CASE_KINDS);
        LocalDate opened = openedOn == null || openedOn.isBlank() ? LocalDate.now(clock) : DateInput.required("openedOn", openedOn);
        DateInput.notFuture("openedOn", opened, LocalDate.now(clock));
        String text = MigrationFact.text("summary", summary, 20_000);
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO cases (client_id, kind, status, opened_on, created_at, created_by, updated_at) VALUES (?, ?, 'open', ?, ?, ?, ?)")
                .params(clientId, k, opened.toString(), Timestamp.from(now), actor.id(), Timestamp.from(now)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("UPDATE cases SET reference = ?, summary = ? WHERE id = ?")
                .params(String.format(Locale.ROOT, "C-%d-%04d", opened.getYear(), id), sealing.text(TABLE, "summary", id, text), id)
                .update();
        jdbc.sql("INSERT INTO case_team (case_id, user_id, added_at) VALUES (?, ?, ?)").params(id, actor.id(), Timestamp.from(now)).update();
        audit.record(actor.username(), "case.created", TABLE, String.valueOf(id));
        deadlines.refreshRegime(clientId);
        return id;
    }

    /** The cases the user may see, newest first; client names only for roles that may see them. */
    public List<CaseSummary> list(UserAccount actor) {
        Access.requireDesk(actor);
        sealing.requireUnsealed();
        List<Long> visible = access.visibleCaseIds(actor);
        if (visible != null && visible.isEmpty()) {
            return List.of();
        }
        String where = visible == null ? "" : " WHERE k.id IN (" + join(visible) + ")";
        List<CaseSummary> out = summaries(where, actor);
        audit.record(actor.username(), "case.list_read", TABLE, null);
        return out;
    }

    List<CaseSummary> forClient(long clientId, UserAccount actor) {
        List<Long> visible = access.visibleCaseIds(actor);
        String where = " WHERE k.client_id = " + clientId + (visible == null ? "" : visible.isEmpty() ? " AND 1 = 0" : " AND k.id IN (" + join(visible) + ")");
        return summaries(where, actor);
    }

    private List<CaseSummary> summaries(String where, UserAccount actor) {
        List<CaseSummary> rows = jdbc.sql("SELECT k.id, k.reference, k.kind, k.status, k.opened_on, k.client_id, c.reference FROM cases k "
                        + "JOIN clients c ON c.id = k.client_id" + where + " ORDER BY k.opened_on DESC, k.id DESC")
                .query((rs, n) -> new CaseSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        LocalDate.parse(rs.getString(5)), rs.getLong(6), rs.getString(7), null))
                .list();
        if (!Access.maySeePersonalData(actor)) {
            return rows;
        }
        // Names after the rows are read: no query inside another's row callback (see StorageConfiguration).
        Map<Long, String> names = new HashMap<>();
        return rows.stream().map(r -> new CaseSummary(r.id(), r.reference(), r.kind(), r.status(), r.openedOn(), r.clientId(),
                r.clientReference(), names.computeIfAbsent(r.clientId(), records::name))).toList();
    }

    private record CaseRow(long clientId, String reference, String kind, String status, LocalDate openedOn, LocalDate closedOn,
                           String clientReference, byte[] summary) {
    }

    /** The case file. Audited as a read (of personal data, for roles that see it). */
    public CaseView view(long id, UserAccount actor) {
        Access.requireDesk(actor);
        sealing.requireUnsealed();
        access.checkCase(actor, id);
        boolean personal = Access.maySeePersonalData(actor);
        boolean mayChange = actor.role() == Role.ADMIN || (actor.role() == Role.LAWYER && access.onTeam(actor, id));
        // The case row first; everything else after its result set is closed (no query inside a row callback).
        CaseRow row = jdbc.sql("SELECT k.*, c.reference AS client_reference FROM cases k JOIN clients c ON c.id = k.client_id WHERE k.id = ?")
                .param(id)
                .query((rs, n) -> {
                    String closed = rs.getString("closed_on");
                    return new CaseRow(rs.getLong("client_id"), rs.getString("reference"), rs.getString("kind"), rs.getString("status"),
                            LocalDate.parse(rs.getString("opened_on")), closed == null ? null : LocalDate.parse(closed),
                            rs.getString("client_reference"), rs.getBytes("summary"));
                })
                .optional().orElseThrow(() -> CaseProblem.notFound("case"));
        long clientId = row.clientId();
        CaseView v = new CaseView(id, row.reference(), row.kind(), row.status(), row.openedOn(), row.closedOn(), clientId,
                row.clientReference(), personal ? records.name(clientId) : null,
                personal ? sealing.openText(TABLE, "summary", id, row.summary()) : null, personal, mayChange,
                team(id), personal ? parties(id) : List.of(), proceedings(id, personal),
                personal ? records.facts(clientId).stream().filter(f -> id == (f.caseId() == null ? -1 : f.caseId())
                        && f.kind().equals("ruling")).toList() : List.of(),
                personal ? tasks(id) : List.of(), personal ? notes(id) : List.of(),
                personal ? attachments(id) : List.of(), deadlines.forCase(id, personal));
        audit.record(actor.username(), personal ? "case.read" : "case.read_without_personal_data", TABLE, String.valueOf(id));
        return v;
    }

    @Transactional
    public void setStatus(long id, String status, UserAccount actor) {
        access.checkChangeCase(actor, id);
        String s = Codes.check("status", status, Codes.CASE_STATUSES);
        jdbc.sql("UPDATE cases SET status = ?, closed_on = ?, updated_at = ? WHERE id = ?")
                .params(s, s.equals("closed") ? LocalDate.now(clock).toString() : null, Timestamp.from(clock.instant()), id).update();
        audit.record(actor.username(), "case.status:" + s, TABLE, String.valueOf(id));
    }

    @Transactional
    public void updateSummary(long id, String summary, UserAccount actor) {
        access.checkChangeCase(actor, id);
        jdbc.sql("UPDATE cases SET summary = ?, updated_at = ? WHERE id = ?")
                .params(sealing.text(TABLE, "summary", id, MigrationFact.text("summary", summary, 20_000)),
                        Timestamp.from(clock.instant()), id).update();
        audit.record(actor.username(), "case.updated", TABLE, String.valueOf(id));
    }

    // ---- team ----------------------------------------------------------------------------------

    List<Member> team(long caseId) {
        return jdbc.sql("SELECT u.id, u.username FROM case_team t JOIN users u ON u.id = t.user_id WHERE t.case_id = ? ORDER BY u.username")
                .param(caseId).query((rs, n) -> new Member(rs.getLong(1), rs.getString(2))).list();
    }

    @Transactional
    public void addTeamMember(long caseId, String username, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        UserAccount member = accounts.find(username).filter(UserAccount::enabled)
                .orElseThrow(() -> new CaseProblem("user_unknown", "No active user named '" + username + "'", username));
        if (member.role() != Role.LAWYER && member.role() != Role.ADMIN) {
            throw new CaseProblem("team_role", "Only lawyers and administrators can join a case team", member.username());
        }
        jdbc.sql("INSERT INTO case_team (case_id, user_id, added_at) VALUES (?, ?, ?) ON CONFLICT (case_id, user_id) DO NOTHING")
                .params(caseId, member.id(), Timestamp.from(clock.instant())).update();
        audit.record(actor.username(), "case.team_added:" + member.id(), TABLE, String.valueOf(caseId));
    }

    @Transactional
    public void removeTeamMember(long caseId, long userId, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        if (team(caseId).size() <= 1) {
            throw new CaseProblem("team_last", "A case keeps at least one team member");
        }
        jdbc.sql("DELETE FROM case_team WHERE case_id = ? AND user_id = ?").params(caseId, userId).update();
        audit.record(actor.username(), "case.team_removed:" + userId, TABLE, String.valueOf(caseId));
    }

    // ---- parties -------------------------------------------------------------------------------

    List<Party> parties(long caseId) {
        return jdbc.sql("SELECT id, role, name, details FROM case_parties WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new Party(id, rs.getString(2), sealing.openText("case_parties", "name", id, rs.getBytes(3)),
                            sealing.openText("case_parties", "details", id, rs.getBytes(4)));
                }).list();
    }

    @Transactional
    public long addParty(long caseId, String role, String name, String details, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        String r = Codes.check("role", role, Codes.PARTY_ROLES);
        String n = MigrationFact.text("name", name, 200);
        if (n == null) {
            throw new CaseProblem("required", "name: required", "name");
        }
        long id = insert("INSERT INTO case_parties (case_id, role, created_at) VALUES (?, ?, ?)", caseId, r, now());
        jdbc.sql("UPDATE case_parties SET name = ?, details = ? WHERE id = ?")
                .params(sealing.text("case_parties", "name", id, n),
                        sealing.text("case_parties", "details", id, MigrationFact.text("details", details, 2000)), id).update();
        audit.record(actor.username(), "party.created", "case_party", String.valueOf(id));
        return id;
    }

    // ---- proceedings and hearings --------------------------------------------------------------

    List<Proceeding> proceedings(long caseId, boolean personal) {
        List<Hearing> hearings = jdbc.sql("SELECT id, proceeding_id, scheduled_on, scheduled_time, place, outcome, outcome_note "
                        + "FROM hearings WHERE case_id = ? ORDER BY scheduled_on, scheduled_time")
                .param(caseId).query((rs, n) -> {
                    long id = rs.getLong(1);
                    String time = rs.getString(4);
                    return new Hearing(id, rs.getLong(2), LocalDate.parse(rs.getString(3)), time == null ? null : LocalTime.parse(time),
                            personal ? sealing.openText("hearings", "place", id, rs.getBytes(5)) : null, rs.getString(6),
                            personal ? sealing.openText("hearings", "outcome_note", id, rs.getBytes(7)) : null);
                }).list();
        return jdbc.sql("SELECT id, kind, court, number FROM proceedings WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new Proceeding(id, rs.getString(2),
                            personal ? sealing.openText("proceedings", "court", id, rs.getBytes(3)) : null,
                            personal ? sealing.openText("proceedings", "number", id, rs.getBytes(4)) : null,
                            hearings.stream().filter(h -> h.proceedingId() == id).toList());
                }).list();
    }

    @Transactional
    public long addProceeding(long caseId, String kind, String court, String number, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        String k = Codes.check("kind", kind, Codes.PROCEEDING_KINDS);
        long id = insert("INSERT INTO proceedings (case_id, kind, created_at) VALUES (?, ?, ?)", caseId, k, now());
        jdbc.sql("UPDATE proceedings SET court = ?, number = ? WHERE id = ?")
                .params(sealing.text("proceedings", "court", id, MigrationFact.text("court", court, 300)),
                        sealing.text("proceedings", "number", id, MigrationFact.text("number", number, 60)), id).update();
        audit.record(actor.username(), "proceeding.created", "proceeding", String.valueOf(id));
        return id;
    }

    @Transactional
    public long addHearing(long caseId, long proceedingId, String date, String time, String place, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        requireChild("proceedings", proceedingId, caseId);
        LocalDate on = DateInput.required("date", date);
        LocalTime at = DateInput.time("time", time);
        long id = insert("INSERT INTO hearings (proceeding_id, case_id, scheduled_on, scheduled_time, created_at) VALUES (?, ?, ?, ?, ?)",
                proceedingId, caseId, on.toString(), at == null ? null : at.toString(), now());
        jdbc.sql("UPDATE hearings SET place = ? WHERE id = ?")
                .params(sealing.text("hearings", "place", id, MigrationFact.text("place", place, 300)), id).update();
        audit.record(actor.username(), "hearing.created", "hearing", String.valueOf(id));
        return id;
    }

    @Transactional
    public void recordOutcome(long caseId, long hearingId, String outcome, String note, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        requireChild("hearings", hearingId, caseId);
        jdbc.sql("UPDATE hearings SET outcome = ?, outcome_note = ? WHERE id = ?")
                .params(Codes.check("outcome", outcome, Codes.HEARING_OUTCOMES),
                        sealing.text("hearings", "outcome_note", hearingId, MigrationFact.text("note", note, 5000)), hearingId)
                .update();
        audit.record(actor.username(), "hearing.outcome", "hearing", String.valueOf(hearingId));
    }

    // ---- tasks and notes -----------------------------------------------------------------------

    List<Task> tasks(long caseId) {
        return jdbc.sql("SELECT t.id, t.title, t.due_on, a.username, t.done_at, d.username FROM tasks t "
                        + "LEFT JOIN users a ON a.id = t.assignee_id LEFT JOIN users d ON d.id = t.done_by "
                        + "WHERE t.case_id = ? ORDER BY t.done_at IS NOT NULL, t.due_on, t.id")
                .param(caseId).query((rs, n) -> {
                    long id = rs.getLong(1);
                    String due = rs.getString(3);
                    Timestamp done = rs.getTimestamp(5);
                    return new Task(id, sealing.openText("tasks", "title", id, rs.getBytes(2)), due == null ? null : LocalDate.parse(due),
                            rs.getString(4), done == null ? null : done.toInstant(), rs.getString(6));
                }).list();
    }

    @Transactional
    public long addTask(long caseId, String title, String due, String assignee, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        String t = MigrationFact.text("title", title, 500);
        if (t == null) {
            throw new CaseProblem("required", "title: required", "title");
        }
        LocalDate d = DateInput.optional("due", due);
        Long assigneeId = null;
        if (assignee != null && !assignee.isBlank()) {
            assigneeId = accounts.find(assignee).filter(UserAccount::enabled).map(UserAccount::id)
                    .orElseThrow(() -> new CaseProblem("user_unknown", "No active user named '" + assignee + "'", assignee));
        }
        long id = insert("INSERT INTO tasks (case_id, due_on, assignee_id, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                caseId, d == null ? null : d.toString(), assigneeId, now(), actor.id());
        jdbc.sql("UPDATE tasks SET title = ? WHERE id = ?").params(sealing.text("tasks", "title", id, t), id).update();
        audit.record(actor.username(), "task.created", "task", String.valueOf(id));
        return id;
    }

    @Transactional
    public void completeTask(long caseId, long taskId, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        requireChild("tasks", taskId, caseId);
        jdbc.sql("UPDATE tasks SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL").params(now(), actor.id(), taskId).update();
        audit.record(actor.username(), "task.done", "task", String.valueOf(taskId));
    }

    List<Note> notes(long caseId) {
        return jdbc.sql("SELECT n.id, n.body, n.created_at, u.username FROM case_notes n LEFT JOIN users u ON u.id = n.created_by "
                        + "WHERE n.case_id = ? ORDER BY n.id DESC")
                .param(caseId).query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new Note(id, sealing.openText("case_notes", "body", id, rs.getBytes(2)), rs.getTimestamp(3).toInstant(),
                            rs.getString(4));
                }).list();
    }

    @Transactional
    public long addNote(long caseId, String body, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        String b = MigrationFact.text("body", body, 50_000);
        if (b == null) {
            throw new CaseProblem("required", "body: required", "body");
        }
        long id = insert("INSERT INTO case_notes (case_id, created_at, created_by) VALUES (?, ?, ?)", caseId, now(), actor.id());
        jdbc.sql("UPDATE case_notes SET body = ? WHERE id = ?").params(sealing.text("case_notes", "body", id, b), id).update();
        audit.record(actor.username(), "note.created", "case_note", String.valueOf(id));
        return id;
    }

    // ---- attachments ---------------------------------------------------------------------------

    List<Attachment> attachments(long caseId) {
        return jdbc.sql("SELECT a.id, a.file_name, a.content_type, a.size_bytes, a.created_at, u.username FROM attachments a "
                        + "LEFT JOIN users u ON u.id = a.created_by WHERE a.case_id = ? ORDER BY a.id")
                .param(caseId).query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new Attachment(id, sealing.openText("attachments", "file_name", id, rs.getBytes(2)), rs.getString(3),
                            rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getString(6));
                }).list();
    }

    /**
     * Stores a file, sealed. Its type is read from its bytes; too large, empty, or not a
     * document or picture is refused with nothing stored.
     */
    @Transactional
    public long upload(long caseId, String fileName, byte[] content, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        // Keep only the last path segment: some browsers send the full path.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String type = UploadCheck.contentType(name, content, maxAttachmentBytes);
        long id = insert("INSERT INTO attachments (case_id, content_type, size_bytes, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                caseId, type, (long) content.length, now(), actor.id());
        jdbc.sql("UPDATE attachments SET file_name = ?, content = ? WHERE id = ?")
                .params(sealing.text("attachments", "file_name", id, name), sealing.bytes("attachments", "content", id, content), id)
                .update();
        audit.record(actor.username(), "attachment.uploaded", "attachment", String.valueOf(id));
        return id;
    }

    public Download download(long caseId, long attachmentId, UserAccount actor) {
        Access.requirePersonal(actor);
        access.checkCase(actor, caseId);
        Download d = jdbc.sql("SELECT file_name, content_type, content FROM attachments WHERE id = ? AND case_id = ?")
                .params(attachmentId, caseId)
                .query((rs, n) -> new Download(sealing.openText("attachments", "file_name", attachmentId, rs.getBytes(1)),
                        rs.getString(2), sealing.openBytes("attachments", "content", attachmentId, rs.getBytes(3))))
                .optional().orElseThrow(() -> CaseProblem.notFound("attachment"));
        audit.record(actor.username(), "attachment.downloaded", "attachment", String.valueOf(attachmentId));
        return d;
    }

    @Transactional
    public void deleteAttachment(long caseId, long attachmentId, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        requireChild("attachments", attachmentId, caseId);
        jdbc.sql("DELETE FROM attachments WHERE id = ?").param(attachmentId).update();
        audit.record(actor.username(), "attachment.deleted", "attachment", String.valueOf(attachmentId));
    }

    // ---- manual deadlines and rulings ----------------------------------------------------------

    @Transactional
    public long addDeadline(long caseId, String due, String label, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        LocalDate d = DateInput.required("due", due);
        String l = MigrationFact.text("label", label, 500);
        if (l == null) {
            throw new CaseProblem("required", "label: required", "label");
        }
        long clientId = clientOf(caseId);
        long id = insert("INSERT INTO deadlines (client_id, case_id, source, kind, due_on, created_at) VALUES (?, ?, 'manual', 'manual', ?, ?)",
                clientId, caseId, d.toString(), now());
        jdbc.sql("UPDATE deadlines SET label = ? WHERE id = ?").params(sealing.text("deadlines", "label", id, l), id).update();
        audit.record(actor.username(), "deadline.created", "deadline", String.valueOf(id));
        return id;
    }

    @Transactional
    public void completeDeadline(long caseId, long deadlineId, UserAccount actor) {
        access.checkChangeCase(actor, caseId);
        int n = jdbc.sql("UPDATE deadlines SET done_at = ? WHERE id = ? AND case_id = ? AND source = 'manual' AND done_at IS NULL")
                .params(now(), deadlineId, caseId).update();
        if (n == 0) {
            throw CaseProblem.notFound("deadline");
        }
        audit.record(actor.username(), "deadline.done", "deadline", String.valueOf(deadlineId));
    }

    /** The client a case belongs to. */
    public long clientOf(long caseId) {
        return jdbc.sql("SELECT client_id FROM cases WHERE id = ?").param(caseId).query(Long.class).optional()
                .orElseThrow(() -> CaseProblem.notFound("case"));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private long insert(String sql, Object... params) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private void requireChild(String table, long id, long caseId) {
        long n = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = ? AND case_id = ?").params(id, caseId).query(Long.class).single();
        if (n == 0) {
            throw CaseProblem.notFound(table);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String join(List<Long> ids) {
        List<String> out = new ArrayList<>();
        ids.forEach(i -> out.add(String.valueOf(i)));
        return String.join(",", out);
    }
}
