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
import org.shangmen.training.application.port.out.ExamStore;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Exam attempts in {@code training.exam_attempt}; one row per (course, worker, attempt number). */
@Repository
class JdbiExamStore implements ExamStore {

    private static final TypeReference<List<UUID>> UUIDS = new TypeReference<>() {
    };

    private final Jdbi jdbi;

    JdbiExamStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean insert(Attempt a) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO training.exam_attempt (id, course_id, worker_id, attempt_no, question_ids, "
                        + "started_at, deadline, status) VALUES (:id, :course, :worker, :no, :questions, :started, :deadline, 'OPEN') "
                        + "ON CONFLICT DO NOTHING")
                .bind("id", a.id()).bind("course", a.courseId()).bind("worker", a.workerId()).bind("no", a.number())
                .bind("questions", JSON.writeValueAsString(a.questionIds())).bind("started", a.startedAt()).bind("deadline", a.deadline())
                .execute()) > 0;
    }

    private static Attempt attempt(ResultSet rs) throws SQLException {
        Object correct = rs.getObject("correct");
        Object passed = rs.getObject("passed");
        return new Attempt(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getInt("attempt_no"), JSON.readValue(rs.getString("question_ids"), UUIDS), instant(rs, "started_at"), instant(rs, "deadline"),
                rs.getString("status"), Optional.ofNullable(instant(rs, "submitted_at")),
                correct == null ? Optional.empty() : Optional.of(rs.getInt("correct")),
                correct == null ? Optional.empty() : Optional.of(rs.getInt("score")),
                passed == null ? Optional.empty() : Optional.of(rs.getBoolean("passed")));
    }

    @Override
    public Optional<Attempt> find(UUID attemptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.exam_attempt WHERE id = :id").bind("id", attemptId)
                .map((rs, ctx) -> attempt(rs)).findOne());
    }

    @Override
    public List<Attempt> of(UUID courseId, UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM training.exam_attempt WHERE course_id = :course AND worker_id = :worker "
                        + "ORDER BY attempt_no")
                .bind("course", courseId).bind("worker", workerId).map((rs, ctx) -> attempt(rs)).list());
    }

    @Override
    public boolean close(UUID attemptId, String status, Instant at, int correct, int score, boolean passed) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE training.exam_attempt SET status = :status, submitted_at = :at, correct = :correct, "
                        + "score = :score, passed = :passed WHERE id = :id AND status = 'OPEN'")
                .bind("id", attemptId).bind("status", status).bind("at", at).bind("correct", correct).bind("score", score)
                .bind("passed", passed).execute()) > 0;
    }
}
