package org.shangmen.booking.domain.placement;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A shortlisted worker with the interview time the customer proposed and the worker's answer. */
public record Candidate(UUID workerId, Instant interviewAt, InterviewMode mode, Status status, Optional<Instant> answeredAt) {

    public enum InterviewMode {
        ONLINE, AT_HOME
    }

    public enum Status {
        INVITED, ACCEPTED, DECLINED, CHOSEN, NOT_CHOSEN
    }

    public Candidate withStatus(Status newStatus, Instant at) {
        return new Candidate(workerId, interviewAt, mode, newStatus, Optional.of(at));
    }
}
