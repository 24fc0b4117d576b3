package org.shangmen.training.adapter.out.persistence;

import static org.shangmen.training.adapter.out.persistence.JdbiCourseStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.training.application.port.out.CertificateStore;
import org.springframework.stereotype.Repository;

/** Training certificates in {@code training.certificate}, found by their number. */
@Repository
class JdbiCertificateStore implements CertificateStore {

    private final Jdbi jdbi;

    JdbiCertificateStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Certificate c) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO training.certificate (number, course_id, worker_id, badge_code, badge_label, issued_at, "
                        + "valid_until, expiry_noted) VALUES (:number, :course, :worker, :code, :label, :issued, :until, 'NONE')")
                .bind("number", c.number()).bind("course", c.courseId()).bind("worker", c.workerId()).bind("code", c.badgeCode())
                .bind("label", c.badgeLabel()).bind("issued", c.issuedAt()).bind("until", c.validUntil()).execute());
    }

    private static Certificate certificate(ResultSet rs) throws SQLException {
        return new Certificate(rs.getString("number"), rs.getObject("course_id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getString("badge_code"), rs.getString("badge_label"), instant(rs, "issued_at"), rs.getObject("valid_until", LocalDate.class),
                rs.getString("expiry_noted"));
    }

    @Override
    public Optional<Certificate> find(String number) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.certificate WHERE number = :number").bind("number", number)
                .map((rs, ctx) -> certificate(rs)).findOne());
    }

    @Override
    public List<Certificate> ofWorker(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.certificate WHERE worker_id = :worker ORDER BY issued_at DESC, number")
                .bind("worker", workerId).map((rs, ctx) -> certificate(rs)).list());
    }

    @Override
    public List<Certificate> endingBy(LocalDate day, String stage, int limit) {
        String notYet = "EXPIRED".equals(stage) ? "c.expiry_noted <> 'EXPIRED'" : "c.expiry_noted = 'NONE'";
        return jdbi.withHandle(h -> h.createQuery("SELECT c.* FROM training.certificate c WHERE c.valid_until <= :day AND " + notYet
                        + " AND NOT EXISTS (SELECT 1 FROM training.certificate n WHERE n.worker_id = c.worker_id AND n.badge_code = c.badge_code "
                        + "AND n.valid_until > c.valid_until) ORDER BY c.valid_until, c.number LIMIT :limit")
                .bind("day", day).bind("limit", limit).map((rs, ctx) -> certificate(rs)).list());
    }

    @Override
    public void noted(String number, String stage) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE training.certificate SET expiry_noted = :stage WHERE number = :number")
                .bind("stage", stage).bind("number", number).execute());
    }
}
