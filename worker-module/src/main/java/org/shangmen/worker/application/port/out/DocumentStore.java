package org.shangmen.worker.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.worker.api.CertificateType;

/** Rows describing uploaded documents and the certificates they prove; the files are in DocumentStorage. */
public interface DocumentStore {

    record Document(UUID id, UUID workerId, String kind, String storageKey, String contentType, int sizeBytes, int width,
                    int height, Instant createdAt) {
    }

    record Certificate(UUID id, UUID workerId, CertificateType type, String number, String issuer, LocalDate validFrom,
                       Optional<LocalDate> validUntil, Optional<UUID> documentId, Instant createdAt) {
        public boolean isValidOn(LocalDate day) {
            return !validFrom.isAfter(day) && validUntil.map(u -> !u.isBefore(day)).orElse(true);
        }
    }

    void insertDocument(Document document);

    Optional<Document> document(UUID id);

    Optional<Document> documentByKey(String storageKey);

    long documentCount(UUID workerId);

    void insertCertificate(Certificate certificate);

    List<Certificate> certificates(UUID workerId);

    boolean deleteCertificate(UUID workerId, UUID certificateId);
}
