package org.shangmen.complaint.adapter.out.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.training.api.Retraining;

class TrainingRetrainingRequestsTest {

    /** The training module's port as a small double: one published course, the enrolments asked for. */
    static final class RecordingRetraining implements Retraining {
        final UUID course = UUID.randomUUID();
        final List<String> required = new ArrayList<>();

        @Override
        public void require(UUID workerId, UUID courseId, String reason, UUID evidenceId) {
            required.add(workerId + "/" + courseId + "/" + evidenceId + "/" + reason);
        }

        @Override
        public org.shangmen.worker.api.WorkerAdministration.PenaltyView suspendUntilPassed(UUID workerId, UUID courseId, String reason,
                String evidence, java.util.Optional<java.time.Instant> suspendedUntil, UUID operatorId) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public boolean courseExists(UUID courseId) {
            return course.equals(courseId);
        }
    }

    @Test
    @DisplayName("A2.1 a retraining outcome enrols the worker in the course with the complaint as evidence")
    void enrols() {
        RecordingRetraining training = new RecordingRetraining();
        TrainingRetrainingRequests requests = new TrainingRetrainingRequests(() -> training);
        UUID worker = UUID.randomUUID();
        UUID complaint = UUID.randomUUID();
        requests.ensureCourse(training.course);
        requests.require(worker, training.course, "服务不规范", complaint);
        assertThat(training.required).containsExactly(worker + "/" + training.course + "/" + complaint + "/服务不规范");
    }

    @Test
    @DisplayName("A2.1 an unknown course is refused before anything happens")
    void unknownCourse() {
        TrainingRetrainingRequests requests = new TrainingRetrainingRequests(RecordingRetraining::new);
        assertThatThrownBy(() -> requests.ensureCourse(UUID.randomUUID())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("complaint.course-not-found"));
    }

    @Test
    @DisplayName("A2.1 without the training port a retraining outcome is refused with complaint.retraining-unavailable (409)")
    void unavailable() {
        TrainingRetrainingRequests requests = new TrainingRetrainingRequests(() -> null);
        assertThatThrownBy(() -> requests.ensureCourse(UUID.randomUUID())).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).code()).isEqualTo("complaint.retraining-unavailable");
                    assertThat(((DomainException) e).kind()).isEqualTo(ErrorKind.CONFLICT);
                });
        assertThatThrownBy(() -> requests.require(UUID.randomUUID(), UUID.randomUUID(), "x", UUID.randomUUID()))
                .isInstanceOf(DomainException.class);
    }
}
