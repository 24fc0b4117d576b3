package org.shangmen.identity.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.identity.application.port.out.CodeStore;
import org.shangmen.identity.domain.CodePurpose;
import org.shangmen.identity.domain.VerificationCodePolicy;
import org.springframework.stereotype.Repository;

@Repository
class JdbiCodeStore implements CodeStore {

    private final Jdbi jdbi;

    JdbiCodeStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(StoredCode code, String requesterHash, Instant createdAt) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO identity.verification_code (id, target_hash, purpose, code_hash, requester_hash, "
                        + "created_at, expires_at, failed_attempts) VALUES (:id, :target, :purpose, :codeHash, :requester, :createdAt, :expiresAt, 0)")
                .bind("id", code.id()).bind("target", code.targetHash()).bind("purpose", code.purpose().name())
                .bind("codeHash", code.codeHash()).bind("requester", requesterHash).bind("createdAt", createdAt)
                .bind("expiresAt", code.expiresAt()).execute());
    }

    @Override
    public List<Instant> sendTimes(String targetHash, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT created_at FROM identity.verification_code "
                        + "WHERE target_hash = :target AND created_at > :since")
                .bind("target", targetHash).bind("since", since).mapTo(Instant.class).list());
    }

    @Override
    public long sendsFrom(String requesterHash, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM identity.verification_code "
                        + "WHERE requester_hash = :requester AND created_at > :since")
                .bind("requester", requesterHash).bind("since", since).mapTo(Long.class).one());
    }

    @Override
    public boolean reserveSendSlot(String targetHash, long minute) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO identity.code_send_slot (target_hash, minute_bucket) VALUES (:target, :minute) "
                        + "ON CONFLICT DO NOTHING")
                .bind("target", targetHash).bind("minute", minute).execute()) == 1;
    }

    @Override
    public Optional<StoredCode> latest(String targetHash, CodePurpose purpose) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, target_hash, purpose, code_hash, expires_at, failed_attempts, consumed_at "
                        + "FROM identity.verification_code WHERE target_hash = :target AND purpose = :purpose "
                        + "ORDER BY created_at DESC, id DESC LIMIT 1")
                .bind("target", targetHash).bind("purpose", purpose.name())
                .map((rs, ctx) -> new StoredCode(rs.getObject("id", UUID.class), rs.getString("target_hash"),
                        CodePurpose.valueOf(rs.getString("purpose")), rs.getString("code_hash"),
                        rs.getObject("expires_at", java.time.OffsetDateTime.class).toInstant(), rs.getInt("failed_attempts"),
                        rs.getObject("consumed_at") != null))
                .findOne());
    }

    @Override
    public void recordWrongEntry(UUID codeId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE identity.verification_code SET failed_attempts = failed_attempts + 1 WHERE id = :id")
                .bind("id", codeId).execute());
    }

    @Override
    public boolean consume(UUID codeId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE identity.verification_code SET consumed_at = :now "
                        + "WHERE id = :id AND consumed_at IS NULL AND expires_at > :now AND failed_attempts < :max")
                .bind("id", codeId).bind("now", now).bind("max", VerificationCodePolicy.MAX_WRONG_ENTRIES).execute()) == 1;
    }
}
