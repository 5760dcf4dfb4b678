package org.rightsdesk.cases;

import org.rightsdesk.vault.Vault;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case desk's one door to the vault: every personal value goes in and out through here,
 * sealed for its exact place ({@code table.column:id}). Structured values are sealed as JSON.
 */
@Component
class Sealing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Vault vault;

    Sealing(Vault vault) {
        this.vault = vault;
    }

    byte[] text(String table, String column, long id, String value) {
        return value == null || value.isEmpty() ? null : vault.encryptText(Vault.field(table, column, id), value);
    }

    String openText(String table, String column, long id, byte[] sealed) {
        return vault.decryptText(Vault.field(table, column, id), sealed);
    }

    byte[] bytes(String table, String column, long id, byte[] value) {
        return vault.encrypt(Vault.field(table, column, id), value);
    }

    byte[] openBytes(String table, String column, long id, byte[] sealed) {
        return vault.decrypt(Vault.field(table, column, id), sealed);
    }

    byte[] json(String table, String column, long id, Object value) {
        return value == null ? null : vault.encrypt(Vault.field(table, column, id), JSON.writeValueAsBytes(value));
    }

    <T> T openJson(String table, String column, long id, byte[] sealed, Class<T> type) {
        byte[] plain = vault.decrypt(Vault.field(table, column, id), sealed);
        return plain == null ? null : JSON.readValue(plain, type);
    }

    void requireUnsealed() {
        vault.requireUnsealed();
    }
}
