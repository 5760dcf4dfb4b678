package org.rightsdesk.cases;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Where the case desk asks the regime rules about a client: it turns the stored facts into the
 * engine's input and the engine's obligations into dated deadlines. The dates come from the
 * rules only; the desk never computes a legal deadline itself.
 */
@Component
class RegimeLink {

    /** A dated obligation from the rules; {@code factId} is the fact it is about, if any. */
    record Due(String kind, Long factId, LocalDate dueOn, LocalDate inPersonBy) {
    }

    private final ClientRecords records;

    RegimeLink(ClientRecords records) {
        this.records = records;
    }

    /** Whether a regime engine is part of this build. */
    boolean available() {
        return false;
    }

    /** The open and missed obligations with a due date, as the rules see the client on {@code on}. */
    List<Due> due(long clientId, LocalDate on) {
        return List.of();
    }

    /** The engine's assessment of the client on {@code on}, or null when there is no engine. */
    Object assess(long clientId, LocalDate on) {
        return null;
    }
}
