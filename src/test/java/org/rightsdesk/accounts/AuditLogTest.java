package org.rightsdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void entriesFormAChainThatDetectsEditing() {
        audit.record("alice", "case.read", "case", "17");
        audit.record("bob", "client.updated", "client", "4");
        assertThat(audit.verify()).isEqualTo(-1);
        assertThat(audit.latest(2)).extracting(AuditLog.Entry::action).containsExactly("client.updated", "case.read");

        long id = jdbc.sql("SELECT MAX(id) FROM audit_log WHERE action = 'case.read'").query(Long.class).single();
        jdbc.sql("UPDATE audit_log SET actor = 'mallory' WHERE id = ?").param(id).update();
        try {
            assertThat(audit.verify()).isEqualTo(id);
        } finally {
            jdbc.sql("UPDATE audit_log SET actor = 'alice' WHERE id = ?").param(id).update();
        }
        assertThat(audit.verify()).isEqualTo(-1);
    }

    @Test
    void removingAnEntryBreaksTheChain() {
        audit.record("carol", "a", "x", "1");
        audit.record("carol", "b", "x", "2");
        audit.record("carol", "c", "x", "3");
        long middle = jdbc.sql("SELECT MAX(id) FROM audit_log WHERE action = 'b'").query(Long.class).single();
        var saved = jdbc.sql("SELECT at, actor, action, record_type, record_id, prev_hash, hash FROM audit_log WHERE id = ?")
                .param(middle).query().singleRow();
        jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(middle).update();
        try {
            assertThat(audit.verify()).isGreaterThan(middle);
        } finally {
            jdbc.sql("INSERT INTO audit_log (id, at, actor, action, record_type, record_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(middle, saved.get("at"), saved.get("actor"), saved.get("action"), saved.get("record_type"),
                            saved.get("record_id"), saved.get("prev_hash"), saved.get("hash"))
                    .update();
        }
    }
}
