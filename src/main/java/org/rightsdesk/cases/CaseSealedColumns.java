package org.rightsdesk.cases;

import java.util.List;

import org.rightsdesk.vault.SealedColumn;
import org.springframework.stereotype.Component;

/** Every column the case desk seals (see {@link Sealing}); the vault re-encrypts them after a key rotation. */
@Component
class CaseSealedColumns implements SealedColumn.Registry {

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(
                new SealedColumn("clients", "full_name"), new SealedColumn("clients", "birth_date"),
                new SealedColumn("clients", "citizenship"), new SealedColumn("clients", "sex"),
                new SealedColumn("clients", "passport"), new SealedColumn("clients", "phone"),
                new SealedColumn("clients", "address"), new SealedColumn("clients", "notes"),
                new SealedColumn("cases", "summary"), new SealedColumn("client_facts", "details"),
                new SealedColumn("registry_checks", "result"), new SealedColumn("case_parties", "name"),
                new SealedColumn("case_parties", "details"), new SealedColumn("proceedings", "court"),
                new SealedColumn("proceedings", "number"), new SealedColumn("hearings", "place"),
                new SealedColumn("hearings", "outcome_note"), new SealedColumn("tasks", "title"),
                new SealedColumn("case_notes", "body"), new SealedColumn("attachments", "file_name"),
                new SealedColumn("attachments", "content"), new SealedColumn("deadlines", "label"));
    }
}
