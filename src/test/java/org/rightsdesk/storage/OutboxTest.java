package org.rightsdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class OutboxTest {

    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void enqueueAllAddsOneEntryPerIdInOrderAcrossBatches() {
        String type = "outbox-test-" + UUID.randomUUID();
        List<Long> ids = LongStream.rangeClosed(1, 2_345).map(i -> 10_000 - i).boxed().toList(); // more than one batch, descending
        long pending = outbox.pending();
        transactions.executeWithoutResult(tx -> outbox.enqueueAll(type, ids));
        assertThat(outbox.pending()).isEqualTo(pending + ids.size());
        assertThat(entityIds(type)).isEqualTo(ids);
    }

    @Test
    void enqueueAllIsRolledBackWithTheChange() {
        String type = "outbox-test-" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            outbox.enqueueAll(type, List.of(1L, 2L, 3L));
            tx.setRollbackOnly();
        });
        assertThat(entityIds(type)).isEmpty();
    }

    @Test
    void enqueueAllNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.enqueueAll("outbox-test-" + UUID.randomUUID(), List.of(1L)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void enqueueAllOfNothingWritesNothing() {
        long pending = outbox.pending();
        transactions.executeWithoutResult(tx -> outbox.enqueueAll("outbox-test-" + UUID.randomUUID(), List.of()));
        assertThat(outbox.pending()).isEqualTo(pending);
    }

    private List<Long> entityIds(String type) {
        return jdbc.sql("SELECT entity_id FROM outbox WHERE entity_type = ? ORDER BY id").param(type).query(Long.class).list();
    }
}
