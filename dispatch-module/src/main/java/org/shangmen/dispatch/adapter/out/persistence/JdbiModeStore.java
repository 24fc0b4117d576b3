package org.shangmen.dispatch.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.dispatch.api.AssignmentModes.ModeView;
import org.shangmen.dispatch.application.port.out.ModeStore;
import org.shangmen.dispatch.domain.AssignmentMode;
import org.springframework.stereotype.Repository;

@Repository
class JdbiModeStore implements ModeStore {

    private final Jdbi jdbi;

    JdbiModeStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<ModeView> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT scope, scope_key, mode, updated_by, updated_at FROM dispatch.assignment_mode "
                        + "ORDER BY scope, scope_key")
                .map((rs, ctx) -> new ModeView(rs.getString("scope"), rs.getString("scope_key"), rs.getString("mode"),
                        rs.getObject("updated_by", UUID.class), JdbiCaseStore.instant(rs, "updated_at").orElseThrow()))
                .list());
    }

    @Override
    public void put(String scope, String key, AssignmentMode mode, UUID operatorId, Instant at) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("UPDATE dispatch.assignment_mode SET mode = :mode, updated_by = :by, updated_at = :at "
                            + "WHERE scope = :scope AND scope_key = :key")
                    .bind("mode", mode.name()).bind("by", operatorId).bind("at", at).bind("scope", scope).bind("key", key).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO dispatch.assignment_mode (scope, scope_key, mode, updated_by, updated_at) "
                                + "VALUES (:scope, :key, :mode, :by, :at) ON CONFLICT DO NOTHING")
                        .bind("mode", mode.name()).bind("by", operatorId).bind("at", at).bind("scope", scope).bind("key", key).execute();
            }
        });
    }

    @Override
    public void remove(String scope, String key) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM dispatch.assignment_mode WHERE scope = :scope AND scope_key = :key")
                .bind("scope", scope).bind("key", key).execute());
    }
}
