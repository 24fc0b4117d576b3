package org.shangmen.training.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Training certificates (培训合格证) with the badge each carries. */
public interface CertificateStore {

    record Certificate(String number, UUID courseId, UUID workerId, String badgeCode, String badgeLabel, Instant issuedAt,
                       LocalDate validUntil, String expiryNoted) {
    }

    void insert(Certificate certificate);

    Optional<Certificate> find(String number);

    List<Certificate> ofWorker(UUID workerId);

    /** The newest certificate of each (worker, badge) whose validity ends on or before the day and was not yet noted at that stage. */
    List<Certificate> endingBy(LocalDate day, String notedBefore, int limit);

    void noted(String number, String stage);
}
