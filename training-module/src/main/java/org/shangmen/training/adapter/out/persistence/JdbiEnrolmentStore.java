package org.shangmen.training.adapter.out.persistence;

import static org.shangmen.training.adapter.out.persistence.JdbiCourseStore.JSON;
import static org.shangmen.training.adapter.out.persistence.JdbiCourseStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.application.port.out.EnrolmentStore;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Enrolments, seats, lesson progress, homework and practical grades in the training schema. */
@Repository
class JdbiEnrolmentStore implements EnrolmentStore {

    private static final TypeReference<List<UUID>> UUIDS = new TypeReference<>() {
    };
    private static final TypeReference<List<Integer>> INTS = new TypeReference<>() {
    };

    private final Jdbi jdbi;

    JdbiEnrolmentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean insert(Enrolment e) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO training.enrolment (id, course_id, worker_id, required, reason, evidence_ids, "
                        + "status, enrolled_at, completed_at) VALUES (:id, :course, :worker, :required, :reason, :evidence, :status, :at, NULL) "
                        + "ON CONFLICT DO NOTHING")
                .bind("id", e.id()).bind("course", e.courseId()).bind("worker", e.workerId()).bind("required", e.required())
                .bind("reason", e.reason().orElse(null)).bind("evidence", JSON.writeValueAsString(e.evidenceIds()))
                .bind("status", e.status()).bind("at", e.enrolledAt()).execute()) > 0;
    }

    private static Enrolment enrolment(ResultSet rs) throws SQLException {
        return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getBoolean("required"), Optional.ofNullable(rs.getString("reason")), JSON.readValue(rs.getString("evidence_ids"), UUIDS),
                rs.getString("status"), instant(rs, "enrolled_at"), Optional.ofNullable(instant(rs, "completed_at")));
    }

    @Override
    public Optional<Enrolment> find(UUID courseId, UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.enrolment WHERE course_id = :course AND worker_id = :worker")
                .bind("course", courseId).bind("worker", workerId).map((rs, ctx) -> enrolment(rs)).findOne());
    }

    @Override
    public Optional<Enrolment> findForUpdate(UUID courseId, UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.enrolment WHERE course_id = :course AND worker_id = :worker FOR UPDATE")
                .bind("course", courseId).bind("worker", workerId).map((rs, ctx) -> enrolment(rs)).findOne());
    }

    @Override
    public void update(Enrolment e) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE training.enrolment SET required = :required, reason = :reason, evidence_ids = :evidence, "
                        + "status = :status, enrolled_at = :at, completed_at = :done WHERE id = :id")
                .bind("id", e.id()).bind("required", e.required()).bind("reason", e.reason().orElse(null))
                .bind("evidence", JSON.writeValueAsString(e.evidenceIds())).bind("status", e.status()).bind("at", e.enrolledAt())
                .bind("done", e.completedAt().orElse(null)).execute());
    }

    @Override
    public Page<Enrolment> ofWorker(UUID workerId, PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM training.enrolment WHERE worker_id = :worker").bind("worker", workerId)
                    .mapTo(Long.class).one();
            List<Enrolment> items = h.createQuery("SELECT * FROM training.enrolment WHERE worker_id = :worker ORDER BY enrolled_at DESC, id "
                            + "LIMIT :limit OFFSET :offset")
                    .bind("worker", workerId).bind("limit", page.size()).bind("offset", page.offset()).map((rs, ctx) -> enrolment(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public void lockSession(UUID partId) {
        jdbi.useHandle(h -> h.createQuery("SELECT id FROM training.course_part WHERE id = :id FOR UPDATE").bind("id", partId)
                .mapTo(UUID.class).findOne());
    }

    @Override
    public int booked(UUID partId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM training.seat WHERE part_id = :id AND status = 'BOOKED'")
                .bind("id", partId).mapTo(Integer.class).one());
    }

    private static Seat seat(ResultSet rs) throws SQLException {
        return new Seat(rs.getObject("part_id", UUID.class), rs.getObject("worker_id", UUID.class), rs.getString("status"),
                instant(rs, "asked_at"), Optional.ofNullable(instant(rs, "attended_at")));
    }

    @Override
    public Optional<Seat> seat(UUID partId, UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.seat WHERE part_id = :part AND worker_id = :worker")
                .bind("part", partId).bind("worker", workerId).map((rs, ctx) -> seat(rs)).findOne());
    }

    @Override
    public void save(Seat s) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("UPDATE training.seat SET status = :status, asked_at = :asked, attended_at = :attended "
                            + "WHERE part_id = :part AND worker_id = :worker")
                    .bind("part", s.partId()).bind("worker", s.workerId()).bind("status", s.status()).bind("asked", s.askedAt())
                    .bind("attended", s.attendedAt().orElse(null)).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO training.seat (part_id, worker_id, status, asked_at, attended_at) "
                                + "VALUES (:part, :worker, :status, :asked, :attended)")
                        .bind("part", s.partId()).bind("worker", s.workerId()).bind("status", s.status()).bind("asked", s.askedAt())
                        .bind("attended", s.attendedAt().orElse(null)).execute();
            }
        });
    }

    @Override
    public Optional<Seat> firstWaiting(UUID partId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.seat WHERE part_id = :part AND status = 'WAITING' "
                        + "ORDER BY asked_at, worker_id LIMIT 1")
                .bind("part", partId).map((rs, ctx) -> seat(rs)).findOne());
    }

    @Override
    public List<Seat> seats(UUID partId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.seat WHERE part_id = :part AND status <> 'CANCELLED' "
                        + "ORDER BY status, asked_at, worker_id")
                .bind("part", partId).map((rs, ctx) -> seat(rs)).list());
    }

    @Override
    public List<Seat> remindBetween(Instant from, Instant to) {
        return jdbi.withHandle(h -> {
            List<Seat> due = h.createQuery("SELECT s.* FROM training.seat s JOIN training.course_part p ON p.id = s.part_id "
                            + "WHERE s.status = 'BOOKED' AND s.reminded = FALSE AND p.starts_at > :from AND p.starts_at <= :to "
                            + "ORDER BY p.starts_at LIMIT 500")
                    .bind("from", from).bind("to", to).map((rs, ctx) -> seat(rs)).list();
            for (Seat s : due) {
                h.createUpdate("UPDATE training.seat SET reminded = TRUE WHERE part_id = :part AND worker_id = :worker")
                        .bind("part", s.partId()).bind("worker", s.workerId()).execute();
            }
            return due;
        });
    }

    private static Progress progress(ResultSet rs) throws SQLException {
        return new Progress(rs.getObject("part_id", UUID.class), rs.getObject("worker_id", UUID.class), rs.getString("segments"),
                instant(rs, "last_reported_at"), Optional.ofNullable(instant(rs, "watched_at")));
    }

    @Override
    public Optional<Progress> progress(UUID partId, UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.lesson_progress WHERE part_id = :part AND worker_id = :worker")
                .bind("part", partId).bind("worker", workerId).map((rs, ctx) -> progress(rs)).findOne());
    }

    @Override
    public Optional<Progress> progressForUpdate(UUID partId, UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.lesson_progress WHERE part_id = :part AND worker_id = :worker FOR UPDATE")
                .bind("part", partId).bind("worker", workerId).map((rs, ctx) -> progress(rs)).findOne());
    }

    @Override
    public void save(Progress p) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("UPDATE training.lesson_progress SET segments = :segments, last_reported_at = :at, watched_at = :watched "
                            + "WHERE part_id = :part AND worker_id = :worker")
                    .bind("part", p.partId()).bind("worker", p.workerId()).bind("segments", p.segments()).bind("at", p.lastReportedAt())
                    .bind("watched", p.watchedAt().orElse(null)).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO training.lesson_progress (part_id, worker_id, segments, last_reported_at, watched_at) "
                                + "VALUES (:part, :worker, :segments, :at, :watched) ON CONFLICT DO NOTHING")
                        .bind("part", p.partId()).bind("worker", p.workerId()).bind("segments", p.segments()).bind("at", p.lastReportedAt())
                        .bind("watched", p.watchedAt().orElse(null)).execute();
            }
        });
    }

    private static Homework homework(ResultSet rs) throws SQLException {
        Object passed = rs.getObject("passed");
        return new Homework(rs.getObject("id", UUID.class), rs.getObject("part_id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getString("answer"), rs.getInt("photo_count"), instant(rs, "submitted_at"),
                passed == null ? Optional.empty() : Optional.of(rs.getBoolean("passed")), Optional.ofNullable(rs.getString("comment")),
                Optional.ofNullable(instant(rs, "graded_at")));
    }

    @Override
    public void insert(Homework hw) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO training.homework (id, part_id, worker_id, answer, photo_count, submitted_at) "
                        + "VALUES (:id, :part, :worker, :answer, :photos, :at)")
                .bind("id", hw.id()).bind("part", hw.partId()).bind("worker", hw.workerId()).bind("answer", hw.answer())
                .bind("photos", hw.photoCount()).bind("at", hw.submittedAt()).execute());
    }

    @Override
    public Optional<Homework> homework(UUID homeworkId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.homework WHERE id = :id").bind("id", homeworkId)
                .map((rs, ctx) -> homework(rs)).findOne());
    }

    @Override
    public List<Homework> homeworkOf(UUID partId, UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.homework WHERE part_id = :part AND worker_id = :worker "
                        + "ORDER BY submitted_at, id")
                .bind("part", partId).bind("worker", workerId).map((rs, ctx) -> homework(rs)).list());
    }

    @Override
    public Page<Homework> ungraded(PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM training.homework WHERE passed IS NULL").mapTo(Long.class).one();
            List<Homework> items = h.createQuery("SELECT * FROM training.homework WHERE passed IS NULL ORDER BY submitted_at, id "
                            + "LIMIT :limit OFFSET :offset")
                    .bind("limit", page.size()).bind("offset", page.offset()).map((rs, ctx) -> homework(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public boolean grade(UUID homeworkId, boolean passed, String comment, UUID trainer, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE training.homework SET passed = :passed, comment = :comment, graded_by = :by, "
                        + "graded_at = :at WHERE id = :id AND passed IS NULL")
                .bind("id", homeworkId).bind("passed", passed).bind("comment", comment.isEmpty() ? null : comment).bind("by", trainer)
                .bind("at", at).execute()) > 0;
    }

    @Override
    public Optional<Homework> homeworkForUpdate(UUID homeworkId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.homework WHERE id = :id FOR UPDATE").bind("id", homeworkId)
                .map((rs, ctx) -> homework(rs)).findOne());
    }

    @Override
    public int addPhoto(UUID homeworkId, String storageKey) {
        return jdbi.withHandle(h -> {
            int position = h.createQuery("SELECT COUNT(*) FROM training.homework_photo WHERE homework_id = :id").bind("id", homeworkId)
                    .mapTo(Integer.class).one();
            h.createUpdate("INSERT INTO training.homework_photo (homework_id, position, storage_key) VALUES (:id, :position, :key)")
                    .bind("id", homeworkId).bind("position", position).bind("key", storageKey).execute();
            h.createUpdate("UPDATE training.homework SET photo_count = :count WHERE id = :id").bind("id", homeworkId)
                    .bind("count", position + 1).execute();
            return position + 1;
        });
    }

    @Override
    public List<String> photoKeys(UUID homeworkId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT storage_key FROM training.homework_photo WHERE homework_id = :id ORDER BY position")
                .bind("id", homeworkId).mapTo(String.class).list());
    }

    @Override
    public void save(Practical p, UUID trainer) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM training.practical_grade WHERE part_id = :part AND worker_id = :worker")
                    .bind("part", p.partId()).bind("worker", p.workerId()).execute();
            h.createUpdate("INSERT INTO training.practical_grade (part_id, worker_id, checked, passed, comment, graded_by, graded_at) "
                            + "VALUES (:part, :worker, :checked, :passed, :comment, :by, :at)")
                    .bind("part", p.partId()).bind("worker", p.workerId()).bind("checked", JSON.writeValueAsString(p.checked()))
                    .bind("passed", p.passed()).bind("comment", p.comment().orElse(null)).bind("by", trainer).bind("at", p.gradedAt()).execute();
        });
    }

    @Override
    public Optional<Practical> practical(UUID partId, UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.practical_grade WHERE part_id = :part AND worker_id = :worker")
                .bind("part", partId).bind("worker", workerId)
                .map((rs, ctx) -> new Practical(partId, workerId, JSON.readValue(rs.getString("checked"), INTS), rs.getBoolean("passed"),
                        Optional.ofNullable(rs.getString("comment")), instant(rs, "graded_at")))
                .findOne());
    }
}
