package org.shangmen.worker.adapter.out.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.application.port.out.DocumentStore;
import org.springframework.stereotype.Repository;

/** Document and certificate rows; certificate numbers arrive and leave encrypted. */
@Repository
class JdbiDocumentStore implements DocumentStore {

    private final Jdbi jdbi;

    JdbiDocumentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insertDocument(Document d) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO worker.document (id, worker_id, kind, storage_key, content_type, size_bytes, "
                        + "width, height, created_at) VALUES (:id, :worker, :kind, :key, :type, :size, :width, :height, :createdAt)")
                .bind("id", d.id()).bind("worker", d.workerId()).bind("kind", d.kind()).bind("key", d.storageKey())
                .bind("type", d.contentType()).bind("size", d.sizeBytes()).bind("width", d.width()).bind("height", d.height())
                .bind("createdAt", d.createdAt()).execute());
    }

    @Override
    public Optional<Document> document(UUID id) {
        return one("id = :v", id);
    }

    @Override
    public Optional<Document> documentByKey(String storageKey) {
        return one("storage_key = :v", storageKey);
    }

    private Optional<Document> one(String where, Object value) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, worker_id, kind, storage_key, content_type, size_bytes, width, height, "
                        + "created_at FROM worker.document WHERE " + where)
                .bind("v", value)
                .map((rs, ctx) -> new Document(rs.getObject("id", UUID.class), rs.getObject("worker_id", UUID.class),
                        rs.getString("kind"), rs.getString("storage_key"), rs.getString("content_type"), rs.getInt("size_bytes"),
                        rs.getInt("width"), rs.getInt("height"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .findOne());
    }

    @Override
    public long documentCount(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM worker.document WHERE worker_id = :id")
                .bind("id", workerId).mapTo(Long.class).one());
    }

    @Override
    public void insertCertificate(Certificate c) {
        jdbi.useHandle(h -> {
            h.createUpdate("INSERT INTO worker.certificate (id, worker_id, type, number_cipher, issuer, valid_from, "
                            + "valid_until, document_id, created_at) VALUES (:id, :worker, :type, :number, :issuer, :from, :until, :document, :createdAt)")
                    .bind("id", c.id()).bind("worker", c.workerId()).bind("type", c.type().name()).bind("number", c.number())
                    .bind("issuer", c.issuer()).bind("from", c.validFrom()).bind("until", c.validUntil().orElse(null))
                    .bind("document", c.documentId().orElse(null)).bind("createdAt", c.createdAt()).execute();
            SearchEntries.refresh(h, c.workerId());
        });
    }

    @Override
    public List<Certificate> certificates(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, worker_id, type, number_cipher, issuer, valid_from, valid_until, "
                        + "document_id, created_at FROM worker.certificate WHERE worker_id = :id ORDER BY created_at, id")
                .bind("id", workerId)
                .map((rs, ctx) -> new Certificate(rs.getObject("id", UUID.class), rs.getObject("worker_id", UUID.class),
                        CertificateType.valueOf(rs.getString("type")), rs.getString("number_cipher"), rs.getString("issuer"),
                        rs.getObject("valid_from", LocalDate.class), Optional.ofNullable(rs.getObject("valid_until", LocalDate.class)),
                        Optional.ofNullable(rs.getObject("document_id", UUID.class)),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    @Override
    public boolean deleteCertificate(UUID workerId, UUID certificateId) {
        return jdbi.withHandle(h -> {
            boolean deleted = h.createUpdate("DELETE FROM worker.certificate WHERE id = :id AND worker_id = :worker")
                    .bind("id", certificateId).bind("worker", workerId).execute() == 1;
            if (deleted) {
                SearchEntries.refresh(h, workerId);
            }
            return deleted;
        });
    }
}
