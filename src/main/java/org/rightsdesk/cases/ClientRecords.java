package org.rightsdesk.cases;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a client's sealed records (facts, register checks, name) for the services that need
 * them; no access checks or auditing here: callers do both.
 */
@Component
class ClientRecords {

    private final JdbcClient jdbc;
    private final Sealing sealing;

    ClientRecords(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    List<ClientDesk.StoredFact> facts(long clientId) {
        return jdbc.sql("SELECT f.id, f.kind, f.case_id, k.reference, f.details FROM client_facts f "
                        + "LEFT JOIN cases k ON k.id = f.case_id WHERE f.client_id = ? ORDER BY f.id")
                .param(clientId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    String kind = rs.getString(2);
                    long caseId = rs.getLong(3);
                    Long c = rs.wasNull() ? null : caseId;
                    return new ClientDesk.StoredFact(id, kind, c, rs.getString(4),
                            sealing.openJson("client_facts", "details", id, rs.getBytes(5), MigrationFact.type(kind)));
                }).list();
    }

    List<ClientDesk.RegistryCheckView> checks(long clientId) {
        return jdbc.sql("SELECT r.id, r.checked_on, u.username, r.result FROM registry_checks r "
                        + "LEFT JOIN users u ON u.id = r.checked_by WHERE r.client_id = ? ORDER BY r.checked_on DESC, r.id DESC")
                .param(clientId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    ClientDesk.CheckResult r = sealing.openJson("registry_checks", "result", id, rs.getBytes(4),
                            ClientDesk.CheckResult.class);
                    return new ClientDesk.RegistryCheckView(id, LocalDate.parse(rs.getString(2)), rs.getString(3), r.listed(),
                            r.listedSince(), r.source(), r.note());
                }).list();
    }

    /** Profile fields the regime reads: citizenship, sex, birth date (any may be null). */
    record Profile(String citizenship, String sex, LocalDate birthDate) {
    }

    Profile profile(long clientId) {
        return jdbc.sql("SELECT citizenship, sex, birth_date FROM clients WHERE id = ?").param(clientId)
                .query((rs, n) -> {
                    String born = sealing.openText(ClientDesk.TABLE, "birth_date", clientId, rs.getBytes(3));
                    return new Profile(sealing.openText(ClientDesk.TABLE, "citizenship", clientId, rs.getBytes(1)),
                            sealing.openText(ClientDesk.TABLE, "sex", clientId, rs.getBytes(2)),
                            born == null ? null : LocalDate.parse(born));
                }).optional().orElseThrow(() -> CaseProblem.notFound("client"));
    }

    String name(long clientId) {
        byte[] sealed = jdbc.sql("SELECT full_name FROM clients WHERE id = ?").param(clientId).query(byte[].class)
                .optional().orElse(null);
        return sealing.openText(ClientDesk.TABLE, "full_name", clientId, sealed);
    }
}
