package org.rightsdesk.cases;

import java.util.List;

import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what on the case desk. Admins: everything. Lawyers: the cases whose
 * team includes them, and the clients of those cases (or that they created). Viewers: case
 * references, kinds, statuses and dates, never personal data. Monitors: nothing here.
 * While the vault is sealed nobody changes anything: every change passes
 * {@link #checkChangeCase} or {@link #checkClient}, which refuse first.
 */
@Component
class Access {

    private final JdbcClient jdbc;
    private final Sealing sealing;

    Access(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    static boolean maySeePersonalData(UserAccount user) {
        return user.role() == Role.ADMIN || user.role() == Role.LAWYER;
    }

    static void requireDesk(UserAccount user) {
        if (user.role() == Role.MONITOR) {
            throw new CaseProblem("forbidden", "The case desk is not open to monitors");
        }
    }

    static void requirePersonal(UserAccount user) {
        if (!maySeePersonalData(user)) {
            throw new CaseProblem("forbidden", "Your role may not see personal data");
        }
    }

    boolean onTeam(UserAccount user, long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM case_team WHERE case_id = ? AND user_id = ?").params(caseId, user.id())
                .query(Long.class).single() > 0;
    }

    /** May see the case at all (personal parts need {@link #maySeePersonalData} too). */
    boolean maySeeCase(UserAccount user, long caseId) {
        return switch (user.role()) {
            case ADMIN, VIEWER -> true;
            case LAWYER -> onTeam(user, caseId);
            case MONITOR -> false;
        };
    }

    void checkCase(UserAccount user, long caseId) {
        if (!maySeeCase(user, caseId)) {
            throw CaseProblem.notFound("case");
        }
    }

    void checkChangeCase(UserAccount user, long caseId) {
        sealing.requireUnsealed(); // a sealed server changes nothing, even what needs no key (status, team, deletions)
        if (jdbc.sql("SELECT COUNT(*) FROM cases WHERE id = ?").param(caseId).query(Long.class).single() == 0) {
            throw CaseProblem.notFound("case"); // admins pass every other check: an unknown case is not found, not a crash
        }
        if (!(user.role() == Role.ADMIN || (user.role() == Role.LAWYER && onTeam(user, caseId)))) {
            throw maySeeCase(user, caseId) ? CaseProblem.forbidden() : CaseProblem.notFound("case");
        }
    }

    boolean maySeeClient(UserAccount user, long clientId) {
        if (user.role() == Role.ADMIN) {
            return true;
        }
        if (user.role() != Role.LAWYER) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM clients c WHERE c.id = ? AND (c.created_by = ? OR EXISTS ("
                        + "SELECT 1 FROM cases k JOIN case_team t ON t.case_id = k.id WHERE k.client_id = c.id AND t.user_id = ?))")
                .params(clientId, user.id(), user.id()).query(Long.class).single() > 0;
    }

    void checkClient(UserAccount user, long clientId) {
        sealing.requireUnsealed();
        if (!maySeeClient(user, clientId)) {
            throw CaseProblem.notFound("client");
        }
    }

    /** Ids of the clients the user may see, or null for "all" (admins). */
    List<Long> visibleClientIds(UserAccount user) {
        if (user.role() == Role.ADMIN) {
            return null;
        }
        if (user.role() != Role.LAWYER) {
            return List.of();
        }
        return jdbc.sql("SELECT c.id FROM clients c WHERE c.created_by = ? OR EXISTS ("
                        + "SELECT 1 FROM cases k JOIN case_team t ON t.case_id = k.id WHERE k.client_id = c.id AND t.user_id = ?) ORDER BY c.id")
                .params(user.id(), user.id()).query(Long.class).list();
    }

    /** Ids of the cases the user may see, or null for "all" (admins, viewers). */
    List<Long> visibleCaseIds(UserAccount user) {
        return switch (user.role()) {
            case ADMIN, VIEWER -> null;
            case LAWYER -> jdbc.sql("SELECT case_id FROM case_team WHERE user_id = ? ORDER BY case_id").param(user.id())
                    .query(Long.class).list();
            case MONITOR -> List.of();
        };
    }
}
